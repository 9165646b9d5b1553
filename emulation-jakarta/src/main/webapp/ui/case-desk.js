// What Home Affairs' desks of steps 5 and 6 (the announcement, the council's record) share: the
// element's attributes (plan, state, case, lang), the queue of the plan's cases read a page at a
// time with the case chosen read with its ETag, the announcement of what was done, and one way to
// send a command: POST with If-Match, then read again; a 409 or 412 becomes a notice (the page
// reads the case again), a 400 goes beside the form's fields (problem-summary.js). A desk names its
// collection (`path`), its words (`t`) and draws its queue's columns, its case and its forms.

import { h } from './dom.js';
import { session, SignedApi } from './session.js';
import { language } from './texts.js';
import { CASE_TEXTS } from './texts-cases.js';
import { ifMatchOf } from './cases.js';
import { showProblems } from './problem-summary.js';
import { noticeBox, refusalNotice } from './step-pages.js';
import { planWords } from './nominations.js';
import { readNames } from './nominee-names.js';
import './emulation-case-history.js';
import './emulation-case-queue.js';

export const STYLES = [
  new URL('work-elements.css', import.meta.url).href,
  new URL('problem-summary.css', import.meta.url).href,
  new URL('cases.css', import.meta.url).href,
];

export class CaseDesk extends HTMLElement {
  static get observedAttributes() {
    return ['plan', 'state', 'case', 'lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.onSession = () => this.load();
    this.words = null;
    this.page = null;
    this.pageNo = 0;
    this.selected = null;
    this.problem = null;
    this.notice = null;
    this.announcement = '';
    this.focusNext = null;
    this.loads = 0;
    this.names = new Map();
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

  get plan() {
    return this.getAttribute('plan') || 'rach-gia-2022-2025';
  }

  get api() {
    return new SignedApi(this.getAttribute('api') || undefined, this.lang);
  }

  /** Whether the caller keeps the record (Home Affairs: officer, admin). */
  get keeps() {
    return session.has('officer', 'admin');
  }

  navigate(detail) {
    this.dispatchEvent(new CustomEvent('emulation-navigate', { detail, bubbles: true, composed: true }));
  }

  /** What else a desk reads before drawing (the closed announcements a meeting convenes on). */
  async loadMore() {}

  async load() {
    const load = ++this.loads;
    this.setAttribute('aria-busy', 'true');
    if (!session.signedIn) {
      this.page = null;
      this.render();
      return;
    }
    if (this.words === null) {
      try {
        this.words = await planWords(this.api, this.plan);
      } catch (e) {
        this.words = { occasions: [], awardForms: [] };
      }
    }
    this.problem = null;
    try {
      this.page = await this.api.get(this.path, { state: this.getAttribute('state') || undefined, page: this.pageNo, size: 20 });
      await this.loadMore();
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
        await readNames(this.api, this.plan, read.body && read.body.nominees, this.names);
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
    const focus = this.focusNext;
    this.focusNext = null;
    if (focus) focus();
  }

  occasionName(code) {
    const o = ((this.words && this.words.occasions) || []).find((x) => x.code === code);
    return o && o.name ? o.name[this.lang] || o.name.vi : code;
  }

  formName(code) {
    const f = ((this.words && this.words.awardForms) || []).find((x) => x.code === code);
    return f && f.name ? f.name[this.lang] || f.name.vi : code;
  }

  nomineeName(c, nominationId) {
    const n = ((c && c.nominees) || []).find((x) => x.nominationId === nominationId);
    return n ? this.t.nomineeLabel(n, this.formName(n.form), this.names.get(n.participantId)) : nominationId;
  }

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
      if (this.selected) content.push(this.detailOrProblem(t));
      else if (this.keeps && this.page) content.push(this.openForm(t));
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
    queue.rowLabel = (c) => this.caseWhat(c);
    queue.selected = this.getAttribute('case');
    queue.filters = [
      {
        name: 'state',
        label: CASE_TEXTS[this.lang].state,
        value: this.getAttribute('state') || '',
        options: Object.entries(t.states).map(([value, label]) => ({ value, label })),
      },
    ];
    queue.columns = this.columns(t);
    queue.page = this.page;
    queue.addEventListener('emulation-case-filter', (e) => {
      this.announcement = '';
      this.notice = null;
      this.navigate({ ...e.detail, case: '' });
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

  detailOrProblem(t) {
    const s = this.selected;
    if (s.problem) {
      return h('section', { class: 'case' }, h('p', { class: 'problem', role: 'alert', id: 'case-title', tabindex: '-1' }, s.problem.message));
    }
    return this.detail(t, s.case);
  }

  /** The case's history, and the button back to the queue: the end of every case shown. */
  caseEnd(t, c) {
    const history = h('emulation-case-history', { lang: this.lang, id: 'history', 'heading-level': '4' });
    history.labels = t;
    history.case = c;
    return [
      history,
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
    ];
  }

  /** A labelled text input or textarea, its id also its name. */
  input(id, label, attributes = {}, textarea = false) {
    const control = textarea ? h('textarea', { id, name: id, rows: '3', ...attributes }) : h('input', { type: 'text', id, name: id, ...attributes });
    return h('div', { class: 'field' }, h('label', { for: id }, label), control);
  }

  /**
   * Opens a case: POST the collection with `json`; then shows it. A 400 goes beside `inputs` (by
   * the API's field name) on `form`.
   */
  async create(json, form, inputs, said) {
    try {
      const answer = await this.api.call('POST', this.path, { json });
      this.announcement = said(answer.body);
      this.notice = null;
      this.focusNext = () => this.shadowRoot.getElementById('case-title')?.focus();
      this.navigate({ case: answer.body.id });
    } catch (e) {
      await this.refused(e, form, inputs, 'open');
    }
  }

  /** A command on the case shown: POST …/{id}/{path} with If-Match, then read it again. */
  async command(path, json, form, inputs, said, uid) {
    const { case: c, etag } = this.selected;
    try {
      const answer = await this.api.call('POST', `${this.path}/${encodeURIComponent(c.id)}/${path}`, { json, headers: { 'If-Match': ifMatchOf(c, etag) } });
      this.announcement = said(answer.body);
      this.notice = null;
      this.focusNext = () => this.shadowRoot.getElementById('case-title')?.focus();
      await this.load();
    } catch (e) {
      await this.refused(e, form, inputs, uid || path);
    }
  }

  /** A command's form in a section of its own: heading, hint, fields, one submit button. */
  section(name, title, hint, fields, button, send) {
    return h(
      'section',
      { class: `summary ${name}`, 'aria-labelledby': `${name}-title` },
      h('h4', { id: `${name}-title` }, title),
      h(
        'form',
        {
          class: name,
          novalidate: true,
          onsubmit: (e) => {
            e.preventDefault();
            send(e.target);
          },
        },
        hint ? h('p', { class: 'hint' }, hint) : null,
        fields,
        h('div', { class: 'buttons' }, h('button', { type: 'submit', id: `${name}-send` }, button)),
      ),
    );
  }

  /** The form's values as the API takes them: a blank one is left out, so the API names it. */
  values(form, names) {
    const json = {};
    for (const k of names) {
      const v = form.elements[k] ? form.elements[k].value : '';
      if (v.trim() !== '') json[k] = v;
    }
    return json;
  }

  inputsOf(form, names) {
    const inputs = {};
    for (const k of names) if (form.elements[k]) inputs[k] = form.elements[k];
    return inputs;
  }

  /** A 400 on a button without fields of its own (open the vote: no quorum): its reasons. */
  problemsNotice(e) {
    const reasons = (e.errors && e.errors.length ? e.errors : [{ reason: e.message }]).map((x) => x.reason);
    return { title: this.t.problems(reasons.length), lines: reasons };
  }

  async refused(e, form, inputs, uid) {
    this.announcement = '';
    const notice = refusalNotice(e, this.t) || (form ? null : this.problemsNotice(e));
    if (notice) {
      this.notice = notice;
      this.focusNext = () => this.shadowRoot.getElementById('notice')?.focus();
      await this.load();
      return;
    }
    showProblems(form, e, inputs, { summary: this.t.problems }, uid);
  }
}
