// <emulation-registrations plan="…" state="…" unit="…" case="…" lang="vi|en">: the Home Affairs
// desk's queue of registrations (step 1 of the procedure; ADR 0036/0037). The queue, filtered by
// state and unit (GET registrations?state&unit, a page at a time), is the shared
// <emulation-case-queue>; the case chosen (its id in the address, `case`) is read with its ETag
// (GET registrations/{id}) and shown with its unit's participants, its own plan's file and its
// history (the shared <emulation-case-history>); Home Affairs (officer, admin) accepts it or
// returns it with a reason (POST …/accept|return, If-Match). Below, the units overdue at the end of
// a day (GET registrations/overdue?on). Refusals are shown as the unit's page shows them: a 400
// beside its field, a 409 with what is allowed, a 412 said and read again.

import { h } from './dom.js';
import { Formats } from './format.js';
import { session, SignedApi, ApiProblem } from './session.js';
import { language } from './texts.js';
import { CASE_TEXTS, REGISTRATION_TEXTS } from './texts-cases.js';
import { allows, allowedByRefusal, ifMatchOf } from './cases.js';
import { showProblems } from './problem-summary.js';
import './emulation-case-history.js';
import './emulation-case-queue.js';

const STYLES = [
  new URL('work-elements.css', import.meta.url).href,
  new URL('problem-summary.css', import.meta.url).href,
  new URL('cases.css', import.meta.url).href,
];
const STATES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'];

export class EmulationRegistrations extends HTMLElement {
  static get observedAttributes() {
    return ['plan', 'state', 'unit', 'case', 'lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.onSession = () => this.load();
    this.units = null;
    this.page = null;
    this.pageNo = 0;
    this.selected = null;
    this.participants = [];
    this.problem = null;
    this.notice = null;
    this.overdue = null;
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
      this.scheduleLoad();
    }
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

  get answers() {
    return session.has('officer', 'admin');
  }

  get cityWide() {
    return session.has('officer', 'council', 'chairman', 'admin');
  }

  unitName(code) {
    const u = (this.units || []).find((x) => x.code === code);
    return u ? `${u.name} (${code})` : code;
  }

  navigate(detail) {
    this.dispatchEvent(new CustomEvent('emulation-navigate', { detail, bubbles: true, composed: true }));
  }

  async load(then) {
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
    this.problem = null;
    try {
      this.page = await this.api.get(this.path, {
        state: this.getAttribute('state') || undefined,
        unit: this.getAttribute('unit') || undefined,
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
        const participants = await this.api.get(`plans/${encodeURIComponent(this.plan)}/participants`, {
          unit: read.body.unitCode,
          size: 500,
        });
        if (load !== this.loads) return;
        this.selected = { case: read.body, etag: read.etag };
        this.participants = participants.items || [];
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
    if (then) then();
  }

  // ---- rendering

  render() {
    const t = this.t;
    const content = [h('h2', { id: 'desk-title', tabindex: '-1' }, t.deskTitle)];
    this.announceEl = this.announceEl || h('p', { class: 'announce', role: 'status', id: 'announce' });
    if (this.announceEl.textContent !== this.announcement) this.announceEl.textContent = this.announcement;
    content.push(this.announceEl);
    if (this.notice) {
      content.push(
        h(
          'div',
          { class: 'notice', role: 'alert', tabindex: '-1', id: 'notice' },
          h('h3', {}, this.notice.title),
          this.notice.lines.map((l) => h('p', {}, l)),
        ),
      );
    }
    if (session.signedIn) {
      if (this.problem) {
        content.push(h('p', { class: 'problem', role: 'alert' }, this.problem.message));
      }
      content.push(this.queue(t));
      if (this.selected) content.push(this.detail(t));
      if (this.cityWide) content.push(this.overdueSection(t));
    }
    this.shadowRoot.replaceChildren(...STYLES.map((href) => h('link', { rel: 'stylesheet', href })), ...content);
    this.removeAttribute('aria-busy');
    this.dataset.state = !session.signedIn ? 'empty' : this.selected && this.selected.case ? 'case' : 'queue';
    this.dataset.version = this.selected && this.selected.case ? String(this.selected.case.version) : '';
  }

  queue(t) {
    const f = new Formats(this.lang);
    const queue = h('emulation-case-queue', { lang: this.lang, id: 'queue' });
    queue.labels = t;
    queue.caption = t.queueCaption(this.page ? this.page.total : 0);
    queue.rowLabel = (c) => t.caseWhat(c.unitCode);
    queue.selected = this.getAttribute('case');
    const units = (this.units || []).map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }));
    const unit = this.getAttribute('unit') || '';
    if (unit && !units.some((u) => u.value === unit)) units.push({ value: unit, label: unit });
    queue.filters = [
      { name: 'state', label: CASE_TEXTS[this.lang].state, value: this.getAttribute('state') || '', options: STATES.map((s) => ({ value: s, label: t.states[s] })) },
      { name: 'unit', label: t.unitColumn, value: unit, options: units },
    ];
    queue.columns = [
      { header: t.unitColumn, className: 'unit', cell: (c) => this.unitName(c.unitCode) },
      {
        header: t.dueColumn,
        className: 'due',
        cell: (c) => [f.day(c.dueOn), c.firstSubmittedOn ? [h('br'), `${t.submittedOn(f.day(c.firstSubmittedOn))}${c.late ? ` · ${t.late}` : ''}`] : null],
      },
    ];
    queue.page = this.page;
    queue.addEventListener('emulation-case-filter', (e) => {
      this.announcement = '';
      this.notice = null;
      this.navigate({ state: e.detail.state, unit: e.detail.unit, case: '' });
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
    const names = new Map(this.participants.map((p) => [p.id, p.name]));
    const history = h('emulation-case-history', { lang: this.lang, id: 'history', 'heading-level': '4' });
    history.labels = t;
    history.case = c;
    const facts = [
      [CASE_TEXTS[this.lang].state, h('strong', { class: 'state', dataset: { state: c.state } }, t.states[c.state] || c.state)],
      [t.dueOn, f.day(c.dueOn)],
      [t.firstSubmittedOn, c.firstSubmittedOn ? `${f.day(c.firstSubmittedOn)} · ${c.late ? t.late : t.onTime}` : t.notSent],
      [t.attached, c.ownPlan ? h('span', { class: 'own-plan-name' }, t.fileLine(c.ownPlan.name, c.ownPlan.mediaType, t.bytes(c.ownPlan.size))) : t.noFile],
      ['SHA-256', c.ownPlan ? h('code', { class: 'sha' }, c.ownPlan.sha256) : '—'],
      [t.participants, h('ul', { class: 'participants' }, c.participantIds.map((id) => h('li', {}, names.has(id) ? `${names.get(id)} (${id})` : id)))],
    ];
    return h(
      'section',
      { class: 'case', 'aria-labelledby': 'case-title', dataset: { id: c.id } },
      h('h3', { id: 'case-title', tabindex: '-1' }, t.caseTitle(this.unitName(c.unitCode))),
      h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      history,
      this.answers && (allows(c, 'accept') || allows(c, 'return')) ? this.answerForm(t, c) : null,
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
        allows(c, 'accept') ? h('button', { type: 'button', id: 'accept', onclick: () => this.answer('accept') }, t.accept) : null,
        allows(c, 'return') ? h('button', { type: 'button', class: 'secondary', id: 'return', onclick: () => this.answer('return') }, t.return) : null,
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
      this.announcement = command === 'accept' ? t.accepted(c.unitCode) : t.returned(c.unitCode);
      this.notice = null;
      this.focusNext = () => this.shadowRoot.getElementById('case-title')?.focus();
      await this.load();
    } catch (e) {
      this.announcement = '';
      if (!(e instanceof ApiProblem)) {
        this.notice = { title: t.failed, lines: [e.message] };
        this.focusNext = () => this.shadowRoot.getElementById('notice')?.focus();
        await this.load();
        return;
      }
      if (e.status === 412 || e.status === 409) {
        const allowed = allowedByRefusal(e).map((a) => t.commands[a] || a);
        this.notice =
          e.status === 412
            ? { title: t.conflictTitle, lines: [e.detail || e.title, t.conflictReloaded] }
            : { title: t.refusedTitle, lines: [e.detail || e.title, allowed.length ? t.allowedAre(allowed.join(', ')) : t.nothingAllowed] };
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

  overdueSection(t) {
    const f = new Formats(this.lang);
    const o = this.overdue;
    const input = h('input', { type: 'date', id: 'overdue-on', name: 'on', value: o && o.asked ? o.asked : '' });
    let result = null;
    if (o && o.list) {
      const list = o.list;
      result = list.units.length
        ? h(
            'div',
            { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'overdue-caption' },
            h(
              'table',
              { class: 'overdue' },
              h('caption', { id: 'overdue-caption' }, t.overdueCaption(f.day(list.on), f.day(list.dueOn))),
              h('thead', {}, h('tr', {}, [t.unitColumn, t.why_].map((x) => h('th', { scope: 'col' }, x)))),
              h(
                'tbody',
                {},
                list.units.map((u) =>
                  h('tr', { dataset: { unit: u.unitCode, why: u.why } }, h('th', { scope: 'row' }, this.unitName(u.unitCode)), h('td', {}, t.why[u.why] || u.why)),
                ),
              ),
            ),
          )
        : h('p', { class: 'ok', id: 'overdue-caption' }, t.overdueNone(f.day(list.on)));
    }
    const form = h(
      'form',
      { class: 'overdue', novalidate: true, onsubmit: (e) => this.showOverdue(e) },
      h('div', { class: 'field' }, h('label', { for: 'overdue-on' }, t.overdueOn), input),
      h('button', { type: 'submit', class: 'secondary', id: 'overdue-show' }, t.overdueShow),
    );
    return h('section', { class: 'overdue', 'aria-labelledby': 'overdue-title' }, h('h3', { id: 'overdue-title', tabindex: '-1' }, t.overdueTitle), form, h('div', { class: 'overdue-result', 'aria-live': 'polite' }, result));
  }

  async showOverdue(event) {
    event.preventDefault();
    const t = this.t;
    const asked = this.shadowRoot.getElementById('overdue-on').value;
    try {
      const list = await this.api.get(`${this.path}/overdue`, { on: asked || undefined });
      this.overdue = { asked, list };
      this.render();
    } catch (e) {
      if (!(e instanceof ApiProblem)) throw e;
      this.overdue = { asked };
      this.render();
      const form = this.shadowRoot.querySelector('form.overdue');
      showProblems(form, e, { on: this.shadowRoot.getElementById('overdue-on') }, { summary: t.problems }, 'overdue');
    }
  }
}

if (!customElements.get('emulation-registrations')) customElements.define('emulation-registrations', EmulationRegistrations);
