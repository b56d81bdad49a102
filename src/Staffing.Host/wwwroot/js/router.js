// History routing: real paths (/projects/P-0001) so links can be shared; the host answers every page path with index.html.
const routes = [];
let onRender = null;

/** Registers a page: pattern like '/projects/:id'; page is { title, allow(user), render(view, params, user) }. */
export function route(pattern, page) {
  const names = [];
  const regex = new RegExp('^' + pattern.replace(/:(\w+)/g, (_, n) => { names.push(n); return '([^/]+)'; }) + '/?$');
  routes.push({ regex, names, page });
}

export function match(path) {
  for (const r of routes) {
    const m = r.regex.exec(path);
    if (m) return { page: r.page, params: Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
  }
  return null;
}

export function navigate(path, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', path); else history.pushState(null, '', path);
  onRender?.();
}

export function start(render) {
  onRender = render;
  window.addEventListener('popstate', render);
  document.addEventListener('click', event => {
    const link = event.target.closest('a[href]');
    if (!link || link.target || link.hasAttribute('download') || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || ['/api', '/docs', '/admin/'].some(p => url.pathname.startsWith(p))) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  });
  render();
}
