// <emulation-desk plan="…" unit="…" year="…" lang="vi|en">: the reporting desk of a unit. Its
// applicable targets for a year with the figures entered so far (GET measurements/sheet), entry and
// correction of a figure (POST measurements, If-Match on the figure's version so that a correction
// made on a stale read is refused, not silently overwriting someone else's), the history of
// corrections of a figure (GET measurements/history), and the unit's template to download and a
// filled file to upload (POST measurements/uploads) with every bad row shown with its reason.
//
// A reporter or unit head sees their own unit only (the token's unit); an address naming another
// unit shows the API's refusal in words. City-wide staff choose the unit. Every figure shown is
// what the API answered; after each write the sheet is read again.

import { h, download } from './dom.js';
import { Formats } from './format.js';
import { session, SignedApi, ApiProblem } from './session.js';
import { language } from './texts.js';
import { DESK_TEXTS } from './texts-desk.js';

const STYLES = [new URL('work-elements.css', import.meta.url).href, new URL('desk.css', import.meta.url).href];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FIELDS = ['numerator', 'denominator', 'value'];

export class EmulationDesk extends HTMLElement {
  static get observedAttributes() {
    return ['plan', 'unit', 'year', 'lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.onSession = () => this.load();
    this.sheet = null;
    this.refusal = null;
    this.units = null;
    this.editing = null;
    this.formProblem = null;
    this.conflict = null;
    this.typed = {};
    this.historyOf = null;
    this.upload = null;
    this.announcement = '';
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
    else this.scheduleLoad();
  }

  /** work.js sets several attributes at once: one read for them all. */
  scheduleLoad() {
    if (this.pending) return;
    this.pending = Promise.resolve().then(() => {
      this.pending = null;
      this.load();
    });
  }

  get lang() {
    return language(this.getAttribute('lang') || 'vi');
  }

  get t() {
    return DESK_TEXTS[this.lang];
  }

  get plan() {
    return this.getAttribute('plan') || 'rach-gia-2022-2025';
  }

  get api() {
    return new SignedApi(this.getAttribute('api') || undefined, this.lang);
  }

  get path() {
    return `plans/${encodeURIComponent(this.plan)}/measurements`;
  }

  /** Whether the caller chooses the unit (city-wide staff) rather than having their own. */
  get choosesUnit() {
    const c = session.caller;
    return !!c && (c.cityWide || !c.unit);
  }

  /** The unit asked for: the address's, else the caller's own. */
  get unitAsked() {
    return this.getAttribute('unit') || (this.choosesUnit ? null : session.caller && session.caller.unit);
  }

  async load(then) {
    const load = ++this.loads;
    this.setAttribute('aria-busy', 'true');
    if (!session.signedIn) {
      this.sheet = null;
      this.render();
      return;
    }
    this.refusal = null;
    // the units to choose from are those of the year asked (a ward merged since is still there)
    const year = this.getAttribute('year');
    if (this.choosesUnit && (this.units === null || this.unitsOf !== year)) {
      try {
        const page = await this.api.get('units', { size: 500, date: year ? `${year}-12-31` : undefined });
        this.units = page.items || [];
      } catch (e) {
        this.units = [];
      }
      this.unitsOf = year;
    }
    const unit = this.unitAsked;
    if (!unit) {
      this.sheet = null;
    } else {
      try {
        const sheet = await this.api.get(`${this.path}/sheet`, { unit, year: this.getAttribute('year') });
        if (load !== this.loads) return;
        this.sheet = sheet;
      } catch (e) {
        if (load !== this.loads) return;
        this.sheet = null;
        this.refusal = { unit, problem: e };
      }
    }
    this.render();
    if (then) then();
  }

  // ---- rendering

  render(focus) {
    const t = this.t;
    const f = new Formats(this.lang);
    const uid = 'desk';
    const content = [];
    content.push(h('h2', { id: `${uid}-title`, tabindex: '-1' }, t.title));
    content.push(this.chooser(t));
    // one live region for the element's life: a region inserted with its text is not announced
    this.announceEl = this.announceEl || h('p', { class: 'announce', role: 'status', id: 'announce' });
    if (this.announceEl.textContent !== this.announcement) this.announceEl.textContent = this.announcement;
    content.push(this.announceEl);
    if (!session.signedIn) {
      // the workspace says so itself
    } else if (this.refusal) {
      const p = this.refusal.problem;
      content.push(
        h(
          'div',
          { class: 'refusal', role: 'alert' },
          h('p', { class: 'problem', id: 'refusal', tabindex: '-1' }, t.refused(this.refusal.unit)),
          h('p', {}, p instanceof ApiProblem ? [p.title, p.detail && p.detail !== p.title ? ` — ${p.detail}` : ''] : p.message),
          p instanceof ApiProblem && p.errors.length
            ? h('ul', { class: 'problems' }, p.errors.map((e) => h('li', {}, e.reason)))
            : null,
        ),
      );
    } else if (!this.sheet) {
      content.push(h('p', { class: 'hint' }, this.unitAsked ? t.loading : t.chooseUnit));
    } else {
      content.push(this.table(t, f));
      if (this.editing) content.push(this.form(t, f));
      if (this.historyOf) content.push(this.history(t, f));
      content.push(this.files(t));
    }
    this.shadowRoot.replaceChildren(...STYLES.map((href) => h('link', { rel: 'stylesheet', href })), ...content);
    this.removeAttribute('aria-busy');
    this.dataset.state = this.refusal ? 'refused' : this.sheet ? 'ready' : 'empty';
    if (focus) {
      const el = this.shadowRoot.getElementById(focus);
      if (el) el.focus();
    }
  }

  chooser(t) {
    const c = session.caller;
    if (!c) return null;
    const year = this.sheet ? String(this.sheet.year) : this.getAttribute('year') || '';
    const years = this.sheet ? range(this.sheet.firstYear, this.sheet.lastYear) : year ? [Number(year)] : [];
    const yearSelect = h(
      'select',
      { id: 'year', name: 'year' },
      years.map((y) => h('option', { value: String(y), selected: String(y) === year }, String(y))),
    );
    let unitField;
    if (this.choosesUnit) {
      const asked = this.getAttribute('unit') || '';
      const units = this.units || [];
      const select = h(
        'select',
        { id: 'unit', name: 'unit' },
        h('option', { value: '' }, '—'),
        units.map((u) => h('option', { value: u.code, selected: u.code === asked }, `${u.name} (${u.code})`)),
        asked && !units.some((u) => u.code === asked) ? h('option', { value: asked, selected: true }, asked) : null,
      );
      unitField = h('div', { class: 'field' }, h('label', { for: 'unit' }, t.unit), select);
    } else {
      const name = this.sheet && this.sheet.unitCode === c.unit ? `${this.sheet.unitName} (${c.unit})` : c.unit;
      unitField = h('div', { class: 'field' }, h('span', { class: 'label' }, t.ownUnit), h('strong', { class: 'own-unit' }, name));
    }
    return h(
      'form',
      {
        class: 'chooser',
        onsubmit: (e) => {
          e.preventDefault();
          const unit = this.choosesUnit ? this.shadowRoot.getElementById('unit').value : this.getAttribute('unit') === c.unit ? c.unit : '';
          this.closeAll();
          this.navigate({ unit, year: yearSelect.value });
        },
      },
      unitField,
      years.length ? h('div', { class: 'field' }, h('label', { for: 'year' }, t.year), yearSelect) : null,
      h('button', { type: 'submit', class: 'secondary' }, t.show),
    );
  }

  navigate(detail) {
    this.dispatchEvent(new CustomEvent('emulation-navigate', { detail, bubbles: true, composed: true }));
  }

  closeAll() {
    this.editing = null;
    this.historyOf = null;
    this.formProblem = null;
    this.conflict = null;
    this.upload = null;
  }

  table(t, f) {
    const s = this.sheet;
    const rows = s.rows.map((r, i) => {
      const key = rowKey(r);
      const label = r.breakdown ? `${r.indicatorCode} (${r.breakdown})` : r.indicatorCode;
      const stored = r.version !== null && r.version !== undefined;
      return h(
        'tr',
        { dataset: { key } },
        h('th', { scope: 'row', id: `row-${i}`, tabindex: '-1' }, label),
        h('td', {}, r.name[this.lang] || r.name.vi, r.breakdown ? h('span', { class: 'hint' }, ` · ${t.breakdown}: ${r.breakdown}`) : null),
        h('td', {}, t.measures[r.unit] || r.unit),
        h('td', { class: 'number' }, r.threshold !== null && r.threshold !== undefined ? `${r.comparator} ${f.threshold(r.threshold, r.unit)}` : '—'),
        h('td', { class: 'number value' }, r.value !== null && r.value !== undefined ? f.figure(r.value, r.unit) : stored ? '' : t.none),
        h('td', { class: 'number numerator' }, r.numerator !== null && r.numerator !== undefined ? f.count(r.numerator) : ''),
        h('td', { class: 'number denominator' }, r.denominator !== null && r.denominator !== undefined ? f.count(r.denominator) : ''),
        h('td', { class: 'by' }, stored ? r.reportedBy || t.notKnown : '', r.uploadId ? h('span', { class: 'hint' }, ` (${t.byUpload})`) : null),
        h('td', { class: 'at' }, stored ? moment(r.reportedAt, f) : ''),
        h('td', { class: 'status' }, r.statusLabel ? r.statusLabel[this.lang] || r.statusLabel.vi : '—'),
        h(
          'td',
          { class: 'actions' },
          h(
            'button',
            { type: 'button', class: 'edit', id: `edit-${i}`, onclick: () => this.edit(r) },
            stored ? t.correct(label) : t.enter(label),
          ),
          stored
            ? h('button', { type: 'button', class: 'secondary show-history', id: `history-${i}`, onclick: () => this.showHistory(r) }, t.history(label))
            : null,
        ),
      );
    });
    const caption = t.sheetCaption(`${s.unitName} (${s.unitCode})`, s.year, s.milestoneYear);
    return h(
      'div',
      { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t.tableLabel },
      h(
        'table',
        { class: 'sheet' },
        h('caption', {}, caption),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            [t.code, t.indicator, t.measure, t.threshold, t.value, t.numerator, t.denominator, t.reportedBy, t.reportedAt, t.status, t.actions].map((c) =>
              h('th', { scope: 'col' }, c),
            ),
          ),
        ),
        h('tbody', {}, rows),
      ),
    );
  }

  indexOf(key) {
    return this.sheet ? this.sheet.rows.findIndex((r) => rowKey(r) === key) : -1;
  }

  edit(row) {
    this.editing = rowKey(row);
    this.formProblem = null;
    this.conflict = null;
    this.typed = {};
    this.render(`field-${this.fieldsOf(row)[0]}`);
  }

  /** The fields of a row's form: counts where the indicator takes them, else a value. */
  fieldsOf(row) {
    const counts = row.countsRequired || (row.numerator !== null && row.numerator !== undefined);
    return counts ? ['numerator', 'denominator'] : ['value'];
  }

  form(t, f) {
    const i = this.indexOf(this.editing);
    if (i < 0) return null;
    const row = this.sheet.rows[i];
    const problem = this.formProblem;
    const fields = this.fieldsOf(row);
    const byField = {};
    const others = [];
    if (problem) {
      for (const e of problem.errors) {
        if (fields.includes(e.field)) (byField[e.field] = byField[e.field] || []).push(e.reason);
        else others.push(e);
      }
    }
    const label = row.breakdown ? `${row.indicatorCode} (${row.breakdown})` : row.indicatorCode;
    const inputs = fields.map((name) => {
      const id = `field-${name}`;
      const reasons = byField[name] || [];
      const stored = row[name];
      const value = name in this.typed ? this.typed[name] : stored !== null && stored !== undefined ? String(stored) : '';
      const describedBy = [reasons.length ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(' ');
      return h(
        'div',
        { class: `field${reasons.length ? ' invalid' : ''}` },
        h('label', { for: id }, name === 'value' ? `${t.value} (${t.measures[row.unit] || row.unit})` : t[name]),
        reasons.length ? h('p', { class: 'problem field-error', id: `${id}-error` }, reasons.join(' ')) : null,
        h('input', {
          id,
          name,
          type: 'text',
          inputmode: name === 'value' ? 'decimal' : 'numeric',
          autocomplete: 'off',
          value,
          'aria-invalid': reasons.length ? 'true' : null,
          'aria-describedby': describedBy,
        }),
        h('p', { class: 'hint', id: `${id}-hint` }, name === 'value' ? t.valueHint(t.measures[row.unit] || row.unit) : t.formHint),
      );
    });
    const summary = problem
      ? h(
          'div',
          { class: 'error-summary', role: 'alert', tabindex: '-1', id: 'form-summary', 'aria-labelledby': 'form-summary-title' },
          h('h4', { id: 'form-summary-title' }, t.problemsTitle),
          h(
            'ul',
            { class: 'problems' },
            problem.errors.length
              ? problem.errors.map((e) =>
                  h(
                    'li',
                    {},
                    fields.includes(e.field)
                      ? h('a', { href: `#field-${e.field}`, onclick: (ev) => this.focusField(ev, e.field) }, e.reason)
                      : `${e.field ? `${e.field}: ` : ''}${e.reason}`,
                  ),
                )
              : h('li', {}, problem.message),
          ),
        )
      : null;
    const conflict = this.conflict
      ? h(
          'div',
          { class: 'error-summary conflict', role: 'alert', tabindex: '-1', id: 'form-conflict' },
          h('h4', {}, t.conflictTitle),
          h('p', {}, this.conflict.title, this.conflict.detail ? ` — ${this.conflict.detail}` : ''),
          h('button', { type: 'button', class: 'reload', onclick: () => this.reloadConflict() }, t.reload),
        )
      : null;
    return h(
      'section',
      { class: 'entry', 'aria-labelledby': 'form-title' },
      h('h3', { id: 'form-title', tabindex: '-1' }, t.formTitle(label, row.name[this.lang] || row.name.vi)),
      conflict,
      summary,
      h(
        'form',
        { class: 'figure', novalidate: true, onsubmit: (e) => this.submit(e, row) },
        h('div', { class: 'fields' }, inputs),
        h(
          'div',
          { class: 'buttons' },
          h('button', { type: 'submit', class: 'save' }, t.save),
          h('button', { type: 'button', class: 'secondary cancel', onclick: () => this.cancel(row) }, t.cancel),
        ),
      ),
    );
  }

  focusField(event, field) {
    event.preventDefault();
    const input = this.shadowRoot.getElementById(`field-${field}`);
    if (input) input.focus();
  }

  cancel(row) {
    this.editing = null;
    this.formProblem = null;
    this.conflict = null;
    const i = this.indexOf(rowKey(row));
    this.render(`edit-${i}`);
  }

  async submit(event, row) {
    event.preventDefault();
    const t = this.t;
    const fields = this.fieldsOf(row);
    const body = { indicatorCode: row.indicatorCode, unitCode: this.sheet.unitCode, year: this.sheet.year };
    if (row.breakdown) body.breakdown = row.breakdown;
    this.typed = {};
    for (const name of fields) {
      const raw = this.shadowRoot.getElementById(`field-${name}`).value.trim();
      this.typed[name] = raw;
      if (raw !== '') body[name] = number(raw);
    }
    const version = row.version === null || row.version === undefined ? 0 : row.version;
    try {
      const answer = await this.api.call('POST', this.path, { json: body, headers: { 'If-Match': `"${version}"` } });
      const m = answer.body;
      const f = new Formats(this.lang);
      const figure =
        m.value !== null && m.value !== undefined ? f.figure(m.value, row.unit) : `${f.count(m.numerator)}/${f.count(m.denominator)}`;
      this.announcement = t.stored(row.indicatorCode, figure);
      this.editing = null;
      this.formProblem = null;
      this.conflict = null;
      const key = rowKey(row);
      const history = this.historyOf && this.historyOf.key === key;
      await this.load(() => {
        const i = this.indexOf(key);
        if (history) this.showHistory(this.sheet.rows[i], `row-${i}`);
        else this.render(`row-${i}`);
      });
    } catch (e) {
      if (!(e instanceof ApiProblem)) throw e;
      if (e.status === 412) {
        this.conflict = e;
        this.formProblem = null;
        this.render('form-conflict');
      } else {
        this.formProblem = e;
        this.conflict = null;
        this.render('form-summary');
      }
    }
  }

  /** After a conflict: read the sheet again and reopen the form on the figure stored now. */
  async reloadConflict() {
    const key = this.editing;
    this.conflict = null;
    this.typed = {};
    await this.load(() => {
      const i = this.indexOf(key);
      if (i >= 0) this.edit(this.sheet.rows[i]);
    });
  }

  async showHistory(row, focus = 'history-title') {
    const key = rowKey(row);
    try {
      const view = await this.api.get(`${this.path}/history`, {
        unit: this.sheet.unitCode,
        indicator: row.indicatorCode,
        year: this.sheet.year,
        breakdown: row.breakdown || undefined,
      });
      this.historyOf = { key, row, view };
    } catch (e) {
      this.historyOf = { key, row, problem: e };
    }
    this.render(focus);
  }

  history(t, f) {
    const { row, view, problem } = this.historyOf;
    const label = row.breakdown ? `${row.indicatorCode} (${row.breakdown})` : row.indicatorCode;
    const i = this.indexOf(this.historyOf.key);
    let body;
    if (problem) {
      body = h('p', { class: 'problem', role: 'alert' }, problem.message);
    } else if (!view.revisions.length) {
      body = h('p', { class: 'hint' }, t.historyEmpty);
    } else {
      body = h(
        'div',
        { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t.historyLabel },
        h(
          'table',
          { class: 'history' },
          h('caption', {}, t.historyTitle(label, row.name[this.lang] || row.name.vi)),
          h(
            'thead',
            {},
            h('tr', {}, [t.version, t.value, t.numerator, t.denominator, t.reportedBy, t.reportedAt, ''].map((c) => h('th', { scope: 'col' }, c))),
          ),
          h(
            'tbody',
            {},
            view.revisions.map((r) =>
              h(
                'tr',
                { class: r.current ? 'current' : 'earlier' },
                h('th', { scope: 'row' }, String(r.version)),
                h('td', { class: 'number value' }, r.value !== null && r.value !== undefined ? f.figure(r.value, row.unit) : ''),
                h('td', { class: 'number numerator' }, r.numerator !== null && r.numerator !== undefined ? f.count(r.numerator) : ''),
                h('td', { class: 'number denominator' }, r.denominator !== null && r.denominator !== undefined ? f.count(r.denominator) : ''),
                h('td', { class: 'by' }, r.reportedBy || t.notKnown, r.uploadId ? h('span', { class: 'hint' }, ` (${t.byUpload})`) : null),
                h('td', { class: 'at' }, moment(r.reportedAt, f)),
                h('td', {}, r.current ? t.current : t.earlier),
              ),
            ),
          ),
        ),
      );
    }
    return h(
      'section',
      { class: 'history', 'aria-labelledby': 'history-title' },
      h('h3', { id: 'history-title', tabindex: '-1' }, t.historyTitle(label, row.name[this.lang] || row.name.vi)),
      body,
      h(
        'button',
        {
          type: 'button',
          class: 'secondary close-history',
          onclick: () => {
            this.historyOf = null;
            this.render(i >= 0 && this.shadowRoot.getElementById(`history-${i}`) ? `history-${i}` : `row-${i}`);
          },
        },
        t.closeHistory,
      ),
    );
  }

  files(t) {
    const result = this.upload;
    let shown = null;
    if (result && result.ok) {
      shown = h('p', { class: 'ok', id: 'upload-result', tabindex: '-1' }, result.ok);
    } else if (result && result.problem) {
      const p = result.problem;
      const errors = p.errors || [];
      const total = p.problem && typeof p.problem.problemsTotal === 'number' ? p.problem.problemsTotal : errors.length;
      shown = h(
        'div',
        { class: 'error-summary upload-problems', role: 'alert', tabindex: '-1', id: 'upload-result' },
        h('h4', {}, t.uploadRefused),
        h('p', {}, errors.length ? t.badRows(total) : p.message),
        errors.length && total > errors.length ? h('p', { class: 'shown' }, t.badRowsShown(errors.length, total)) : null,
        errors.length
          ? h(
              'div',
              { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t.badRowsLabel },
              h(
                'table',
                { class: 'bad-rows' },
                h('thead', {}, h('tr', {}, [t.row, t.column, t.reason].map((c) => h('th', { scope: 'col' }, c)))),
                h(
                  'tbody',
                  {},
                  errors.map((e) => {
                    const where = /^rows\[(\d+)\](?:\.(.+))?$/.exec(e.field);
                    return h(
                      'tr',
                      {},
                      h('td', { class: 'number' }, where ? where[1] : ''),
                      h('td', {}, where ? where[2] || '' : e.field),
                      h('td', {}, e.reason),
                    );
                  }),
                ),
              ),
            )
          : null,
      );
    } else if (result && result.message) {
      shown = h('p', { class: 'problem', id: 'upload-result', tabindex: '-1', role: 'alert' }, result.message);
    }
    return h(
      'section',
      { class: 'files', 'aria-labelledby': 'files-title' },
      h('h3', { id: 'files-title' }, t.filesTitle),
      h('p', { class: 'hint' }, t.filesHint),
      h(
        'div',
        { class: 'buttons' },
        h('button', { type: 'button', class: 'secondary template-csv', onclick: () => this.template('csv') }, t.templateCsv),
        h('button', { type: 'button', class: 'secondary template-xlsx', onclick: () => this.template('xlsx') }, t.templateXlsx),
      ),
      h(
        'form',
        { class: 'upload', novalidate: true, onsubmit: (e) => this.send(e) },
        h('label', { for: 'upload-file' }, t.file),
        h('input', { id: 'upload-file', name: 'file', type: 'file', accept: `.csv,.xlsx,text/csv,${XLSX}` }),
        h('button', { type: 'submit', class: 'send' }, t.upload),
      ),
      shown,
    );
  }

  async template(kind) {
    const t = this.t;
    try {
      const file = await this.api.file(`${this.path}/template.${kind}`, { unit: this.sheet.unitCode, year: this.sheet.year });
      const href = URL.createObjectURL(file.blob);
      download(href, file.name);
      setTimeout(() => URL.revokeObjectURL(href), 10000);
      this.announcement = `${file.name} (${file.blob.size} B)`;
      this.dataset.template = file.name;
      this.shadowRoot.getElementById('announce').textContent = this.announcement;
    } catch (e) {
      this.upload = { message: `${t.downloadFailed}: ${e.message}` };
      this.render('upload-result');
    }
  }

  async send(event) {
    event.preventDefault();
    const t = this.t;
    const input = this.shadowRoot.getElementById('upload-file');
    const file = input.files && input.files[0];
    if (!file) {
      this.upload = { message: t.noFile };
      this.render('upload-result');
      return;
    }
    const type = file.type || (/\.xlsx$/i.test(file.name) ? XLSX : 'text/csv');
    try {
      const answer = await this.api.call('POST', `${this.path}/uploads`, {
        params: { filename: file.name },
        body: file,
        headers: { 'Content-Type': type },
      });
      const u = answer.body;
      this.upload = { ok: t.uploaded(u.message[this.lang] || u.message.vi, u.rowCount) };
      this.announcement = this.upload.ok;
      this.editing = null;
      this.historyOf = null;
      await this.load(() => this.render('upload-result'));
    } catch (e) {
      if (!(e instanceof ApiProblem)) throw e;
      this.upload = { problem: e };
      this.render('upload-result');
    }
  }
}

function rowKey(r) {
  return `${r.indicatorCode}|${r.breakdown || ''}`;
}

function range(first, last) {
  const years = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}

/** A number as typed (Vietnamese decimal comma accepted); the text itself when it is none. */
function number(raw) {
  const clean = raw.replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : raw;
}

/** An instant of the API as dd/mm/yyyy hh:mm in Vietnam's time. */
function moment(iso, f) {
  if (!iso) return '';
  const d = new Date(iso);
  const date = new Intl.DateTimeFormat(f.locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(d);
  const time = new Intl.DateTimeFormat(f.locale, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Ho_Chi_Minh' }).format(d);
  return `${date} ${time}`;
}

if (!customElements.get('emulation-desk')) customElements.define('emulation-desk', EmulationDesk);
