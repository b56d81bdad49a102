// A client user's start page: their account, dedicated partner, projects and teams.
import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { clientSections } from './client.js';

export const myAccountPage = {
  title: 'My account',
  async render(view, _params, user) {
    const [client, partner] = await Promise.all([
      api.get(`/api/clients/${encodeURIComponent(user.client)}`),
      api.get(`/api/clients/${encodeURIComponent(user.client)}/partner`),
    ]);
    const card = h('section', { class: 'card', style: 'margin-top:1rem', 'aria-labelledby': 'partner' }, h('h2', { id: 'partner' }, 'My dedicated partner'),
      partner.partner
        ? h('p', { 'data-testid': 'dedicated-partner' }, `Partner ${partner.partner}, with ${partner.partnerLoad}% of their week reserved for ${client.name ?? client.id}.`)
        : h('p', { class: 'muted' }, client.tier === 'diamond' ? 'No partner is assigned yet; your resource manager has been asked to assign one.' : 'A dedicated partner comes with the diamond tier.'));
    replace(view, await clientSections(client, { heading: client.name ?? client.id, extra: card }));
  },
};
