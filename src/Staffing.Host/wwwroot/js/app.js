// The portal's entry point: restore the session, register the pages, render the page for the path.
import { h, replace } from './dom.js';
import { route, match, navigate, start } from './router.js';
import { restore, signOut, user, isClient, isFirm, isManager } from './session.js';
import { renderNav } from './ui/nav.js';
import { problemBox } from './ui/problem.js';
import { loginPage } from './pages/login.js';
import { portfolioPage } from './pages/portfolio.js';
import { openSeatsPage } from './pages/open-seats.js';
import { projectsPage } from './pages/projects.js';
import { projectPage } from './pages/project.js';
import { clientPage } from './pages/client.js';
import { staffPage } from './pages/staff.js';
import { utilisationPage } from './pages/utilisation.js';
import { myAccountPage } from './pages/my-account.js';
import { keyAccountsPage } from './pages/key-accounts.js';
import { tierChangesPage } from './pages/tier-changes.js';
import { accountStagesPage } from './pages/account-stages.js';
import { accountStagePage } from './pages/account-stage.js';
import { opportunitiesPage } from './pages/opportunities.js';
import { opportunityPage } from './pages/opportunity.js';
import { importExportPage } from './pages/import-export.js';
import { pnlPage } from './pages/pnl.js';
import { kpisPage } from './pages/kpis.js';
import { proposalsPage } from './pages/proposals.js';
import { proposalPage } from './pages/proposal.js';
import { queuePage } from './pages/queue.js';
import { returnPage } from './pages/return.js';
import { pickPage } from './pages/pick.js';
import { requestsPage } from './pages/requests.js';
import { talentPage } from './pages/talent.js';
import { stopClocks } from './ui/clock.js';

const firm = u => isFirm(u);
const anyone = u => !!u;

route('/login', loginPage);
route('/', { title: 'Start', allow: anyone, render: () => navigate(isClient(user()) ? '/my' : '/portfolio', { replace: true }) });
route('/portfolio', { ...portfolioPage, allow: firm });
route('/open-seats', { ...openSeatsPage, allow: firm });
route('/projects', { ...projectsPage, allow: anyone });
route('/projects/:id', { ...projectPage, allow: anyone });
route('/clients/:id', { ...clientPage, allow: anyone });
route('/staff', { ...staffPage, allow: firm });
route('/utilisation', { ...utilisationPage, allow: firm });
route('/my', { ...myAccountPage, allow: isClient });
route('/key-accounts', { ...keyAccountsPage, allow: firm });
route('/key-accounts/tiers', { ...tierChangesPage, allow: isManager });
route('/key-accounts/stages', { ...accountStagesPage, allow: firm });
route('/key-accounts/stages/:client', { ...accountStagePage, allow: firm });
route('/key-accounts/opportunities', { ...opportunitiesPage, allow: firm });
route('/key-accounts/opportunities/:id', { ...opportunityPage, allow: firm });
route('/key-accounts/data', { ...importExportPage, allow: isManager });
route('/pnl', { ...pnlPage, allow: firm });
route('/kpis', { ...kpisPage, allow: firm });
route('/proposals', { ...proposalsPage, allow: isManager });
route('/proposals/:id', { ...proposalPage, allow: isManager });
route('/queue', { ...queuePage, allow: firm });
route('/returns/:id', { ...returnPage, allow: anyone });
route('/picks/:id', { ...pickPage, allow: anyone });
route('/requests', { ...requestsPage, allow: isClient });
route('/talent', { ...talentPage, allow: anyone });

const view = document.getElementById('view');
let restored = false;

async function render() {
  const path = location.pathname;
  stopClocks();
  if (!restored) {
    try { await restore(); } catch (e) { replace(view, problemBox(e)); return; }
    restored = true;
  }
  const current = user();
  renderNav(current, path, async () => { await signOut(); navigate('/login'); });
  const found = match(path);
  if (!current && path !== '/login') { navigate(`/login?next=${encodeURIComponent(path + location.search)}`, { replace: true }); return; }
  if (!found) { show('Page not found', h('section', { class: 'not-found' }, h('h1', {}, 'Page not found'), h('p', {}, h('a', { href: '/' }, 'Back to the start page')))); return; }
  const { page, params } = found;
  if (page.allow && !page.allow(current)) {
    show('Not available', h('section', { class: 'not-found' }, h('h1', {}, 'Not available for your role'), h('p', {}, h('a', { href: '/' }, 'Back to the start page'))));
    return;
  }
  document.title = `${page.title} · Staffing`;
  // Each render gets a container of its own: a page still loading when the user moves on (or signs out) then
  // finishes into a detached element instead of overwriting the page shown now.
  const target = h('div', { class: 'page' }, h('p', { class: 'muted', role: 'status' }, 'Loading…'));
  replace(view, target);
  try {
    await page.render(target, params, current, { navigate, signedIn: () => { restored = false; } });
  } catch (e) {
    replace(target, problemBox(e));
  }
  // Move focus to the new page for screen readers, unless the page put it somewhere on purpose (a form field).
  if (target.isConnected && !view.contains(document.activeElement)) view.focus({ preventScroll: true });
}

function show(title, content) {
  document.title = `${title} · Staffing`;
  replace(view, content);
}

start(render);
