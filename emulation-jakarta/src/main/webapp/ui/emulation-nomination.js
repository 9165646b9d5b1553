// <emulation-nomination plan="…" unit="…" case="…" lang="vi|en">: a unit's award nominations
// (đề nghị khen thưởng, step 3 of the procedure). The unit's staff see their unit's nominations
// (GET nominations?unit, the shared <emulation-case-queue>) and propose a participant of the unit
// for one of the plan's award forms on an occasion (POST nominations; the occasions and forms are
// the plan's, GET plans/{plan}/versions/{n}). A nomination chosen (`case`) shows its dossier: every
// document the law in force requires with its files, an upload for each (PUT …/documents/{code}
// /files, the type told by content on the server), the number of sets (PUT …/{id}), and the
// completeness the API judged today, read again after each change, so its gaps are always the
// API's. It is sent (POST …/submit) only when the API says it is complete; once sent, the verdict
// stored with it and its explanation, criterion by criterion, and Home Affairs' appraisals are
// shown. Refusals as on every step's page; its history is <emulation-case-history>.

import { h } from './dom.js';
import { Formats } from './format.js';
import { session, SignedApi } from './session.js';
import { language } from './texts.js';
import { CASE_TEXTS } from './texts-cases.js';
import { NOMINATION_TEXTS } from './texts-steps.js';
import { allows, ifMatchOf, lastInto, moment } from './cases.js';
import { showProblems } from './problem-summary.js';
import { choosesUnit, noticeBox, refusalBox, refusalNotice, unitChooser } from './step-pages.js';
import { appraisalsSection, completenessSection, dossierItems, evidenceType, filesOf, named, planWords, verdictSection } from './nominations.js';
import './emulation-case-history.js';
import './emulation-case-queue.js';

const STYLES = [
  new URL('work-elements.css', import.meta.url).href,
  new URL('problem-summary.css', import.meta.url).href,
  new URL('cases.css', import.meta.url).href,
];
const ACCEPT = '.pdf,.docx,.jpg,.jpeg,.png,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/jpeg,image/png';

export class EmulationNomination extends HTMLElement {
  static get observedAttributes() {
    return ['plan', 'unit', 'case', 'lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.onSession = () => this.load();
    this.units = null;
    this.words = null;
    this.participants = [];
    this.page = null;
    this.case = null;
    this.etag = null;
    this.refusal = null;
    this.notice = null;
    this.announcement = '';
    this.focusNext = null;
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

  get unitAsked() {
    return this.getAttribute('unit') || (choosesUnit() ? null : session.caller && session.caller.unit);
  }

  navigate(detail) {
    this.dispatchEvent(new CustomEvent('emulation-navigate', { detail, bubbles: true, composed: true }));
  }

  participantName(id) {
    const p = this.participants.find((x) => x.id === id);
    return p ? `${p.name} (${id})` : id;
  }

  formName(code) {
    return named(this.words && this.words.awardForms, code, this.lang);
  }

  async load(then) {
    const load = ++this.loads;
    this.setAttribute('aria-busy', 'true');
    this.loaded = false;
    if (!session.signedIn) {
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
        if (!this.words) this.words = await planWords(this.api, this.plan);
        const [list, participants] = await Promise.all([
          this.api.get(this.path, { unit, size: 50 }),
          this.api.get(`plans/${encodeURIComponent(this.plan)}/participants`, { unit, size: 500 }),
        ]);
        if (load !== this.loads) return;
        this.page = list;
        this.participants = participants.items || [];
        const id = this.getAttribute('case');
        if (id) {
          const read = await this.api.call('GET', `${this.path}/${encodeURIComponent(id)}`);
          if (load !== this.loads) return;
          this.case = read.body;
          this.etag = read.etag;
        } else {
          this.case = null;
          this.etag = null;
        }
        this.loaded = true;
      } catch (e) {
        if (load !== this.loads) return;
        this.case = null;
        this.refusal = { unit, problem: e };
      }
    }
    this.render();
    const focus = this.focusNext;
    this.focusNext = null;
    if (focus) focus();
    if (then) then();
  }

  // ---- rendering

  render() {
    const t = this.t;
    const content = [h('h2', { id: 'nomination-title', tabindex: '-1' }, t.title)];
    content.push(unitChooser(this, t, this.units));
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
    } else if (this.case) {
      content.push(this.detail(t, this.case));
    } else {
      content.push(this.queue(t));
      content.push(this.newForm(t));
    }
    this.shadowRoot.replaceChildren(...STYLES.map((href) => h('link', { rel: 'stylesheet', href })), ...content);
    this.removeAttribute('aria-busy');
    this.dataset.state = this.refusal ? 'refused' : !this.loaded ? 'empty' : this.case ? this.case.state : 'list';
    this.dataset.version = this.case ? String(this.case.version) : '';
  }

  queue(t) {
    const queue = h('emulation-case-queue', { lang: this.lang, id: 'queue' });
    queue.labels = t;
    queue.caption = t.listCaption(this.page ? this.page.total : 0);
    queue.rowLabel = (c) => t.caseWhat(this.participantName(c.participantId));
    queue.columns = [
      { header: t.participantColumn, className: 'participant', cell: (c) => this.participantName(c.participantId) },
      { header: t.formColumn, className: 'form', cell: (c) => this.formName(c.awardFormCode) },
      { header: t.occasionColumn, className: 'occasion', cell: (c) => named(this.words.occasions, c.occasion.code, this.lang) },
      { header: t.verdictColumn, className: 'verdict', cell: (c) => (c.verdict ? t.outcomes[c.verdict.outcome] || c.verdict.outcome : t.noVerdict) },
    ];
    queue.page = this.page;
    queue.addEventListener('emulation-case-select', (e) => {
      this.announcement = '';
      this.notice = null;
      this.focusNext = () => this.shadowRoot.getElementById('case-title')?.focus();
      this.navigate({ case: e.detail.id });
    });
    return queue;
  }

  select(id, label, options, chosen) {
    return h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      h('select', { id, name: id }, h('option', { value: '' }, '—'), options.map((o) => h('option', { value: o.value, selected: o.value === chosen }, o.label))),
    );
  }

  newForm(t) {
    const w = this.words;
    const form = h(
      'form',
      { class: 'open-nomination', novalidate: true, onsubmit: (e) => this.open(e) },
      this.select('occasionCode', t.occasion, w.occasions.map((o) => ({ value: o.code, label: named(w.occasions, o.code, this.lang) }))),
      this.select('participantId', t.participant, this.participants.map((p) => ({ value: p.id, label: `${p.name} (${p.id})` }))),
      this.select('awardFormCode', t.awardForm, w.awardForms.map((f) => ({ value: f.code, label: named(w.awardForms, f.code, this.lang) }))),
      this.select('lawFormCode', t.lawForm, Object.entries(t.lawForms).map(([value, label]) => ({ value, label }))),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'sets' }, t.sets),
        h('p', { class: 'hint', id: 'sets-hint' }, t.setsHint),
        h('input', { type: 'number', id: 'sets', name: 'sets', min: '0', value: '1', inputmode: 'numeric', 'aria-describedby': 'sets-hint' }),
      ),
      h('div', { class: 'buttons' }, h('button', { type: 'submit', id: 'open' }, t.open)),
    );
    return h('section', { class: 'registration-form', 'aria-labelledby': 'new-title' }, h('h3', { id: 'new-title' }, t.newTitle), form);
  }

  detail(t, c) {
    const f = new Formats(this.lang);
    const mayAmend = allows(c, 'amend');
    const returned = c.state === 'RETURNED' ? lastInto(c, 'RETURNED') : null;
    const history = h('emulation-case-history', { lang: this.lang, id: 'history', 'heading-level': '3' });
    history.labels = t;
    history.case = c;
    const complete = !!(c.completeness && c.completeness.complete);
    return h(
      'div',
      { class: 'nomination', dataset: { id: c.id } },
      h('h3', { id: 'case-title', tabindex: '-1' }, t.caseTitle(this.participantName(c.participantId), this.formName(c.awardFormCode))),
      returned
        ? h(
            'div',
            { class: 'notice returned', id: 'returned', tabindex: '-1' },
            h('h3', {}, t.returnedTitle),
            h('p', { class: 'returned-reason' }, h('span', { class: 'label' }, `${CASE_TEXTS[this.lang].reason}: `), h('q', {}, returned.reason || lastReason(c))),
            h('p', { class: 'hint' }, t.by(returned.actor, moment(returned.at, this.lang))),
            h('p', {}, t.returnedHint),
          )
        : null,
      h(
        'dl',
        { class: 'facts' },
        [
          [CASE_TEXTS[this.lang].state, h('strong', { class: 'state', dataset: { state: c.state } }, t.states[c.state] || c.state)],
          [t.occasion, named(this.words.occasions, c.occasion.code, this.lang)],
          [t.participant, this.participantName(c.participantId)],
          [t.awardForm, this.formName(c.awardFormCode)],
          [t.lawForm, t.lawForms[c.lawFormCode] || c.lawFormCode],
          [t.sets, String(c.dossier.sets)],
        ].map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
      ),
      mayAmend || c.state === 'DRAFT' ? completenessSection(t, c, f) : null,
      verdictSection(t, c),
      appraisalsSection(t, c, f, this.lang),
      this.dossier(t, c, mayAmend),
      allows(c, 'submit')
        ? h(
            'div',
            { class: 'buttons send' },
            h('p', { class: 'hint', id: 'submit-hint' }, complete ? t.complete(f.day(c.completeness.day)) : t.submitWhenComplete),
            h('button', { type: 'button', id: 'submit', disabled: !complete, 'aria-describedby': 'submit-hint', onclick: () => this.submit() }, t.submit),
          )
        : h('p', { class: 'hint read-only' }, t.readOnly),
      history,
      h(
        'button',
        {
          type: 'button',
          class: 'secondary close-case',
          onclick: () => {
            this.announcement = '';
            this.notice = null;
            this.focusNext = () => this.shadowRoot.getElementById('queue')?.focusCase(c.id);
            this.navigate({ case: '' });
          },
        },
        t.backToList,
      ),
    );
  }

  dossier(t, c, mayAmend) {
    const items = dossierItems(c);
    return h(
      'section',
      { class: 'registration-form dossier', 'aria-labelledby': 'dossier-title' },
      h('h3', { id: 'dossier-title' }, t.dossierTitle),
      h(
        'ul',
        { class: 'dossier-items' },
        items.map((item, i) =>
          h(
            'li',
            { dataset: { item: item.code } },
            h('h4', { id: `item-${i}-title` }, item.name),
            filesOf(t, c, item.code),
            mayAmend
              ? h(
                  'form',
                  { class: 'upload', novalidate: true, dataset: { item: item.code }, onsubmit: (e) => this.upload(e, item) },
                  h(
                    'div',
                    { class: 'field' },
                    h('label', { for: `file-${i}` }, t.upload(item.name)),
                    h('p', { class: 'hint', id: `file-${i}-hint` }, t.uploadHint),
                    h('input', { type: 'file', id: `file-${i}`, name: 'file', accept: ACCEPT, 'aria-describedby': `file-${i}-hint` }),
                  ),
                  h('button', { type: 'submit', class: 'secondary', id: `upload-${i}` }, t.uploadButton),
                )
              : null,
          ),
        ),
      ),
      mayAmend
        ? h(
            'form',
            { class: 'sets', novalidate: true, onsubmit: (e) => this.saveSets(e) },
            h(
              'div',
              { class: 'field' },
              h('label', { for: 'sets' }, t.sets),
              h('p', { class: 'hint', id: 'sets-hint' }, t.setsHint),
              h('input', { type: 'number', id: 'sets', name: 'sets', min: '0', value: String(c.dossier.sets), inputmode: 'numeric', 'aria-describedby': 'sets-hint' }),
            ),
            h('button', { type: 'submit', class: 'secondary', id: 'save-sets' }, t.saveSets),
          )
        : null,
    );
  }

  // ---- commands

  take(answer) {
    this.case = answer.body;
    this.etag = answer.etag;
  }

  /** A refusal said as the API said it: a notice and a fresh read, or the problems beside the form's fields. */
  async refused(e, form, inputs) {
    this.announcement = '';
    const notice = refusalNotice(e, this.t);
    if (notice) {
      this.notice = notice;
      this.focusNext = () => this.shadowRoot.getElementById('notice')?.focus();
      await this.load();
      return;
    }
    showProblems(form, e, inputs, { summary: this.t.problems }, form.className.split(' ')[0]);
  }

  async open(event) {
    event.preventDefault();
    const t = this.t;
    const form = event.target;
    const el = form.elements;
    const sets = el.sets.value.trim();
    const json = {
      occasionCode: el.occasionCode.value,
      participantId: el.participantId.value,
      awardFormCode: el.awardFormCode.value,
      lawFormCode: el.lawFormCode.value,
      sets: sets === '' ? 0 : Number(sets),
      documents: [],
    };
    for (const k of ['occasionCode', 'participantId', 'awardFormCode', 'lawFormCode']) if (!json[k]) delete json[k];
    this.notice = null;
    try {
      const answer = await this.api.call('POST', this.path, { json });
      this.announcement = t.opened;
      this.focusNext = () => this.shadowRoot.getElementById('case-title')?.focus();
      this.navigate({ case: answer.body.id });
    } catch (e) {
      const inputs = {};
      for (const k of ['occasionCode', 'participantId', 'awardFormCode', 'lawFormCode', 'sets']) inputs[k] = el[k];
      for (const err of e.errors || []) {
        const key = Object.keys(inputs).find((k) => err.field.startsWith(k) || err.field.endsWith(k));
        if (key && !inputs[err.field]) inputs[err.field] = inputs[key];
        if (/occasion/.test(err.field) && !inputs[err.field]) inputs[err.field] = el.occasionCode;
      }
      await this.refused(e, form, inputs);
    }
  }

  async upload(event, item) {
    event.preventDefault();
    const t = this.t;
    const form = event.target;
    const input = form.elements.file;
    const file = input.files && input.files[0];
    if (!file) {
      showProblems(form, { errors: [{ field: 'file', reason: t.chooseFile }], title: '', status: 0 }, { file: input }, { summary: t.problems }, 'upload');
      return;
    }
    const c = this.case;
    try {
      this.take(
        await this.api.call('PUT', `${this.path}/${encodeURIComponent(c.id)}/documents/${encodeURIComponent(item.code)}/files`, {
          params: { filename: file.name },
          body: file,
          headers: { 'Content-Type': evidenceType(file), 'If-Match': ifMatchOf(c, this.etag) },
        }),
      );
      this.announcement = t.uploaded(file.name);
      this.notice = null;
      this.render();
      // the focus stays by the item just supplied
      const again = this.shadowRoot.querySelector(`li[data-item="${CSS.escape(item.code)}"] h4`);
      if (again) {
        again.setAttribute('tabindex', '-1');
        again.focus();
      }
    } catch (e) {
      const inputs = {};
      for (const err of e.errors || []) inputs[err.field] = input;
      if (!(e.errors || []).length) inputs[''] = input;
      await this.refused(e, form, inputs);
    }
  }

  async saveSets(event) {
    event.preventDefault();
    const t = this.t;
    const form = event.target;
    const input = form.elements.sets;
    const c = this.case;
    const value = input.value.trim();
    try {
      this.take(
        await this.api.call('PUT', `${this.path}/${encodeURIComponent(c.id)}`, {
          json: { sets: value === '' ? 0 : Number(value), documents: c.dossier.documents.map((d) => d.itemCode) },
          headers: { 'If-Match': ifMatchOf(c, this.etag) },
        }),
      );
      this.announcement = t.saved;
      this.notice = null;
      this.render();
      this.shadowRoot.getElementById('completeness-title')?.setAttribute('tabindex', '-1');
      this.shadowRoot.getElementById('completeness-title')?.focus();
    } catch (e) {
      await this.refused(e, form, { sets: input });
    }
  }

  async submit() {
    const t = this.t;
    const c = this.case;
    try {
      this.take(
        await this.api.call('POST', `${this.path}/${encodeURIComponent(c.id)}/submit`, {
          json: {},
          headers: { 'If-Match': ifMatchOf(c, this.etag) },
        }),
      );
      this.announcement = t.submitted;
      this.notice = null;
      this.render();
      this.shadowRoot.getElementById('verdict-title')?.setAttribute('tabindex', '-1');
      (this.shadowRoot.getElementById('verdict-title') || this.shadowRoot.getElementById('case-title'))?.focus();
    } catch (e) {
      const notice = refusalNotice(e, t);
      if (notice) {
        await this.refused(e);
        return;
      }
      // what it lacks, every gap at once, above the dossier
      this.render();
      const dossier = this.shadowRoot.querySelector('section.dossier');
      const holder = h('form', { class: 'submit-problems', novalidate: true, onsubmit: (ev) => ev.preventDefault() });
      dossier.before(holder);
      showProblems(holder, e, {}, { summary: t.problems }, 'submit');
    }
  }
}

/** The reason of the last appraisal, for a return whose transition kept none. */
function lastReason(c) {
  const a = (c.appraisals || [])[c.appraisals.length - 1];
  return (a && a.reason) || '';
}

if (!customElements.get('emulation-nomination')) customElements.define('emulation-nomination', EmulationNomination);
