// <emulation-history plan="…" participant="…" lang="vi|en">: a participant's history of emulation
// and awards (GET participants/{id}/history): its yearly ratings, emulation titles, recognised
// initiatives and awards received, each with where it came from — the participant's own record or
// that of a forebear unit's body, as the API's lineage names it — and a revoked award or title
// marked as revoked on its day and not counting. What counts is the API's answer: the page only
// shows the `revoked` it is given.

import { h } from './dom.js';
import { Formats } from './format.js';
import { session, SignedApi } from './session.js';
import { language } from './texts.js';
import { HISTORY_TEXTS } from './texts-decisions.js';
import { refusalBox } from './step-pages.js';

const STYLES = [new URL('work-elements.css', import.meta.url).href, new URL('cases.css', import.meta.url).href, new URL('awards.css', import.meta.url).href];

export class EmulationHistory extends HTMLElement {
  static get observedAttributes() {
    return ['plan', 'participant', 'lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.onSession = () => this.load();
    this.history = null;
    this.problem = null;
    this.loads = 0;
  }

  connectedCallback() {
    session.addEventListener('change', this.onSession);
    this.load();
  }

  disconnectedCallback() {
    session.removeEventListener('change', this.onSession);
  }

  attributeChangedCallback(name, before, after) {
    if (!this.isConnected || before === after) return;
    if (name === 'lang') this.render();
    else this.load();
  }

  get lang() {
    return language(this.getAttribute('lang') || 'vi');
  }

  get t() {
    return HISTORY_TEXTS[this.lang];
  }

  get plan() {
    return this.getAttribute('plan') || 'rach-gia-2022-2025';
  }

  get api() {
    return new SignedApi(this.getAttribute('api') || undefined, this.lang);
  }

  async load() {
    const load = ++this.loads;
    this.setAttribute('aria-busy', 'true');
    const id = this.getAttribute('participant');
    this.history = null;
    this.problem = null;
    if (session.signedIn && id) {
      try {
        const answer = await this.api.get(`plans/${encodeURIComponent(this.plan)}/participants/${encodeURIComponent(id)}/history`);
        if (load !== this.loads) return;
        this.history = answer;
      } catch (e) {
        if (load !== this.loads) return;
        this.problem = e;
      }
    }
    if (load !== this.loads) return;
    this.render();
  }

  render() {
    const t = this.t;
    const content = [h('h2', { id: 'history-title', tabindex: '-1' }, t.title)];
    if (session.signedIn) {
      content.push(this.chooser(t));
      if (this.problem) content.push(refusalBox(t.refused(this.getAttribute('participant')), this.problem));
      if (this.history) content.push(this.records(t, this.history));
    }
    this.shadowRoot.replaceChildren(...STYLES.map((href) => h('link', { rel: 'stylesheet', href })), ...content);
    this.removeAttribute('aria-busy');
    this.dataset.state = !session.signedIn ? 'empty' : this.history ? 'history' : this.problem ? 'refused' : 'choose';
  }

  chooser(t) {
    return h(
      'form',
      {
        class: 'chooser',
        onsubmit: (e) => {
          e.preventDefault();
          const participant = e.target.elements.participant.value.trim();
          this.dispatchEvent(new CustomEvent('emulation-navigate', { detail: { participant }, bubbles: true, composed: true }));
        },
      },
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'participant' }, t.participant),
        h('p', { class: 'hint', id: 'participant-hint' }, t.chooseHint),
        h('input', { type: 'text', id: 'participant', name: 'participant', value: this.getAttribute('participant') || '', 'aria-describedby': 'participant-hint', autocomplete: 'off' }),
      ),
      h('button', { type: 'submit', class: 'secondary', id: 'choose' }, t.show),
    );
  }

  source(t, s) {
    return s.own ? h('span', { class: 'source own' }, t.own) : h('span', { class: 'source forebear' }, t.forebear(s.unitCode, s.participantId));
  }

  table(t, key, title, headers, rows) {
    const id = `${key}-title`;
    return h(
      'section',
      // not a region of its own: its table's scrolling region carries the heading's name
      { class: `summary records ${key}` },
      h('h3', { id }, title),
      rows.length
        ? h(
            'div',
            { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': id },
            h('table', { class: key }, h('thead', {}, h('tr', {}, [...headers, t.source].map((x) => h('th', { scope: 'col' }, x)))), h('tbody', {}, rows)),
          )
        : h('p', { class: 'hint none' }, t.none),
    );
  }

  records(t, r) {
    const f = new Formats(this.lang);
    const label = (l) => (l ? l[this.lang] || l.vi : '');
    const form = (code) => (t.lawForms && t.lawForms[code]) || code;
    const standing = (revokedOn) =>
      revokedOn ? h('td', { class: 'standing revoked' }, h('strong', {}, t.revoked(f.day(revokedOn)))) : h('td', { class: 'standing' }, t.counts);
    return h(
      'section',
      { class: 'history', 'aria-labelledby': 'whose', dataset: { participant: r.participantId } },
      h('h3', { id: 'whose', class: 'whose', tabindex: '-1' }, t.whose(r.name, r.participantId)),
      h('p', { class: 'hint' }, t.asOf(f.day(r.asOf))),
      this.table(
        t,
        'awards',
        t.awardsTitle,
        [t.form, t.type, t.decision, t.decidedOn, t.standing],
        r.awards.map((a) =>
          h(
            'tr',
            { dataset: { decision: a.decisionNumber, revoked: String(a.revoked), own: String(a.source.own) } },
            h('th', { scope: 'row' }, form(a.form)),
            h('td', {}, label(a.typeLabel)),
            h('td', { class: 'decision' }, a.decisionNumber),
            h('td', {}, f.day(a.decidedOn)),
            standing(a.revoked ? a.revokedOn : null),
            h('td', {}, this.source(t, a.source)),
          ),
        ),
      ),
      this.table(
        t,
        'titles',
        t.titlesTitle,
        [t.year, t.titleColumn, t.decision, t.standing],
        r.titles.map((x) =>
          h(
            'tr',
            { dataset: { revoked: String(!!x.revokedOn), own: String(x.source.own) } },
            h('th', { scope: 'row' }, String(x.year)),
            h('td', {}, form(x.title)),
            h('td', {}, x.decisionNumber || ''),
            standing(x.revokedOn),
            h('td', {}, this.source(t, x.source)),
          ),
        ),
      ),
      this.table(
        t,
        'ratings',
        t.ratingsTitle,
        [t.year, t.rating],
        r.ratings.map((x) =>
          h('tr', { dataset: { own: String(x.source.own) } }, h('th', { scope: 'row' }, String(x.year)), h('td', {}, label(x.label) || x.rating), h('td', {}, this.source(t, x.source))),
        ),
      ),
      this.table(
        t,
        'initiatives',
        t.initiativesTitle,
        [t.name, t.level, t.recognisedOn],
        r.initiatives.map((x) =>
          h(
            'tr',
            { dataset: { own: String(x.source.own) } },
            h('th', { scope: 'row' }, x.name),
            h('td', {}, label(x.levelLabel) || x.level),
            h('td', {}, f.day(x.recognisedOn)),
            h('td', {}, this.source(t, x.source)),
          ),
        ),
      ),
    );
  }
}

if (!customElements.get('emulation-history')) customElements.define('emulation-history', EmulationHistory);
