// <emulation-reports plan="…" state="…" unit="…" year="…" case="…" lang="vi|en">: the Home Affairs
// desk's queue of yearly movement reports (step 2 of the procedure). The queue, filtered by state,
// unit and year (GET reports?state&unit&year, a page at a time), is the shared
// <emulation-case-queue>; the case chosen (its id in the address, `case`) is read with its ETag and
// shown with its figures, its narrative and its history (<emulation-case-history>). Home Affairs
// (officer, admin) approves a report sent (which locks it), returns it with a reason, or reopens an
// approved one with a reason (POST …/approve|return|reopen, If-Match); the council and the
// Chairman read only. Refusals as on every step's page: a 400 beside its field, a 409 with what is
// allowed, a 412 said and read again.

import { h } from './dom.js';
import { session, SignedApi } from './session.js';
import { language } from './texts.js';
import { CASE_TEXTS } from './texts-cases.js';
import { REPORT_TEXTS } from './texts-steps.js';
import { allows, ifMatchOf } from './cases.js';
import { showProblems } from './problem-summary.js';
import { noticeBox, refusalNotice } from './step-pages.js';
import './emulation-case-history.js';
import './emulation-case-queue.js';

const STYLES = [
  new URL('work-elements.css', import.meta.url).href,
  new URL('problem-summary.css', import.meta.url).href,
  new URL('cases.css', import.meta.url).href,
];
const STATES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'REOPENED'];
const ANSWERS = ['approve', 'return', 'reopen'];

export class EmulationReports extends HTMLElement {
  static get observedAttributes() {
    return ['plan', 'state', 'unit', 'year', 'case', 'lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.onSession = () => this.load();
    this.units = null;
    this.years = null;
    this.page = null;
    this.pageNo = 0;
    this.selected = null;
    this.problem = null;
    this.notice = null;
    this.announcement = '';
    this.focusNext = null;
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
    else {
      if (name !== 'case') this.pageNo = 0;
      if (!this.pending) {
        this.pending = Promise.resolve().then(() => {
          this.pending = null;
          this.load();
        });
      }
    }
  }

  get lang() {
    return language(this.getAttribute('lang') || 'vi');
  }

  get t() {
    return REPORT_TEXTS[this.lang];
  }

  get plan() {
    return this.getAttribute('plan') || 'rach-gia-2022-2025';
  }

  get api() {
    return new SignedApi(this.getAttribute('api') || undefined, this.lang);
  }

  get path() {
    return `plans/${encodeURIComponent(this.plan)}/reports`;
  }

  get answers() {
    return session.has('officer', 'admin');
  }

  unitName(code) {
    const u = (this.units || []).find((x) => x.code === code);
    return u ? `${u.name} (${code})` : code;
  }

  navigate(detail) {
    this.dispatchEvent(new CustomEvent('emulation-navigate', { detail, bubbles: true, composed: true }));
  }

  async load() {
    const load = ++this.loads;
    this.setAttribute('aria-busy', 'true');
    if (!session.signedIn) {
      this.page = null;
      this.render();
      return;
    }
    if (this.units === null) {
      try {
        this.units = (await this.api.get('units', { size: 500 })).items || [];
      } catch (e) {
        this.units = [];
      }
    }
    if (this.years === null) {
      try {
        const versions = await this.api.get(`plans/${encodeURIComponent(this.plan)}/versions`);
        const v = versions.find((x) => x.status === 'IN_FORCE') || versions[versions.length - 1];
        this.years = [];
        for (let y = v.firstYear; y <= v.lastYear; y++) this.years.push(y);
      } catch (e) {
        this.years = [];
      }
    }
    this.problem = null;
    try {
      this.page = await this.api.get(this.path, {
        state: this.getAttribute('state') || undefined,
        unit: this.getAttribute('unit') || undefined,
        year: this.getAttribute('year') || undefined,
        page: this.pageNo,
        size: 20,
      });
    } catch (e) {
      if (load !== this.loads) return;
      this.page = null;
      this.problem = e;
    }
    const id = this.getAttribute('case');
    if (id) {
      try {
        const read = await this.api.call('GET', `${this.path}/${encodeURIComponent(id)}`);
        if (load !== this.loads) return;
        this.selected = { case: read.body, etag: read.etag };
      } catch (e) {
        if (load !== this.loads) return;
        this.selected = { problem: e };
      }
    } else {
      this.selected = null;
    }
    if (load !== this.loads) return;
    this.render();
    if (this.focusNext) {
      const focus = this.focusNext;
      this.focusNext = null;
      focus();
    }
  }

  // ---- rendering

  render() {
    const t = this.t;
    const content = [h('h2', { id: 'desk-title', tabindex: '-1' }, t.deskTitle)];
    this.announceEl = this.announceEl || h('p', { class: 'announce', role: 'status', id: 'announce' });
    if (this.announceEl.textContent !== this.announcement) this.announceEl.textContent = this.announcement;
    content.push(this.announceEl);
    if (this.notice) content.push(noticeBox(this.notice));
    if (session.signedIn) {
      if (this.problem) content.push(h('p', { class: 'problem', role: 'alert' }, this.problem.message));
      content.push(this.queue(t));
      if (this.selected) content.push(this.detail(t));
    }
    this.shadowRoot.replaceChildren(...STYLES.map((href) => h('link', { rel: 'stylesheet', href })), ...content);
    this.removeAttribute('aria-busy');
    this.dataset.state = !session.signedIn ? 'empty' : this.selected && this.selected.case ? 'case' : 'queue';
    this.dataset.version = this.selected && this.selected.case ? String(this.selected.case.version) : '';
  }

  queue(t) {
    const queue = h('emulation-case-queue', { lang: this.lang, id: 'queue' });
    queue.labels = t;
    queue.caption = t.queueCaption(this.page ? this.page.total : 0);
    queue.rowLabel = (c) => t.caseWhat(c.unitCode, c.year);
    queue.selected = this.getAttribute('case');
    const units = (this.units || []).map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }));
    const unit = this.getAttribute('unit') || '';
    if (unit && !units.some((u) => u.value === unit)) units.push({ value: unit, label: unit });
    queue.filters = [
      { name: 'state', label: CASE_TEXTS[this.lang].state, value: this.getAttribute('state') || '', options: STATES.map((s) => ({ value: s, label: t.states[s] })) },
      { name: 'unit', label: t.unitColumn, value: unit, options: units },
      { name: 'year', label: t.yearColumn, value: this.getAttribute('year') || '', options: (this.years || []).map((y) => ({ value: String(y), label: String(y) })) },
    ];
    queue.columns = [
      { header: t.unitColumn, className: 'unit', cell: (c) => this.unitName(c.unitCode) },
      { header: t.yearColumn, className: 'year', cell: (c) => String(c.year) },
    ];
    queue.page = this.page;
    queue.addEventListener('emulation-case-filter', (e) => {
      this.announcement = '';
      this.notice = null;
      this.navigate({ state: e.detail.state, unit: e.detail.unit, year: e.detail.year, case: '' });
    });
    queue.addEventListener('emulation-case-page', (e) => {
      this.pageNo = e.detail.page;
      this.load();
    });
    queue.addEventListener('emulation-case-select', (e) => {
      this.announcement = '';
      this.notice = null;
      this.focusNext = () => this.shadowRoot.getElementById('case-title')?.focus();
      if (this.getAttribute('case') === e.detail.id) this.load();
      else this.navigate({ case: e.detail.id });
    });
    return queue;
  }

  detail(t) {
    const s = this.selected;
    if (s.problem) {
      return h('section', { class: 'case' }, h('p', { class: 'problem', role: 'alert', id: 'case-title', tabindex: '-1' }, s.problem.message));
    }
    const c = s.case;
    const history = h('emulation-case-history', { lang: this.lang, id: 'history', 'heading-level': '4' });
    history.labels = t;
    history.case = c;
    const facts = [
      [CASE_TEXTS[this.lang].state, h('strong', { class: 'state', dataset: { state: c.state } }, t.states[c.state] || c.state)],
      [t.lockedFact, h('span', { class: 'locked-fact' }, c.locked ? t.lockedYes : t.lockedNo)],
      [
        t.figures,
        c.figures.length
          ? h('ul', { class: 'figures' }, c.figures.map((x) => h('li', {}, t.figureRef(x.indicatorCode, x.breakdown, x.measurementVersion))))
          : t.noFigures,
      ],
      [t.narrative, h('span', { class: 'narrative' }, c.narrative || t.noNarrative)],
    ];
    const mayAnswer = this.answers && ANSWERS.some((a) => allows(c, a));
    return h(
      'section',
      { class: 'case', 'aria-labelledby': 'case-title', dataset: { id: c.id } },
      h('h3', { id: 'case-title', tabindex: '-1' }, t.caseTitle(this.unitName(c.unitCode), c.year)),
      h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      history,
      mayAnswer ? this.answerForm(t, c) : null,
      h(
        'button',
        {
          type: 'button',
          class: 'secondary close-case',
          onclick: () => {
            const id = c.id;
            this.focusNext = () => this.shadowRoot.getElementById('queue')?.focusCase(id);
            this.navigate({ case: '' });
          },
        },
        t.closeCase,
      ),
    );
  }

  answerForm(t, c) {
    const reason = h('textarea', { id: 'answer-reason', name: 'reason', rows: '4', 'aria-describedby': 'answer-reason-hint' });
    return h(
      'form',
      { class: 'answer', novalidate: true, 'aria-labelledby': 'answer-title', onsubmit: (e) => e.preventDefault() },
      h('h4', { id: 'answer-title' }, t.answerTitle),
      h('div', { class: 'field' }, h('label', { for: 'answer-reason' }, t.answerReason), h('p', { class: 'hint', id: 'answer-reason-hint' }, t.answerHint), reason),
      h(
        'div',
        { class: 'buttons' },
        ANSWERS.filter((a) => allows(c, a)).map((a, i) =>
          h('button', { type: 'button', class: i === 0 ? null : 'secondary', id: a, onclick: () => this.answer(a) }, t[a]),
        ),
      ),
    );
  }

  async answer(command) {
    const t = this.t;
    const { case: c, etag } = this.selected;
    const text = this.shadowRoot.getElementById('answer-reason').value;
    const json = text.trim() === '' ? {} : { reason: text };
    try {
      await this.api.call('POST', `${this.path}/${encodeURIComponent(c.id)}/${command}`, {
        json,
        headers: { 'If-Match': ifMatchOf(c, etag) },
      });
      this.announcement = t.answered[command](t.caseWhat(c.unitCode, c.year));
      this.notice = null;
      this.focusNext = () => this.shadowRoot.getElementById('case-title')?.focus();
      await this.load();
    } catch (e) {
      this.announcement = '';
      const notice = refusalNotice(e, t);
      if (notice) {
        this.notice = notice;
        this.focusNext = () => this.shadowRoot.getElementById('notice')?.focus();
        await this.load();
        return;
      }
      const form = this.shadowRoot.querySelector('form.answer');
      const input = this.shadowRoot.getElementById('answer-reason');
      showProblems(form, e, { reason: input }, { summary: t.problems }, 'answer');
      input.value = text;
    }
  }
}

if (!customElements.get('emulation-reports')) customElements.define('emulation-reports', EmulationReports);
