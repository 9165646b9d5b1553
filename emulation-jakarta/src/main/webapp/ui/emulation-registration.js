// <emulation-registration plan="…" unit="…" lang="vi|en">: a unit's registration for the plan
// (đăng ký thi đua, step 1 of the procedure; ADR 0036/0037). The unit's staff see their unit's
// registration (GET registrations?unit), or open one; choose its participants (GET participants
// ?unit); attach the unit's own plan, a PDF or DOCX sent as it is with its name (PUT …/own-plan
// ?filename, Vietnamese names included); and send it (POST …/submit). A returned one shows Home
// Affairs' reason at the top and can be corrected and sent again. Every command names the version
// read in If-Match. What the API refuses is shown as it says it: a 400 every problem beside its
// field and in a focused summary; a 409 what the state allows; a 412 that someone else changed the
// registration, and the page reads it again. The registration's history is the shared
// <emulation-case-history>.
//
// A reporter or unit head sees their own unit (the token's); city-wide staff (officer, admin)
// choose the unit, as on the reporting desk.

import { h } from './dom.js';
import { Formats } from './format.js';
import { session, SignedApi, ApiProblem } from './session.js';
import { language } from './texts.js';
import { CASE_TEXTS, REGISTRATION_TEXTS } from './texts-cases.js';
import { allows, allowedByRefusal, ifMatchOf, lastInto, moment } from './cases.js';
import { showProblems } from './problem-summary.js';
import './emulation-case-history.js';

const STYLES = [
  new URL('work-elements.css', import.meta.url).href,
  new URL('problem-summary.css', import.meta.url).href,
  new URL('cases.css', import.meta.url).href,
];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export class EmulationRegistration extends HTMLElement {
  static get observedAttributes() {
    return ['plan', 'unit', 'lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.onSession = () => this.load();
    this.case = null;
    this.etag = null;
    this.participants = [];
    this.chosen = null;
    this.units = null;
    this.refusal = null;
    this.problem = null;
    this.notice = null;
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
    else this.scheduleLoad();
  }

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
    return REGISTRATION_TEXTS[this.lang];
  }

  get plan() {
    return this.getAttribute('plan') || 'rach-gia-2022-2025';
  }

  get api() {
    return new SignedApi(this.getAttribute('api') || undefined, this.lang);
  }

  get path() {
    return `plans/${encodeURIComponent(this.plan)}/registrations`;
  }

  get choosesUnit() {
    const c = session.caller;
    return !!c && (c.cityWide || !c.unit);
  }

  get unitAsked() {
    return this.getAttribute('unit') || (this.choosesUnit ? null : session.caller && session.caller.unit);
  }

  /** Reads the unit's registration and participants again; `then` runs once they are shown. */
  async load(then) {
    const load = ++this.loads;
    this.setAttribute('aria-busy', 'true');
    this.loaded = false;
    if (!session.signedIn) {
      this.case = null;
      this.render();
      return;
    }
    if (this.choosesUnit && this.units === null) {
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
        const [list, participants] = await Promise.all([
          this.api.get(this.path, { unit, size: 50 }),
          this.api.get(`plans/${encodeURIComponent(this.plan)}/participants`, { unit, size: 500 }),
        ]);
        if (load !== this.loads) return;
        const items = list.items || [];
        const mine = items.find((r) => !r.occasionCode) || items[0] || null;
        this.participants = participants.items || [];
        if (mine) {
          const read = await this.api.call('GET', `${this.path}/${encodeURIComponent(mine.id)}`);
          if (load !== this.loads) return;
          this.case = read.body;
          this.etag = read.etag;
        } else {
          this.case = null;
          this.etag = null;
        }
        this.chosen = null;
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

  // ---- rendering

  render() {
    const t = this.t;
    const content = [h('h2', { id: 'reg-title', tabindex: '-1' }, t.title)];
    content.push(this.chooser(t));
    // one live region for the element's life: a region inserted with its text is not announced
    this.announceEl = this.announceEl || h('p', { class: 'announce', role: 'status', id: 'announce' });
    if (this.announceEl.textContent !== this.announcement) this.announceEl.textContent = this.announcement;
    content.push(this.announceEl);
    if (this.notice) content.push(this.noticeBox(this.notice));
    if (!session.signedIn) {
      // the workspace says so
    } else if (this.refusal) {
      const p = this.refusal.problem;
      content.push(
        h(
          'div',
          { class: 'refusal', role: 'alert' },
          h('p', { class: 'problem', id: 'refusal', tabindex: '-1' }, t.refused(this.refusal.unit)),
          h('p', {}, p instanceof ApiProblem ? [p.title, p.detail && p.detail !== p.title ? ` — ${p.detail}` : ''] : p.message),
        ),
      );
    } else if (!this.unitAsked) {
      content.push(h('p', { class: 'hint' }, t.chooseUnit));
    } else if (!this.loaded) {
      content.push(h('p', { class: 'hint' }, t.loading));
    } else {
      const c = this.case;
      if (c && c.state === 'RETURNED') content.push(this.returnedBox(t, c));
      if (c) content.push(this.summary(t, c));
      else content.push(h('p', { class: 'hint none' }, t.none));
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
    const c = session.caller;
    if (!c) return null;
    if (!this.choosesUnit) {
      return h('p', { class: 'own' }, h('span', { class: 'label' }, `${t.ownUnit}: `), h('strong', { class: 'own-unit' }, c.unit));
    }
    const asked = this.getAttribute('unit') || '';
    const units = this.units || [];
    const select = h(
      'select',
      { id: 'unit', name: 'unit' },
      h('option', { value: '' }, '—'),
      units.map((u) => h('option', { value: u.code, selected: u.code === asked }, `${u.name} (${u.code})`)),
      asked && !units.some((u) => u.code === asked) ? h('option', { value: asked, selected: true }, asked) : null,
    );
    return h(
      'form',
      {
        class: 'chooser',
        onsubmit: (e) => {
          e.preventDefault();
          this.notice = null;
          this.announcement = '';
          this.dispatchEvent(new CustomEvent('emulation-navigate', { detail: { unit: select.value }, bubbles: true, composed: true }));
        },
      },
      h('div', { class: 'field' }, h('label', { for: 'unit' }, t.unit), select),
      h('button', { type: 'submit', class: 'secondary' }, t.show),
    );
  }

  noticeBox(n) {
    return h(
      'div',
      { class: 'notice', role: 'alert', tabindex: '-1', id: 'notice' },
      h('h3', {}, n.title),
      n.lines.map((l) => h('p', {}, l)),
    );
  }

  returnedBox(t, c) {
    const step = lastInto(c, 'RETURNED');
    return h(
      'div',
      { class: 'notice returned', id: 'returned', tabindex: '-1' },
      h('h3', {}, t.returnedTitle),
      step ? h('p', { class: 'returned-reason' }, h('span', { class: 'label' }, `${CASE_TEXTS[this.lang].reason}: `), h('q', {}, step.reason || '')) : null,
      step ? h('p', { class: 'hint' }, t.returnedBy(step.actor, moment(step.at, this.lang))) : null,
      h('p', {}, t.returnedHint),
    );
  }

  summary(t, c) {
    const f = new Formats(this.lang);
    const facts = [
      [CASE_TEXTS[this.lang].state, h('strong', { class: 'state', dataset: { state: c.state } }, t.states[c.state] || c.state)],
      [t.dueOn, f.day(c.dueOn)],
      [t.firstSubmittedOn, c.firstSubmittedOn ? `${f.day(c.firstSubmittedOn)} · ${c.late ? t.late : t.onTime}` : t.notSent],
      [t.attached, this.fileLine(t, c.ownPlan)],
    ];
    return h(
      'section',
      { class: 'summary', 'aria-labelledby': 'summary-title' },
      h('h3', { id: 'summary-title' }, t.summaryTitle),
      h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    );
  }

  fileLine(t, file) {
    if (!file) return t.noFile;
    return h('span', { class: 'own-plan-name' }, t.fileLine(file.name, file.mediaType, t.bytes(file.size)));
  }

  readOnly(t, c) {
    const names = new Map(this.participants.map((p) => [p.id, p.name]));
    return h(
      'section',
      { class: 'registration-form', 'aria-labelledby': 'form-title' },
      h('h3', { id: 'form-title' }, t.formTitle),
      h('p', { class: 'hint' }, c.state === 'ACCEPTED' ? t.acceptedHint : t.readOnly),
      h('h4', {}, t.participants),
      h('ul', { class: 'participants' }, c.participantIds.map((id) => h('li', {}, names.has(id) ? `${names.get(id)} (${id})` : id))),
    );
  }

  form(t, c) {
    const stored = c ? c.participantIds : [];
    const chosen = this.chosen || stored;
    const boxes = this.participants.map((p, i) =>
      h(
        'div',
        { class: 'choice' },
        h('input', { type: 'checkbox', id: `participant-${i}`, name: 'participant', value: p.id, checked: chosen.includes(p.id) }),
        h('label', { for: `participant-${i}` }, `${p.name} (${p.id})`),
      ),
    );
    const fileHint = c && c.ownPlan ? `${t.attached}: ${c.ownPlan.name}. ${t.replaceHint}` : t.ownPlanHint;
    const mayAmend = !c || allows(c, 'amend');
    const maySubmit = !c || allows(c, 'submit');
    const form = h(
      'form',
      { class: 'registration', novalidate: true, onsubmit: (e) => e.preventDefault() },
      h(
        'fieldset',
        { id: 'participants', 'aria-describedby': 'participants-hint' },
        h('legend', {}, t.participants),
        h('p', { class: 'hint', id: 'participants-hint' }, this.participants.length ? t.participantsHint : t.noParticipants),
        boxes,
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'own-plan-file' }, t.ownPlan),
        h('p', { class: 'hint', id: 'own-plan-file-hint' }, fileHint),
        h('input', {
          type: 'file',
          id: 'own-plan-file',
          name: 'ownPlan',
          accept: `.pdf,.docx,application/pdf,${DOCX}`,
          'aria-describedby': 'own-plan-file-hint',
        }),
      ),
      h(
        'div',
        { class: 'buttons' },
        mayAmend ? h('button', { type: 'button', class: 'secondary', id: 'save', onclick: () => this.act('save') }, t.save) : null,
        maySubmit ? h('button', { type: 'button', id: 'submit', onclick: () => this.act('submit') }, t.submit) : null,
      ),
    );
    return h(
      'section',
      { class: 'registration-form', 'aria-labelledby': 'form-title' },
      h('h3', { id: 'form-title' }, t.formTitle),
      form,
    );
  }

  // ---- commands

  checkedIds() {
    return [...this.shadowRoot.querySelectorAll('input[name=participant]:checked')].map((i) => i.value);
  }

  /**
   * Saves what the form holds, then sends it when `kind` is 'submit': opens the registration when
   * there is none, replaces its participants when they changed, attaches the file chosen, sends.
   * Each step names the version the one before it answered.
   */
  async act(kind) {
    const t = this.t;
    const chosen = this.checkedIds();
    const input = this.shadowRoot.getElementById('own-plan-file');
    const file = input && input.files && input.files[0];
    this.chosen = chosen;
    this.notice = null;
    let sent = null; // the participant list of the last body sent, for the problems' indices
    try {
      if (!this.case) {
        sent = chosen;
        this.take(await this.api.call('POST', this.path, { json: { unitCode: this.unitAsked, participantIds: chosen } }));
      } else if (allows(this.case, 'amend') && !sameList(chosen, this.case.participantIds)) {
        sent = chosen;
        this.take(
          await this.api.call('PUT', `${this.path}/${encodeURIComponent(this.case.id)}`, {
            json: { participantIds: chosen },
            headers: { 'If-Match': ifMatchOf(this.case, this.etag) },
          }),
        );
      }
      if (file) {
        this.take(
          await this.api.call('PUT', `${this.path}/${encodeURIComponent(this.case.id)}/own-plan`, {
            params: { filename: file.name },
            body: file,
            headers: { 'Content-Type': mediaTypeOf(file), 'If-Match': ifMatchOf(this.case, this.etag) },
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
        this.announcement = t.submitted(this.case.late);
      } else {
        this.announcement = t.saved;
      }
      this.chosen = null;
      this.render();
      this.shadowRoot.getElementById('reg-title').focus();
    } catch (e) {
      if (e instanceof ApiProblem) {
        this.refused(e, sent);
      } else {
        // no answer at all (the network): said, and what the API holds read again
        this.notice = { title: t.failed, lines: [e.message] };
        await this.load(() => this.shadowRoot.getElementById('notice').focus());
      }
    }
  }

  take(answer) {
    this.case = answer.body;
    this.etag = answer.etag;
    this.loaded = true;
  }

  /** What the API refused, said as it said it. */
  async refused(e, sent) {
    const t = this.t;
    this.announcement = '';
    if (e.status === 412) {
      // someone else changed it: read it again and say so above what is shown now
      this.notice = { title: t.conflictTitle, lines: [e.detail || e.title, t.conflictReloaded] };
      await this.load(() => this.shadowRoot.getElementById('notice').focus());
      return;
    }
    if (e.status === 409) {
      const allowed = allowedByRefusal(e).map((a) => t.commands[a] || a);
      this.notice = {
        title: t.refusedTitle,
        lines: [e.detail || e.title, allowed.length ? t.allowedAre(allowed.join(', ')) : t.nothingAllowed],
      };
      await this.load(() => this.shadowRoot.getElementById('notice').focus());
      return;
    }
    this.render();
    const form = this.shadowRoot.querySelector('form.registration');
    if (!form) return;
    const inputs = {};
    const boxes = [...form.querySelectorAll('input[name=participant]')];
    const fileInput = this.shadowRoot.getElementById('own-plan-file');
    for (const err of e.errors) {
      const at = /^participantIds(?:\[(\d+)\])?/.exec(err.field);
      if (at) {
        const id = at[1] !== undefined && sent ? sent[Number(at[1])] : null;
        inputs[err.field] = boxes.find((b) => b.value === id) || boxes[0] || null;
      } else if (/^(ownPlan|file)\b/.test(err.field)) {
        inputs[err.field] = fileInput;
      }
    }
    showProblems(form, e, inputs, { summary: t.problems }, 'reg');
  }
}

/** Whether two lists of participants hold the same ones (the page lists them in its own order). */
function sameList(a, b) {
  const s = new Set(b);
  return a.length === b.length && a.every((x) => s.has(x));
}

/** The media type a PDF or Word file is sent with: the browser's, else by its name's ending. */
function mediaTypeOf(file) {
  if (file.type) return file.type;
  if (/\.pdf$/i.test(file.name)) return 'application/pdf';
  if (/\.docx$/i.test(file.name)) return DOCX;
  return 'application/octet-stream';
}

if (!customElements.get('emulation-registration')) customElements.define('emulation-registration', EmulationRegistration);
