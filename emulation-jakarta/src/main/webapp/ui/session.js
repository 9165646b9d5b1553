// Who is signed in, held in memory only: the token never goes into an address, a cookie or the
// browser's storage, so closing or reloading the page forgets it (the portal hands it again).
// Every signed-in element of the UI reads this one module, so a portal page that embeds several of
// them signs them all in at once:
//   import { session } from 'https://…/emulation/ui/session.js';
//   await session.use(tokenFromThePortal);
// A page of the UI shown in the portal's frame takes the token from a message of the portal's
// window instead ({type: 'emulation-token', token}), from an origin that may frame it (settings).

import { Api } from './api.js';

const DEFAULT_API = new URL('../api/', import.meta.url).href;

class Session extends EventTarget {
  #token = null;
  #caller = null;

  /** The bearer token, or null when nobody is signed in. */
  get token() {
    return this.#token;
  }

  /** What the API read from the token (GET /api/me): user, roles, unit, cityWide, mayWrite. */
  get caller() {
    return this.#caller;
  }

  get signedIn() {
    return this.#token !== null;
  }

  /** Whether the caller holds one of `roles` (the token's group names: 'admin', 'reporter' …). */
  has(...roles) {
    return !!this.#caller && roles.some((r) => this.#caller.roles.includes(r));
  }

  /**
   * Signs in with `token` once the API accepts it: the caller is what the server read, never what
   * the page decoded itself. A refused token leaves the session as it was and throws the problem.
   */
  async use(token, api = DEFAULT_API) {
    if (typeof token !== 'string' || !/^[\w-]+\.[\w-]+\.[\w-]*$/.test(token.trim())) {
      throw new TypeError('not a token');
    }
    const clean = token.trim();
    const response = await fetch(new URL('me', api), {
      headers: { Accept: 'application/json', Authorization: `Bearer ${clean}` },
      credentials: 'omit',
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      throw Object.assign(new Error((problem && (problem.detail || problem.title)) || `HTTP ${response.status}`), {
        status: response.status,
      });
    }
    this.#caller = await response.json();
    this.#token = clean;
    this.dispatchEvent(new Event('change'));
    return this.#caller;
  }

  /** Forgets the token (sign out, or an answer 401: the token expired). */
  clear() {
    if (this.#token === null) return;
    this.#token = null;
    this.#caller = null;
    this.dispatchEvent(new Event('change'));
  }

  /** Accepts tokens posted by the windows of `origins` (the portal that frames this page). */
  listen(origins) {
    const allowed = new Set(origins);
    window.addEventListener('message', (event) => {
      if (!allowed.has(event.origin) || !event.data || event.data.type !== 'emulation-token') return;
      this.use(event.data.token).catch(() => this.clear());
    });
  }
}

export const session = new Session();

/** The deployment's settings for the signed-in pages (ui/settings.json). */
export async function settings() {
  const response = await fetch(new URL('settings.json', import.meta.url), { credentials: 'omit' });
  return response.ok ? response.json() : {};
}

/** The API, with the signed-in caller's token in `Authorization`, and what it refuses as problems. */
export class SignedApi extends Api {
  constructor(base, lang) {
    super(base || DEFAULT_API, lang);
  }

  headers(extra = {}) {
    const headers = { Accept: 'application/json', 'Accept-Language': this.lang, ...extra };
    if (session.token) headers.Authorization = `Bearer ${session.token}`;
    return headers;
  }

  /** Any call; answers {body, etag, status}, or throws an ApiProblem. */
  async call(method, path, { params, json, body, headers } = {}) {
    const init = { method, headers: this.headers(headers), credentials: 'omit' };
    if (json !== undefined) {
      init.body = JSON.stringify(json);
      init.headers['Content-Type'] = 'application/json';
    } else if (body !== undefined) {
      init.body = body;
    }
    const response = await fetch(this.url(path, params), init);
    const type = response.headers.get('Content-Type') || '';
    const answer = type.includes('json') ? await response.json().catch(() => null) : null;
    if (response.status === 401) session.clear();
    if (!response.ok) throw new ApiProblem(response.status, answer);
    return { body: answer, etag: response.headers.get('ETag'), status: response.status };
  }

  async get(path, params) {
    return (await this.call('GET', path, { params })).body;
  }

  /** A file the API answers (a template): fetched with the token, then offered to save. */
  async file(path, params) {
    const response = await fetch(this.url(path, params), { headers: this.headers({ Accept: '*/*' }), credentials: 'omit' });
    if (!response.ok) throw new ApiProblem(response.status, await response.json().catch(() => null));
    const disposition = response.headers.get('Content-Disposition') || '';
    const name = /filename="([^"]+)"/.exec(disposition);
    return { blob: await response.blob(), name: name ? name[1] : path.split('/').pop() };
  }
}

/** A refusal of the API (RFC 9457): its title, detail and every field named with its reason. */
export class ApiProblem extends Error {
  constructor(status, problem) {
    const errors = problem && Array.isArray(problem.errors) ? problem.errors : [];
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.title = (problem && problem.title) || '';
    this.detail = (problem && problem.detail) || '';
    this.errors = errors.map((e) => ({ field: e.field || '', reason: e.reason || '' }));
    this.problem = problem;
  }
}
