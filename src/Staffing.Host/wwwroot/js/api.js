// The API client: JSON in and out, the session cookie, the antiforgery header, and problem details as errors.

/** A failed call, carrying the problem details the API answered (title, detail, per-field errors). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.title || `Request failed (${status})`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

let antiforgery = null;

async function request(method, url, body, extra = {}) {
  const headers = { Accept: 'application/json', ...extra };
  // A file goes as it is, under the type the caller names; everything else is JSON.
  const file = body instanceof Blob;
  if (body !== undefined && !file) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && antiforgery) headers[antiforgery.headerName] = antiforgery.token;
  let response;
  try {
    response = await fetch(url, { method, headers, credentials: 'same-origin', body: body === undefined || file ? body : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, { title: 'The server cannot be reached', detail: 'Check the connection and try again.' });
  }
  if (response.status === 204) return null;
  const type = response.headers.get('content-type') ?? '';
  const data = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const problem = typeof data === 'object' ? data : { title: response.statusText || `Error ${response.status}`, detail: data || undefined };
    throw new ApiError(response.status, problem);
  }
  return data;
}

export const api = {
  get: url => request('GET', url),
  post: (url, body = {}, headers = {}) => request('POST', url, body, headers),
  /** A POST the API may receive twice (retry, double click): one Idempotency-Key per user action. */
  postOnce: (url, body) => request('POST', url, body, { 'Idempotency-Key': crypto.randomUUID() }),
  put: (url, body = {}) => request('PUT', url, body),
  /** Sends a file (or text) as the body with the given content type, e.g. a CSV import. */
  postFile: (url, file, type) => request('POST', url, file instanceof Blob ? file : new Blob([file]), { 'Content-Type': type }),
  del: url => request('DELETE', url),
};

/** Fetches the antiforgery token once signed in; calls work without it where the API does not ask for one. */
export async function loadAntiforgery() {
  try { antiforgery = await api.get('/api/auth/antiforgery'); } catch { antiforgery = null; }
}

export function forgetAntiforgery() { antiforgery = null; }

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? '?' + new URLSearchParams(entries).toString() : '';
}

/** Every page of a paged list (the API caps a page at 200). */
export async function all(url, params = {}) {
  const items = [];
  for (let page = 1; ; page++) {
    const result = await api.get(url + query({ ...params, page, pageSize: 200 }));
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) return items;
  }
}
