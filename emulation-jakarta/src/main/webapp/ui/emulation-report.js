// <emulation-report plan="…" unit="…" year="…" lang="vi|en">: a unit's yearly movement report
// (báo cáo phong trào, plan VI.1; step 2 of the procedure). The unit's head or reporter sees the
// unit's report for a year (GET reports?unit&year), chooses its figures among the unit's stored
// measurements of that year (GET measurements/sheet: each at the version stored, which the report
// names), writes its narrative, and saves (POST reports, PUT reports/{id}) or sends it
// (POST …/submit), each command with the ETag the call before answered. A returned or reopened
// report shows Home Affairs' reason at the top; an approved one is locked and read-only. Refusals
// are shown as the API says them: a 400 beside each field, a 409 with what the state allows, a 412
// said and the report read again. Its history is the shared <emulation-case-history>.

import { h } from './dom.js';
import { Formats } from './format.js';
import { session, SignedApi, ApiProblem } from './session.js';
import { language } from './texts.js';
import { CASE_TEXTS } from './texts-cases.js';
import { REPORT_TEXTS } from './texts-steps.js';
import { allows, ifMatchOf, lastInto, moment } from './cases.js';
import { showProblems } from './problem-summary.js';
import { choosesUnit, noticeBox, refusalBox, refusalNotice, unitChooser } from './step-pages.js';
import './emulation-case-history.js';

const STYLES = [
  new URL('work-elements.css', import.meta.url).href,
  new URL('problem-summary.css', import.meta.url).href,
  new URL('cases.css', import.meta.url).href,
];

export class EmulationReport extends HTMLElement {
  static get observedAttributes() {
    return ['plan', 'unit', 'year', 'lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.onSession = () => this.load();
    this.case = null;
    this.etag = null;
    this.sheet = null;
    this.units = null;
    this.refusal = null;
    this.notice = null;
    this.draft = null;
    this.announcement = '';
    this.loads = 0;
    this.loaded = false;
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

  get unitAsked() {
    return this.getAttribute('unit') || (choosesUnit() ? null : session.caller && session.caller.unit);
  }

  async load(then) {
    const load = ++this.loads;
    this.setAttribute('aria-busy', 'true');
    this.loaded = false;
    if (!session.signedIn) {
      this.case = null;
      this.render();
      return;
    }
    if (choosesUnit() && this.units === null) {
      try {
        this.units = (await this.api.get('units', { size: 500 })).items || [];
      } catch (e) {
        this.units = [];
      }
    }
    const unit = this.unitAsked;
    this.refusal = null;
    if (unit) {
      try {
        // the sheet says the year (the one asked, else the desk's) and the figures stored in it
        const sheet = await this.api.get(`plans/${encodeURIComponent(this.plan)}/measurements/sheet`, {
          unit,
          year: this.getAttribute('year') || undefined,
        });
        const list = await this.api.get(this.path, { unit, year: sheet.year, size: 5 });
        if (load !== this.loads) return;
        this.sheet = sheet;
        const mine = (list.items || [])[0] || null;
        if (mine) {
          const read = await this.api.call('GET', `${this.path}/${encodeURIComponent(mine.id)}`);
          if (load !== this.loads) return;
          this.case = read.body;
          this.etag = read.etag;
        } else {
          this.case = null;
          this.etag = null;
        }
        this.draft = null;
        this.loaded = true;
      } catch (e) {
        if (load !== this.loads) return;
        this.case = null;
        this.refusal = { unit, problem: e };
      }
    } else {
      this.case = null;
    }
    this.render();
    if (then) then();
  }

  /** The figures stored for the unit and year: the sheet's rows that hold a figure. */
  get stored() {
    return ((this.sheet && this.sheet.rows) || []).filter((r) => r.version !== null && r.version !== undefined);
  }

  // ---- rendering

  render() {
    const t = this.t;
    const content = [h('h2', { id: 'report-title', tabindex: '-1' }, t.title)];
    content.push(this.chooser(t));
    this.announceEl = this.announceEl || h('p', { class: 'announce', role: 'status', id: 'announce' });
    if (this.announceEl.textContent !== this.announcement) this.announceEl.textContent = this.announcement;
    content.push(this.announceEl);
    if (this.notice) content.push(noticeBox(this.notice));
    if (!session.signedIn) {
      // the workspace says so
    } else if (this.refusal) {
      content.push(refusalBox(t.refused(this.refusal.unit), this.refusal.problem));
    } else if (!this.unitAsked) {
      content.push(h('p', { class: 'hint' }, t.chooseUnit));
    } else if (!this.loaded) {
      content.push(h('p', { class: 'hint' }, t.loading));
    } else {
      const c = this.case;
      if (c && c.state === 'RETURNED') content.push(this.reasonBox(t, c, 'RETURNED', t.returnedTitle, t.returnedHint, 'returned'));
      if (c && c.state === 'REOPENED') content.push(this.reasonBox(t, c, 'REOPENED', t.reopenedTitle, t.reopenedHint, 'reopened'));
      if (c && c.locked) {
        content.push(h('div', { class: 'notice locked', id: 'locked' }, h('h3', {}, t.lockedTitle), h('p', {}, t.lockedHint)));
      }
      if (!c) content.push(h('p', { class: 'hint none' }, t.none(this.sheet.year)));
      else content.push(this.summary(t, c));
      if (!c || allows(c, 'amend') || allows(c, 'submit')) content.push(this.form(t, c));
      else content.push(this.readOnly(t, c));
      if (c) {
        const history = h('emulation-case-history', { lang: this.lang, id: 'history' });
        history.labels = t;
        history.case = c;
        content.push(history);
      }
    }
    this.shadowRoot.replaceChildren(...STYLES.map((href) => h('link', { rel: 'stylesheet', href })), ...content);
    this.removeAttribute('aria-busy');
    this.dataset.state = this.refusal ? 'refused' : !this.loaded ? 'empty' : this.case ? this.case.state : 'none';
    this.dataset.version = this.case ? String(this.case.version) : '';
  }

  chooser(t) {
    const sheet = this.sheet;
    const year = sheet ? String(sheet.year) : this.getAttribute('year') || '';
    const years = [];
    if (sheet) for (let y = sheet.firstYear; y <= sheet.lastYear; y++) years.push(y);
    const select = h(
      'select',
      { id: 'year', name: 'year' },
      years.length ? null : h('option', { value: '' }, '—'),
      years.map((y) => h('option', { value: String(y), selected: String(y) === year }, String(y))),
    );
    return unitChooser(this, t, this.units, [{ name: 'year', label: t.year, select }]);
  }

  reasonBox(t, c, state, title, hint, cls) {
    const step = lastInto(c, state);
    return h(
      'div',
      { class: `notice returned ${cls}`, id: cls, tabindex: '-1' },
      h('h3', {}, title),
      step ? h('p', { class: 'returned-reason' }, h('span', { class: 'label' }, `${CASE_TEXTS[this.lang].reason}: `), h('q', {}, step.reason || '')) : null,
      step ? h('p', { class: 'hint' }, t.by(step.actor, moment(step.at, this.lang))) : null,
      h('p', {}, hint),
    );
  }

  summary(t, c) {
    return h(
      'section',
      { class: 'summary', 'aria-labelledby': 'summary-title' },
      h('h3', { id: 'summary-title' }, t.summaryTitle),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, CASE_TEXTS[this.lang].state),
        h('dd', {}, h('strong', { class: 'state', dataset: { state: c.state } }, t.states[c.state] || c.state)),
        h('dt', {}, t.year),
        h('dd', {}, String(c.year)),
        h('dt', {}, t.lockedFact),
        h('dd', { class: 'locked-fact' }, c.locked ? t.lockedYes : t.lockedNo),
      ),
    );
  }

  figureText(t, row) {
    const f = new Formats(this.lang);
    const name = row.name ? row.name[this.lang] || row.name.vi : '';
    const value =
      row.numerator !== null && row.numerator !== undefined
        ? `${f.count(row.numerator)} / ${f.count(row.denominator)}`
        : f.figure(row.value, row.unit);
    return t.figureLine(`${row.indicatorCode}${row.breakdown ? ` · ${row.breakdown}` : ''}`, name, value, row.version);
  }

  readOnly(t, c) {
    return h(
      'section',
      { class: 'registration-form', 'aria-labelledby': 'form-title' },
      h('h3', { id: 'form-title' }, t.formTitle),
      h('p', { class: 'hint' }, c.locked ? t.lockedHint : t.readOnly),
      h('h4', {}, t.figures),
      c.figures.length
        ? h('ul', { class: 'figures' }, c.figures.map((x) => h('li', {}, t.figureRef(x.indicatorCode, x.breakdown, x.measurementVersion))))
        : h('p', { class: 'hint' }, t.noFigures),
      h('h4', {}, t.narrative),
      h('p', { class: 'narrative' }, c.narrative || t.noNarrative),
    );
  }

  form(t, c) {
    const stored = this.stored;
    const chosen = this.draft
      ? this.draft.keys
      : c
        ? c.figures.map((x) => `${x.indicatorCode}|${x.breakdown || ''}`)
        : [];
    const boxes = stored.map((r, i) =>
      h(
        'div',
        { class: 'choice' },
        h('input', {
          type: 'checkbox',
          id: `figure-${i}`,
          name: 'figure',
          value: `${r.indicatorCode}|${r.breakdown || ''}`,
          checked: chosen.includes(`${r.indicatorCode}|${r.breakdown || ''}`),
        }),
        h('label', { for: `figure-${i}` }, this.figureText(t, r)),
      ),
    );
    const narrative = h(
      'textarea',
      { id: 'narrative', name: 'narrative', rows: '8', 'aria-describedby': 'narrative-hint' },
      this.draft ? this.draft.narrative : c ? c.narrative : '',
    );
    const form = h(
      'form',
      { class: 'report', novalidate: true, onsubmit: (e) => e.preventDefault() },
      h(
        'fieldset',
        { id: 'figures', 'aria-describedby': 'figures-hint' },
        h('legend', {}, t.figures),
        h('p', { class: 'hint', id: 'figures-hint' }, stored.length ? t.figuresHint : t.noFigures),
        boxes,
      ),
      h('div', { class: 'field' }, h('label', { for: 'narrative' }, t.narrative), h('p', { class: 'hint', id: 'narrative-hint' }, t.narrativeHint), narrative),
      h(
        'div',
        { class: 'buttons' },
        !c || allows(c, 'amend') ? h('button', { type: 'button', class: 'secondary', id: 'save', onclick: () => this.act('save') }, t.save) : null,
        !c || allows(c, 'submit') ? h('button', { type: 'button', id: 'submit', onclick: () => this.act('submit') }, t.submit) : null,
      ),
    );
    return h('section', { class: 'registration-form', 'aria-labelledby': 'form-title' }, h('h3', { id: 'form-title' }, t.formTitle), form);
  }

  // ---- commands

  /** The figures the form holds, as the API takes them, each at the version stored now. */
  chosenFigures() {
    const keys = [...this.shadowRoot.querySelectorAll('input[name=figure]:checked')].map((i) => i.value);
    const rows = new Map(this.stored.map((r) => [`${r.indicatorCode}|${r.breakdown || ''}`, r]));
    return {
      keys,
      figures: keys.map((k) => {
        const r = rows.get(k);
        return { indicatorCode: r.indicatorCode, breakdown: r.breakdown || '', measurementVersion: r.version };
      }),
    };
  }

  async act(kind) {
    const t = this.t;
    const { keys, figures } = this.chosenFigures();
    const narrative = this.shadowRoot.getElementById('narrative').value;
    this.draft = { keys, narrative };
    this.notice = null;
    try {
      const body = { figures, narrative };
      if (!this.case) {
        this.take(await this.api.call('POST', this.path, { json: { unitCode: this.unitAsked, year: this.sheet.year, ...body } }));
      } else if (allows(this.case, 'amend') && this.changed(figures, narrative)) {
        this.take(
          await this.api.call('PUT', `${this.path}/${encodeURIComponent(this.case.id)}`, {
            json: body,
            headers: { 'If-Match': ifMatchOf(this.case, this.etag) },
          }),
        );
      }
      if (kind === 'submit') {
        this.take(
          await this.api.call('POST', `${this.path}/${encodeURIComponent(this.case.id)}/submit`, {
            json: {},
            headers: { 'If-Match': ifMatchOf(this.case, this.etag) },
          }),
        );
        this.announcement = t.submitted;
      } else {
        this.announcement = t.saved;
      }
      this.draft = null;
      this.render();
      this.shadowRoot.getElementById('report-title').focus();
    } catch (e) {
      this.announcement = '';
      const notice = refusalNotice(e, t);
      if (notice) {
        this.notice = notice;
        await this.load(() => this.shadowRoot.getElementById('notice').focus());
        return;
      }
      this.render();
      const form = this.shadowRoot.querySelector('form.report');
      const inputs = {};
      const boxes = [...form.querySelectorAll('input[name=figure]')];
      for (const err of e.errors) {
        const at = /^figures(?:\[(\d+)\])?/.exec(err.field);
        if (at) inputs[err.field] = (at[1] !== undefined && boxes.find((b) => b.value === keys[Number(at[1])])) || boxes[0] || form.querySelector('#figures');
        else if (/^narrative/.test(err.field)) inputs[err.field] = this.shadowRoot.getElementById('narrative');
      }
      showProblems(form, e, inputs, { summary: t.problems }, 'report');
    }
  }

  changed(figures, narrative) {
    const c = this.case;
    const key = (x) => `${x.indicatorCode}|${x.breakdown || ''}|${x.measurementVersion}`;
    const before = new Set(c.figures.map(key));
    return narrative !== c.narrative || figures.length !== c.figures.length || !figures.every((x) => before.has(key(x)));
  }

  take(answer) {
    this.case = answer.body;
    this.etag = answer.etag;
    this.loaded = true;
  }
}

if (!customElements.get('emulation-report')) customElements.define('emulation-report', EmulationReport);
