// <emulation-announcements plan="…" lang="vi|en" api="…">: the lists of nominees the city
// publishes before its council meets (step 5 of the procedure), as anyone reads them without
// signing in (GET /plans/{plan}/announcements/published: newest first): for each, its state, the
// day it was published, where, until when opinions are taken (by form, with the provision that
// sets the period), how many opinions were received and answered — never who sent them — and the
// nominees, a table in a labelled, scrollable region. Every word of the list is the API's.

import { h } from './dom.js';
import { Api } from './api.js';
import { Formats } from './format.js';
import { language } from './texts.js';
import { ANNOUNCEMENT_TEXTS } from './texts-announcements.js';

const STYLES = [new URL('work-elements.css', import.meta.url).href, new URL('cases.css', import.meta.url).href];

export class EmulationAnnouncements extends HTMLElement {
  static get observedAttributes() {
    return ['plan', 'lang', 'api'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.lists = null;
    this.problem = null;
    this.loads = 0;
  }

  connectedCallback() {
    this.load();
  }

  attributeChangedCallback(name, before, after) {
    if (!this.isConnected || before === after) return;
    if (name === 'lang') this.load();
    else if (!this.pending) {
      this.pending = Promise.resolve().then(() => {
        this.pending = null;
        this.load();
      });
    }
  }

  get lang() {
    return language(this.getAttribute('lang') || 'vi');
  }

  get plan() {
    return this.getAttribute('plan') || 'rach-gia-2022-2025';
  }

  async load() {
    const load = ++this.loads;
    this.setAttribute('aria-busy', 'true');
    const api = new Api(this.getAttribute('api') || new URL('../api/', import.meta.url), this.lang);
    try {
      const lists = await api.get(`plans/${encodeURIComponent(this.plan)}/announcements/published`);
      if (load !== this.loads) return;
      this.lists = lists;
      this.problem = null;
    } catch (e) {
      if (load !== this.loads) return;
      this.lists = null;
      this.problem = e;
    }
    this.render();
  }

  render() {
    const t = ANNOUNCEMENT_TEXTS[this.lang];
    const f = new Formats(this.lang);
    const content = [];
    if (this.problem) {
      content.push(h('div', { class: 'refusal', role: 'alert' }, h('p', { class: 'problem' }, t.failed), h('p', {}, this.problem.message)));
    } else if (!this.lists) {
      content.push(h('p', { class: 'hint' }, t.loading));
    } else if (!this.lists.length) {
      content.push(h('p', { class: 'hint none' }, t.none));
    } else {
      this.lists.forEach((a, i) => content.push(this.list(t, f, a, i)));
    }
    this.shadowRoot.replaceChildren(...STYLES.map((href) => h('link', { rel: 'stylesheet', href })), ...content);
    this.removeAttribute('aria-busy');
    this.dataset.state = this.problem ? 'refused' : !this.lists ? 'empty' : 'ready';
  }

  list(t, f, a, i) {
    const uid = `a${i}`;
    const channel = /^https:\/\//.test(a.channel || '') ? h('a', { href: a.channel, class: 'channel' }, a.channel) : h('span', { class: 'channel' }, a.channel || '—');
    return h(
      'section',
      { class: 'summary announcement', 'aria-labelledby': `${uid}-h`, dataset: { id: a.id, state: a.state } },
      h('h2', { id: `${uid}-h` }, t.listTitle(a.occasionCode)),
      h(
        'dl',
        { class: 'facts' },
        [
          [t.state, h('strong', { class: 'state' }, t.states[a.state] || a.state)],
          [t.publishedOn, f.day(a.publishedOn)],
          [t.lastDay, f.day(a.lastDay)],
          [t.channel, channel],
          [t.opinionsLabel, h('span', { class: 'opinions' }, t.opinions(a.comments, a.answered))],
        ].map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
      ),
      a.periods && a.periods.length
        ? [h('h3', {}, t.periods), h('ul', { class: 'periods' }, a.periods.map((p) => h('li', {}, t.period(p.form, p.workingDays, p.cites, f.day(p.lastDay)))))]
        : null,
      h(
        'div',
        { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': `${uid}-cap` },
        h(
          'table',
          { class: 'nominees' },
          h('caption', { id: `${uid}-cap` }, t.caption(a.nominees.length)),
          h('thead', {}, h('tr', {}, [t.name, t.kind, t.unit, t.form, t.year].map((x) => h('th', { scope: 'col' }, x)))),
          h(
            'tbody',
            {},
            a.nominees.map((n) =>
              h(
                'tr',
                { dataset: { nomination: n.nominationId } },
                h('th', { scope: 'row', class: 'name' }, n.name),
                h('td', {}, t.kinds[n.kind] || n.kind),
                h('td', {}, n.unitCode),
                h('td', { class: 'form' }, n.form),
                h('td', {}, String(n.year)),
              ),
            ),
          ),
        ),
      ),
    );
  }
}

if (!customElements.get('emulation-announcements')) customElements.define('emulation-announcements', EmulationAnnouncements);
