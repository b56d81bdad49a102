// A client user's start page: their account, projects and teams.
import { replace } from '../dom.js';
import { api } from '../api.js';
import { clientSections } from './client.js';

export const myAccountPage = {
  title: 'My account',
  async render(view, _params, user) {
    const client = await api.get(`/api/clients/${encodeURIComponent(user.client)}`);
    replace(view, await clientSections(client, { heading: client.name ?? client.id }));
  },
};
