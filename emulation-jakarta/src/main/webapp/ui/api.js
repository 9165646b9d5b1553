// The UI reads the public REST API and nothing else: every figure it shows is what the API
// answered. No token is sent: the dashboard shows what the city publishes (emulation.public.open).

export class Api {
  /** @param base the API's root, e.g. https://host/emulation/api/ */
  constructor(base, lang) {
    this.base = new URL(base);
    this.lang = lang;
  }

  url(path, params = {}) {
    const url = new URL(path, this.base);
    for (const [k, v] of Object.entries(params)) {
      if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
    }
    return url;
  }

  async get(path, params) {
    const response = await fetch(this.url(path, params), {
      headers: { Accept: 'application/json', 'Accept-Language': this.lang },
      credentials: 'omit',
    });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      // a problem document (RFC 9457) in the asked language: its reasons say more than its title
      const reasons = body && Array.isArray(body.errors) ? body.errors.map((e) => e.reason).filter(Boolean) : [];
      const detail = reasons.length ? reasons.join('; ') : body && (body.detail || body.title);
      throw new Error(detail || `HTTP ${response.status}`);
    }
    return body;
  }

  plan(plan) {
    return this.get(`plans/${encodeURIComponent(plan)}/published`);
  }

  // The dashboard shows the figures, never the stored reports behind each one (most of a city's
  // answer): it asks without them.
  progress(plan, params) {
    return this.get(`plans/${encodeURIComponent(plan)}/progress`, { ...params, parts: false });
  }

  children(plan, params) {
    return this.get(`plans/${encodeURIComponent(plan)}/progress/children`, { ...params, size: 100, parts: false });
  }

  ranking(plan, params) {
    return this.get(`plans/${encodeURIComponent(plan)}/progress/ranking`, { ...params, size: 100 });
  }

  forecast(plan, params) {
    return this.get(`plans/${encodeURIComponent(plan)}/forecast`, params);
  }

  /**
   * The address of a view's published file (`progress`, `trend`, `ranking`, `forecast` as `csv` or
   * `xlsx`), with the view's parameters: absolute, so that it works from a portal's page too.
   */
  file(plan, view, format, params) {
    return this.url(`open-data/${encodeURIComponent(plan)}/${view}.${format}`, params).href;
  }
}
