// <emulation-appraisals plan="…" state="…" unit="…" occasion="…" form="…" case="…" lang="vi|en">:
// the Home Affairs appraisal desk (thẩm định, step 4 of the procedure). The queue of nominations,
// filtered by state, unit, occasion and award form (GET nominations?state&unit&occasion&form), is
// the shared <emulation-case-queue>, with the stored verdict of each beside it; the case chosen is
// read with its ETag and shown with its stored verdict and the explanation of each criterion, its
// dossier's files and completeness, its appraisals and its history. Home Affairs (officer, admin)
// finds it eligible, not eligible, or returns it for correction with a reason (POST …/eligible|
// not-eligible|return, If-Match); a conclusion that departs from the stored verdict needs its own
// reason, which the API asks for by name. Below the queue, a batch appraisal of the nominations of
// the page shown that await appraisal (POST appraisals: all or none, every item's problem named).

import { h } from './dom.js';
import { Formats } from './format.js';
import { session, SignedApi } from './session.js';
import { language } from './texts.js';
import { CASE_TEXTS } from './texts-cases.js';
import { NOMINATION_TEXTS } from './texts-steps.js';
import { allows, ifMatchOf } from './cases.js';
import { showProblems } from './problem-summary.js';
import { noticeBox, refusalNotice } from './step-pages.js';
import { appraisalsSection, completenessSection, dossierItems, filesOf, named, planWords, verdictSection } from './nominations.js';
import { readNames } from './nominee-names.js';
import './emulation-case-history.js';
import './emulation-case-queue.js';

const STYLES = [
  new URL('work-elements.css', import.meta.url).href,
  new URL('problem-summary.css', import.meta.url).href,
  new URL('cases.css', import.meta.url).href,
];
const STATES = ['DRAFT', 'SUBMITTED', 'ELIGIBLE', 'NOT_ELIGIBLE', 'RETURNED'];
// each decision: the command the state must allow, its endpoint, its button's words
const DECISIONS = [
  { decision: 'ELIGIBLE', command: 'findEligible', path: 'eligible', word: 'eligible' },
  { decision: 'NOT_ELIGIBLE', command: 'findNotEligible', path: 'not-eligible', word: 'notEligible' },
  { decision: 'RETURN_FOR_CORRECTION', command: 'returnForCorrection', path: 'return', word: 'returnIt' },
];

export class EmulationAppraisals extends HTMLElement {
  static get observedAttributes() {
    return ['plan', 'state', 'unit', 'occasion', 'form', 'case', 'lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.onSession = () => this.load();
    this.units = null;
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

  get t() {
    return NOMINATION_TEXTS[this.lang];
  }

  get plan() {
    return this.getAttribute('plan') || 'rach-gia-2022-2025';
  }

  get api() {
    return new SignedApi(this.getAttribute('api') || undefined, this.lang);
  }

  get path() {
    return `plans/${encodeURIComponent(this.plan)}/nominations`;
  }

  get answers() {
    return session.has('officer', 'admin');
  }

  unitName(code) {
    const u = (this.units || []).find((x) => x.code === code);
    return u ? `${u.name} (${code})` : code;
  }

  /** The participant's registered name and id, or the id where the name could not be read. */
  participantName(id) {
    const name = this.names.get(id);
    return name ? `${name} (${id})` : id;
  }

  formName(code) {
    return named(this.words && this.words.awardForms, code, this.lang);
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
    if (this.words === null) {
      try {
        this.words = await planWords(this.api, this.plan);
      } catch (e) {
        this.words = { occasions: [], awardForms: [] };
      }
    }
    this.problem = null;
    try {
      this.page = await this.api.get(this.path, {
        state: this.getAttribute('state') || undefined,
        unit: this.getAttribute('unit') || undefined,
        occasion: this.getAttribute('occasion') || undefined,
        form: this.getAttribute('form') || undefined,
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
    const shown = [...((this.page && this.page.items) || []), this.selected && this.selected.case];
    await readNames(this.api, this.plan, shown.filter(Boolean), this.names);
    if (load !== this.loads) return;
    this.render();
    const focus = this.focusNext;
    this.focusNext = null;
    if (focus) focus();
  }

  /** The nominations of the page shown that await appraisal: those a batch appraises. */
  get awaiting() {
    return ((this.page && this.page.items) || []).filter((c) => allows(c, 'findEligible'));
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
      else if (this.answers && this.page) content.push(this.batchForm(t));
    }
    this.shadowRoot.replaceChildren(...STYLES.map((href) => h('link', { rel: 'stylesheet', href })), ...content);
    this.removeAttribute('aria-busy');
    this.dataset.state = !session.signedIn ? 'empty' : this.selected && this.selected.case ? 'case' : 'queue';
    this.dataset.version = this.selected && this.selected.case ? String(this.selected.case.version) : '';
  }

  queue(t) {
    const w = this.words;
    const queue = h('emulation-case-queue', { lang: this.lang, id: 'queue' });
    queue.labels = t;
    queue.caption = t.queueCaption(this.page ? this.page.total : 0);
    queue.rowLabel = (c) => t.caseWhat(this.participantName(c.participantId));
    queue.selected = this.getAttribute('case');
    const units = (this.units || []).map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }));
    const unit = this.getAttribute('unit') || '';
    if (unit && !units.some((u) => u.value === unit)) units.push({ value: unit, label: unit });
    queue.filters = [
      { name: 'state', label: CASE_TEXTS[this.lang].state, value: this.getAttribute('state') || '', options: STATES.map((s) => ({ value: s, label: t.states[s] })) },
      { name: 'unit', label: t.unitColumn, value: unit, options: units },
      { name: 'occasion', label: t.occasionColumn, value: this.getAttribute('occasion') || '', options: w.occasions.map((o) => ({ value: o.code, label: named(w.occasions, o.code, this.lang) })) },
      { name: 'form', label: t.formColumn, value: this.getAttribute('form') || '', options: w.awardForms.map((f) => ({ value: f.code, label: named(w.awardForms, f.code, this.lang) })) },
    ];
    queue.columns = [
      { header: t.participantColumn, className: 'participant', cell: (c) => this.participantName(c.participantId) },
      { header: t.unitColumn, className: 'unit', cell: (c) => this.unitName(c.unitCode) },
      { header: t.formColumn, className: 'form', cell: (c) => this.formName(c.awardFormCode) },
      { header: t.verdictColumn, className: 'verdict', cell: (c) => (c.verdict ? t.outcomes[c.verdict.outcome] || c.verdict.outcome : t.noVerdict) },
    ];
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

  detail(t) {
    const s = this.selected;
    if (s.problem) {
      return h('section', { class: 'case' }, h('p', { class: 'problem', role: 'alert', id: 'case-title', tabindex: '-1' }, s.problem.message));
    }
    const c = s.case;
    const f = new Formats(this.lang);
    const history = h('emulation-case-history', { lang: this.lang, id: 'history', 'heading-level': '4' });
    history.labels = t;
    history.case = c;
    const mayAnswer = this.answers && DECISIONS.some((d) => allows(c, d.command));
    return h(
      'section',
      { class: 'case', 'aria-labelledby': 'case-title', dataset: { id: c.id } },
      h('h3', { id: 'case-title', tabindex: '-1' }, t.caseTitle(this.participantName(c.participantId), this.formName(c.awardFormCode))),
      h(
        'dl',
        { class: 'facts' },
        [
          [CASE_TEXTS[this.lang].state, h('strong', { class: 'state', dataset: { state: c.state } }, t.states[c.state] || c.state)],
          [t.unitColumn, this.unitName(c.unitCode)],
          [t.occasion, named(this.words.occasions, c.occasion.code, this.lang)],
          [t.lawForm, t.lawForms[c.lawFormCode] || c.lawFormCode],
          [t.sets, String(c.dossier.sets)],
        ].map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
      ),
      verdictSection(t, c, 4),
      completenessSection(t, c, f),
      h(
        'section',
        { class: 'summary dossier', 'aria-labelledby': 'dossier-title' },
        h('h4', { id: 'dossier-title' }, t.dossierTitle),
        h('ul', { class: 'dossier-items' }, dossierItems(c).map((i) => h('li', { dataset: { item: i.code } }, h('p', { class: 'label' }, i.name), filesOf(t, c, i.code)))),
      ),
      appraisalsSection(t, c, f, this.lang, 4),
      mayAnswer ? this.answerForm(t, c) : null,
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
    );
  }

  textField(id, label, rows) {
    return h('div', { class: 'field' }, h('label', { for: id }, label), h('textarea', { id, name: id, rows }));
  }

  answerForm(t, c) {
    const outcome = c.verdict ? t.outcomes[c.verdict.outcome] || c.verdict.outcome : t.noVerdict;
    return h(
      'form',
      { class: 'answer', novalidate: true, 'aria-labelledby': 'answer-title', onsubmit: (e) => e.preventDefault() },
      h('h4', { id: 'answer-title' }, t.answerTitle),
      h('p', { class: 'hint stored-verdict' }, t.storedVerdictIs(outcome)),
      this.textField('reason', t.reason, '3'),
      this.textField('departureReason', t.departure, '3'),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'correctionWorkingDays' }, t.correctionDays),
        h('input', { type: 'number', id: 'correctionWorkingDays', name: 'correctionWorkingDays', min: '1', inputmode: 'numeric' }),
      ),
      h(
        'div',
        { class: 'buttons' },
        DECISIONS.filter((d) => allows(c, d.command)).map((d, i) =>
          h('button', { type: 'button', class: i === 0 ? null : 'secondary', id: d.path, onclick: () => this.answer(d) }, t[d.word]),
        ),
      ),
    );
  }

  /** The form's texts as the API takes them: a blank one is left out. */
  answerBody(form) {
    const json = {};
    for (const k of ['reason', 'departureReason']) {
      const v = form.elements[k] ? form.elements[k].value : '';
      if (v.trim() !== '') json[k] = v;
    }
    const days = form.elements.correctionWorkingDays ? form.elements.correctionWorkingDays.value.trim() : '';
    if (days !== '') json.correctionWorkingDays = Number(days);
    return json;
  }

  inputsOf(form) {
    const inputs = {};
    for (const k of ['reason', 'departureReason', 'correctionWorkingDays']) if (form.elements[k]) inputs[k] = form.elements[k];
    return inputs;
  }

  async answer(d) {
    const t = this.t;
    const { case: c, etag } = this.selected;
    const form = this.shadowRoot.querySelector('form.answer');
    const json = this.answerBody(form);
    try {
      await this.api.call('POST', `${this.path}/${encodeURIComponent(c.id)}/${d.path}`, { json, headers: { 'If-Match': ifMatchOf(c, etag) } });
      this.announcement = t.appraised(t.caseWhat(this.participantName(c.participantId)), t.decisions[d.decision]);
      this.notice = null;
      this.focusNext = () => this.shadowRoot.getElementById('case-title')?.focus();
      await this.load();
    } catch (e) {
      await this.refused(e, form, this.inputsOf(form), 'answer');
    }
  }

  async refused(e, form, inputs, uid) {
    this.announcement = '';
    const notice = refusalNotice(e, this.t);
    if (notice) {
      this.notice = notice;
      this.focusNext = () => this.shadowRoot.getElementById('notice')?.focus();
      await this.load();
      return;
    }
    showProblems(form, e, inputs, { summary: this.t.problems }, uid);
  }

  batchForm(t) {
    const awaiting = this.awaiting;
    if (!awaiting.length) {
      return h('section', { class: 'summary batch', 'aria-labelledby': 'batch-title' }, h('h3', { id: 'batch-title' }, t.batchTitle), h('p', { class: 'hint' }, t.batchNone));
    }
    return h(
      'section',
      { class: 'summary batch', 'aria-labelledby': 'batch-title' },
      h('h3', { id: 'batch-title', tabindex: '-1' }, t.batchTitle),
      h(
        'form',
        { class: 'batch', novalidate: true, onsubmit: (e) => this.batch(e) },
        h('p', { class: 'hint', id: 'batch-hint' }, t.batchHint(awaiting.length)),
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'batch-decision' }, t.decision),
          h('select', { id: 'batch-decision', name: 'decision' }, DECISIONS.map((d) => h('option', { value: d.decision }, t.decisions[d.decision]))),
        ),
        this.textField('batch-reason', t.reason, '3'),
        this.textField('batch-departure', t.departure, '3'),
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'batch-days' }, t.correctionDays),
          h('input', { type: 'number', id: 'batch-days', name: 'correctionWorkingDays', min: '1', inputmode: 'numeric' }),
        ),
        h('div', { class: 'buttons' }, h('button', { type: 'submit', id: 'batch-submit', 'aria-describedby': 'batch-hint' }, t.batchButton(awaiting.length))),
      ),
    );
  }

  async batch(event) {
    event.preventDefault();
    const t = this.t;
    const form = event.target;
    const awaiting = this.awaiting;
    const decision = form.elements.decision.value;
    const reason = form.elements['batch-reason'].value;
    const departure = form.elements['batch-departure'].value;
    const days = form.elements.correctionWorkingDays.value.trim();
    const items = awaiting.map((c) => {
      const item = { nominationId: c.id, version: c.version, decision };
      if (reason.trim() !== '') item.reason = reason;
      // the departure's reason goes with the items whose stored verdict the conclusion departs from
      const departs = decision !== 'RETURN_FOR_CORRECTION' && !!c.verdict && c.verdict.outcome !== decision;
      if (departs && departure.trim() !== '') item.departureReason = departure;
      return item;
    });
    const json = { items };
    if (days !== '') json.correctionWorkingDays = Number(days);
    try {
      const answer = await this.api.call('POST', `plans/${encodeURIComponent(this.plan)}/appraisals`, { json });
      this.announcement = t.batchDone(answer.body.items.length);
      this.notice = null;
      this.focusNext = () => this.shadowRoot.getElementById('desk-title')?.focus();
      await this.load();
    } catch (e) {
      const inputs = {};
      for (const err of e.errors || []) {
        if (/\.reason$/.test(err.field)) inputs[err.field] = form.elements['batch-reason'];
        else if (/departureReason$/.test(err.field)) inputs[err.field] = form.elements['batch-departure'];
        else if (/correctionWorkingDays$/.test(err.field)) inputs[err.field] = form.elements.correctionWorkingDays;
        else if (/decision$/.test(err.field)) inputs[err.field] = form.elements.decision;
      }
      await this.refused(e, form, inputs, 'batch');
    }
  }
}

if (!customElements.get('emulation-appraisals')) customElements.define('emulation-appraisals', EmulationAppraisals);
