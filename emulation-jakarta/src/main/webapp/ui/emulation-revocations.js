// <emulation-revocations plan="…" state="…" case="…" lang="vi|en">: the revocation of an award
// (Law chapter VII, step 8 of the procedure). Home Affairs (officer, admin) proposes to revoke one
// awardee's award of a signed decision on one of the grounds of art. 93.2 — the grounds as the API
// lists them (GET revocations/grounds), never written here — with the facts (POST revocations); the
// office that decided (chairman, admin) annuls it on a day (POST …/annul: the awardee's history
// marks it revoked) or dismisses it with a reason (POST …/dismiss); Home Affairs records what was
// recovered, the artefact and the money (POST …/recovery). Every command names the version read
// (If-Match). The queue (GET revocations?state) is the shared <emulation-case-queue>; a unit's staff
// see their own awardees' only, as the API answers.

import { h } from './dom.js';
import { Formats } from './format.js';
import { session, SignedApi } from './session.js';
import { language } from './texts.js';
import { CASE_TEXTS } from './texts-cases.js';
import { REVOCATION_TEXTS } from './texts-decisions.js';
import { allows, ifMatchOf } from './cases.js';
import { showProblems } from './problem-summary.js';
import { noticeBox, refusalNotice } from './step-pages.js';
import './emulation-case-history.js';
import './emulation-case-queue.js';

const STYLES = [
  new URL('work-elements.css', import.meta.url).href,
  new URL('problem-summary.css', import.meta.url).href,
  new URL('cases.css', import.meta.url).href,
  new URL('awards.css', import.meta.url).href,
];
const STATES = ['PROPOSED', 'ANNULLED', 'RECOVERED', 'DISMISSED'];
const OFFICES = ['COMMUNE_CHAIRMAN', 'PROVINCE_CHAIRMAN', 'DEPARTMENT_HEAD', 'DISTRICT_CHAIRMAN', 'ENTERPRISE_HEAD', 'PRIME_MINISTER', 'PRESIDENT'];

/** Today in Vietnam, as the API's dates are written. */
function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

export class EmulationRevocations extends HTMLElement {
  static get observedAttributes() {
    return ['plan', 'state', 'case', 'lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.onSession = () => this.load();
    this.page = null;
    this.pageNo = 0;
    this.grounds = null;
    this.awards = null;
    this.names = {};
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
    return REVOCATION_TEXTS[this.lang];
  }

  get plan() {
    return this.getAttribute('plan') || 'rach-gia-2022-2025';
  }

  get api() {
    return new SignedApi(this.getAttribute('api') || undefined, this.lang);
  }

  get path() {
    return `plans/${encodeURIComponent(this.plan)}/revocations`;
  }

  /** Home Affairs proposes and records the recovery; the office that decided annuls or dismisses. */
  get manages() {
    return session.has('officer', 'admin');
  }

  get decides() {
    return session.has('chairman', 'admin');
  }

  word(kind, code) {
    const words = this.t[kind];
    return (words && words[code]) || code;
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
    this.problem = null;
    try {
      this.page = await this.api.get(this.path, { state: this.getAttribute('state') || undefined, page: this.pageNo, size: 20 });
    } catch (e) {
      if (load !== this.loads) return;
      this.page = null;
      this.problem = e;
    }
    if (this.grounds === null) {
      try {
        this.grounds = await this.api.get(`${this.path}/grounds`);
      } catch (e) {
        this.grounds = [];
      }
    }
    if (this.manages) this.awards = await this.signedAwards();
    await this.readNames([...((this.page && this.page.items) || []).map((r) => r.awardee), ...(this.awards || []).map((a) => a.awardee)]);
    const id = this.getAttribute('case');
    if (id) {
      try {
        const read = await this.api.call('GET', `${this.path}/${encodeURIComponent(id)}`);
        await this.readNames([read.body.awardee]);
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

  /** Every awardee of the plan's signed decisions: what a revocation may be proposed on. */
  async signedAwards() {
    try {
      const page = await this.api.get(`plans/${encodeURIComponent(this.plan)}/submissions`, { size: 100 });
      return (page.items || []).flatMap((s) => s.decisions.flatMap((d) => d.awardees.map((awardee) => ({ submissionId: s.id, decision: d, awardee }))));
    } catch (e) {
      return [];
    }
  }

  /** The participants' names, as the API keeps them; one the caller may not read keeps its id. */
  async readNames(nominees) {
    const plan = encodeURIComponent(this.plan);
    const wanted = [...new Set(nominees.filter(Boolean).map((n) => n.participantId))].filter((id) => !(id in this.names));
    await Promise.all(
      wanted.map(async (id) => {
        const p = await this.api.get(`plans/${plan}/participants/${encodeURIComponent(id)}`).catch(() => null);
        this.names[id] = p ? p.name : id;
      }),
    );
  }

  nameOf(n) {
    return (n && this.names[n.participantId]) || (n && n.participantId) || '';
  }

  groundOf(code) {
    const g = (this.grounds || []).find((x) => x.ground === code);
    return g ? this.t.groundLine(g.point, g.label[this.lang] || g.label.vi) : code;
  }

  // ---- rendering

  render() {
    const t = this.t;
    const content = [h('h2', { id: 'desk-title', tabindex: '-1' }, t.deskTitle), h('p', { class: 'hint' }, t.deskHint)];
    this.announceEl = this.announceEl || h('p', { class: 'announce', role: 'status', id: 'announce' });
    if (this.announceEl.textContent !== this.announcement) this.announceEl.textContent = this.announcement;
    content.push(this.announceEl);
    if (this.notice) content.push(noticeBox(this.notice));
    if (session.signedIn) {
      if (this.problem) content.push(h('p', { class: 'problem', role: 'alert' }, this.problem.message));
      content.push(this.queue(t));
      if (this.selected) content.push(this.detail(t));
      else if (this.manages && this.awards) content.push(this.proposeForm(t));
    }
    this.shadowRoot.replaceChildren(...STYLES.map((href) => h('link', { rel: 'stylesheet', href })), ...content);
    this.removeAttribute('aria-busy');
    this.dataset.state = !session.signedIn ? 'empty' : this.selected && this.selected.case ? this.selected.case.state : 'queue';
    this.dataset.version = this.selected && this.selected.case ? String(this.selected.case.version) : '';
  }

  queue(t) {
    const queue = h('emulation-case-queue', { lang: this.lang, id: 'queue' });
    queue.labels = t;
    queue.caption = t.queueCaption(this.page ? this.page.total : 0);
    queue.rowLabel = (r) => t.caseWhat(this.nameOf(r.awardee));
    queue.selected = this.getAttribute('case');
    queue.filters = [{ name: 'state', label: CASE_TEXTS[this.lang].state, value: this.getAttribute('state') || '', options: STATES.map((s) => ({ value: s, label: t.states[s] })) }];
    queue.columns = [
      { header: t.awardeeColumn, className: 'awardee', cell: (r) => this.nameOf(r.awardee) },
      { header: t.decisionColumn, className: 'decision', cell: (r) => `${this.word('lawForms', r.decision.form)} · ${r.decision.number}` },
      { header: t.groundColumn, className: 'ground', cell: (r) => this.groundOf(r.ground) },
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

  field(id, label, input, hint) {
    return h('div', { class: 'field' }, h('label', { for: id }, label), hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null, input);
  }

  proposeForm(t) {
    const awards = this.awards || [];
    return h(
      'section',
      { class: 'summary propose', 'aria-labelledby': 'propose-title' },
      h('h3', { id: 'propose-title', tabindex: '-1' }, t.proposeTitle),
      h('p', { class: 'hint' }, t.proposeHint),
      awards.length
        ? h(
            'form',
            { class: 'propose', novalidate: true, onsubmit: (e) => this.propose(e) },
            this.field(
              'award',
              t.award,
              h(
                'select',
                { id: 'award', name: 'award' },
                awards.map((a, i) => h('option', { value: String(i) }, t.awardLine(this.nameOf(a.awardee), this.word('lawForms', a.decision.form), a.decision.number))),
              ),
            ),
            this.field(
              'ground',
              t.ground,
              h('select', { id: 'ground', name: 'ground' }, h('option', { value: '' }, '—'), (this.grounds || []).map((g) => h('option', { value: g.ground }, t.groundLine(g.point, g.label[this.lang] || g.label.vi)))),
            ),
            this.field('reason', t.reason, h('textarea', { id: 'reason', name: 'reason', rows: '3' })),
            h('div', { class: 'buttons' }, h('button', { type: 'submit', id: 'propose' }, t.propose)),
          )
        : h('p', { class: 'hint no-award' }, t.noAward),
    );
  }

  async propose(event) {
    event.preventDefault();
    const form = event.target;
    const a = this.awards[Number(form.elements.award.value)];
    const json = { submissionId: a.submissionId, form: a.decision.form, nominationId: a.awardee.nominationId };
    if (form.elements.ground.value !== '') json.ground = form.elements.ground.value;
    if (form.elements.reason.value.trim() !== '') json.reason = form.elements.reason.value;
    const award = form.elements.award;
    try {
      const answer = await this.api.call('POST', this.path, { json });
      this.announcement = this.t.proposed;
      this.notice = null;
      this.focusNext = () => this.shadowRoot.getElementById('case-title')?.focus();
      this.navigate({ case: answer.body.id, state: '' });
    } catch (e) {
      await this.refused(e, form, { submissionId: award, form: award, nominationId: award, ground: form.elements.ground, reason: form.elements.reason }, 'propose');
    }
  }

  detail(t) {
    const s = this.selected;
    if (s.problem) {
      return h('section', { class: 'case' }, h('p', { class: 'problem', role: 'alert', id: 'case-title', tabindex: '-1' }, s.problem.message));
    }
    const c = s.case;
    const f = new Formats(this.lang);
    const d = c.decision;
    const who = this.nameOf(c.awardee);
    const history = h('emulation-case-history', { lang: this.lang, id: 'history', 'heading-level': '4' });
    history.labels = t;
    history.case = c;
    const r = c.recovery;
    return h(
      'section',
      { class: 'case revocation', 'aria-labelledby': 'case-title', dataset: { id: c.id } },
      h('h3', { id: 'case-title', tabindex: '-1' }, t.caseTitle(who, d.number)),
      h(
        'dl',
        { class: 'facts' },
        [
          [CASE_TEXTS[this.lang].state, h('strong', { class: 'state', dataset: { state: c.state } }, t.states[c.state] || c.state)],
          [t.decisionFact, t.decisionLine(d.number, f.day(d.decidedOn), d.signer)],
          [t.formFact, this.word('lawForms', d.form)],
          [t.officeFact, this.word('offices', d.office)],
          [t.groundFact, h('span', { class: 'ground', dataset: { ground: c.ground } }, this.groundOf(c.ground))],
          [t.reasonFact, h('q', { class: 'reason' }, c.reason)],
          c.annulledOn ? [t.annulledOnFact, h('span', { class: 'annulled-on' }, f.day(c.annulledOn))] : null,
          r ? [t.recoveryFact, h('span', { class: 'recovery' }, t.recoveryLine(f.day(r.recordedOn), r.artefactRecovered, new Intl.NumberFormat(this.lang === 'en' ? 'en-GB' : 'vi-VN').format(r.moneyRecovered)), r.note ? [' — ', r.note] : null)] : null,
        ]
          .filter(Boolean)
          .map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
      ),
      h('p', {}, h('a', { href: this.historyHref(c.awardee.participantId), class: 'awardee-history', onclick: (e) => this.openHistory(e, c.awardee.participantId) }, t.historyLink(who))),
      this.decides && allows(c, 'annul') ? this.annulForm(t, c) : null,
      this.decides && allows(c, 'dismiss') ? this.dismissForm(t) : null,
      this.manages && allows(c, 'recordRecovery') ? this.recoveryForm(t) : null,
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

  historyHref(participant) {
    const q = new URLSearchParams({ view: 'history', participant });
    if (this.plan !== 'rach-gia-2022-2025') q.set('plan', this.plan);
    if (this.lang === 'en') q.set('lang', 'en');
    return `?${q}`;
  }

  openHistory(e, participant) {
    if (e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    this.navigate({ view: 'history', participant, case: '', state: '' });
  }

  annulForm(t, c) {
    return h(
      'form',
      { class: 'annul', novalidate: true, 'aria-labelledby': 'annul-title', onsubmit: (e) => this.annul(e) },
      h('h4', { id: 'annul-title' }, t.annulTitle),
      this.field(
        'annul-office',
        t.office,
        h('select', { id: 'annul-office', name: 'office', 'aria-describedby': 'annul-office-hint' }, OFFICES.map((o) => h('option', { value: o, selected: o === c.decision.office }, this.word('offices', o)))),
        t.officeHint,
      ),
      this.field('annulledOn', t.annulledOn, h('input', { type: 'date', id: 'annulledOn', name: 'annulledOn', value: today() })),
      h('div', { class: 'buttons' }, h('button', { type: 'submit', id: 'annul' }, t.annul)),
    );
  }

  async annul(event) {
    event.preventDefault();
    const form = event.target;
    const json = { office: form.elements.office.value };
    if (form.elements.annulledOn.value !== '') json.annulledOn = form.elements.annulledOn.value;
    await this.command('annul', json, form, { office: form.elements.office, annulledOn: form.elements.annulledOn }, this.t.annulled);
  }

  dismissForm(t) {
    return h(
      'form',
      { class: 'dismiss', novalidate: true, 'aria-labelledby': 'dismiss-title', onsubmit: (e) => this.dismiss(e) },
      h('h4', { id: 'dismiss-title' }, t.dismissTitle),
      this.field('dismiss-reason', t.dismissReason, h('textarea', { id: 'dismiss-reason', name: 'reason', rows: '3' })),
      h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'secondary', id: 'dismiss' }, t.dismiss)),
    );
  }

  async dismiss(event) {
    event.preventDefault();
    const form = event.target;
    const reason = form.elements.reason.value;
    await this.command('dismiss', reason.trim() === '' ? {} : { reason }, form, { reason: form.elements.reason }, this.t.dismissed);
  }

  recoveryForm(t) {
    return h(
      'form',
      { class: 'recovery', novalidate: true, 'aria-labelledby': 'recovery-title', onsubmit: (e) => this.recover(e) },
      h('h4', { id: 'recovery-title' }, t.recoveryTitle),
      this.field('recordedOn', t.recordedOn, h('input', { type: 'date', id: 'recordedOn', name: 'recordedOn', value: today() })),
      h('div', { class: 'choice field' }, h('input', { type: 'checkbox', id: 'artefactRecovered', name: 'artefactRecovered' }), h('label', { for: 'artefactRecovered' }, t.artefact)),
      this.field('moneyRecovered', t.money, h('input', { type: 'number', id: 'moneyRecovered', name: 'moneyRecovered', min: '0', step: '1', inputmode: 'numeric' })),
      this.field('recovery-note', t.note, h('textarea', { id: 'recovery-note', name: 'note', rows: '2' })),
      h('div', { class: 'buttons' }, h('button', { type: 'submit', id: 'recovery' }, t.record)),
    );
  }

  async recover(event) {
    event.preventDefault();
    const form = event.target;
    const json = { artefactRecovered: form.elements.artefactRecovered.checked };
    if (form.elements.recordedOn.value !== '') json.recordedOn = form.elements.recordedOn.value;
    const money = form.elements.moneyRecovered.value.trim();
    // a number the reader typed goes as typed: the API says what is wrong with it
    if (money !== '') json.moneyRecovered = /^-?\d+$/.test(money) ? Number(money) : money;
    if (form.elements.note.value.trim() !== '') json.note = form.elements.note.value;
    const inputs = { recordedOn: form.elements.recordedOn, artefactRecovered: form.elements.artefactRecovered, moneyRecovered: form.elements.moneyRecovered, note: form.elements.note };
    await this.command('recovery', json, form, inputs, this.t.recorded);
  }

  async command(path, json, form, inputs, done) {
    const { case: c, etag } = this.selected;
    try {
      await this.api.call('POST', `${this.path}/${encodeURIComponent(c.id)}/${path}`, { json, headers: { 'If-Match': ifMatchOf(c, etag) } });
      this.announcement = done;
      this.notice = null;
      this.focusNext = () => this.shadowRoot.getElementById('case-title')?.focus();
      await this.load();
    } catch (e) {
      await this.refused(e, form, inputs, path);
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
}

if (!customElements.get('emulation-revocations')) customElements.define('emulation-revocations', EmulationRevocations);
