// <emulation-submissions plan="…" state="…" case="…" lang="vi|en">: the submission desk (tờ trình,
// step 7 of the procedure). Home Affairs (officer, admin) draws up a submission from a closed
// council meeting's approved nominees to an office on a day (POST submissions); the API groups
// them by award form and says, for each, whether the office may decide it on that day or which
// offices may (a proposal to the level above): the page shows that answer and never works it out.
// The queue of submissions (GET submissions?state) is the shared <emulation-case-queue>; the case
// chosen is read with its ETag and shown with its groups, each nominee's appraisal and stored
// verdict (GET nominations/{id}), its proposals upward, its decisions with a link to each awardee's
// history, and its own history.
//
// <emulation-decisions>: the Chairman's page, the same element shown for the submissions that
// await a decision (state SUBMITTED unless another is asked). The Chairman (chairman, admin)
// decides each form within the authority — number, day, signer, type and the awardees, as the API
// takes them (POST …/decisions, If-Match) — or returns the submission with a reason (POST
// …/return); the officer or the Chairman closes it once every such form is decided (POST …/close).

import { h } from './dom.js';
import { Formats } from './format.js';
import { session, SignedApi } from './session.js';
import { language } from './texts.js';
import { CASE_TEXTS } from './texts-cases.js';
import { SUBMISSION_TEXTS } from './texts-decisions.js';
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
const STATES = ['SUBMITTED', 'CLOSED', 'RETURNED'];
// the offices a submission goes to, the city's own first (the API's Office codes)
const OFFICES = ['COMMUNE_CHAIRMAN', 'PROVINCE_CHAIRMAN', 'DEPARTMENT_HEAD', 'DISTRICT_CHAIRMAN', 'ENTERPRISE_HEAD', 'PRIME_MINISTER', 'PRESIDENT'];
const TYPES = ['MOVEMENT', 'MERIT', 'SUDDEN', 'THEMATIC', 'SERVICE', 'SENIORITY', 'FOREIGN'];

/** Today in Vietnam, as the API's dates are written. */
function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

export class EmulationSubmissions extends HTMLElement {
  static get observedAttributes() {
    return ['plan', 'state', 'case', 'lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.onSession = () => this.load();
    this.page = null;
    this.pageNo = 0;
    this.meetings = null;
    this.selected = null;
    this.problem = null;
    this.notice = null;
    this.announcement = '';
    this.focusNext = null;
    this.loads = 0;
  }

  /** The Chairman's page shows the submissions awaiting a decision unless another state is asked. */
  get chairmansPage() {
    return false;
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
    return SUBMISSION_TEXTS[this.lang];
  }

  get plan() {
    return this.getAttribute('plan') || 'rach-gia-2022-2025';
  }

  get api() {
    return new SignedApi(this.getAttribute('api') || undefined, this.lang);
  }

  get path() {
    return `plans/${encodeURIComponent(this.plan)}/submissions`;
  }

  get state() {
    return this.getAttribute('state') || (this.chairmansPage ? 'SUBMITTED' : '');
  }

  /** Home Affairs draws up submissions; the Chairman decides and returns them (the API checks). */
  get prepares() {
    return session.has('officer', 'admin');
  }

  get decides() {
    return session.has('chairman', 'admin');
  }

  get closes() {
    return session.has('officer', 'chairman', 'admin');
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
      this.page = await this.api.get(this.path, { state: this.state || undefined, page: this.pageNo, size: 20 });
    } catch (e) {
      if (load !== this.loads) return;
      this.page = null;
      this.problem = e;
    }
    if (this.prepares && !this.chairmansPage) {
      try {
        this.meetings = (await this.api.get(`plans/${encodeURIComponent(this.plan)}/council-meetings`, { state: 'CLOSED', size: 100 })).items || [];
      } catch (e) {
        this.meetings = [];
      }
    }
    const id = this.getAttribute('case');
    if (id) {
      try {
        const read = await this.api.call('GET', `${this.path}/${encodeURIComponent(id)}`);
        const about = await this.nominees(read.body);
        if (load !== this.loads) return;
        this.selected = { case: read.body, etag: read.etag, about };
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

  /**
   * What the page shows of each nominee beyond the submission: the participant's name and the
   * verdict stored with the nomination, as the API keeps them; a read refused leaves the ids.
   */
  async nominees(c) {
    const plan = encodeURIComponent(this.plan);
    const all = [...(c.groups || []).flatMap((g) => g.nominees), ...(c.decisions || []).flatMap((d) => d.awardees)];
    const unique = [...new Map(all.map((n) => [n.nominationId, n])).values()];
    const about = {};
    await Promise.all(
      unique.map(async (n) => {
        const [participant, nomination] = await Promise.all([
          this.api.get(`plans/${plan}/participants/${encodeURIComponent(n.participantId)}`).catch(() => null),
          this.api.get(`plans/${plan}/nominations/${encodeURIComponent(n.nominationId)}`).catch(() => null),
        ]);
        about[n.nominationId] = {
          name: participant ? participant.name : n.participantId,
          verdict: nomination && nomination.verdict ? nomination.verdict.outcome : null,
        };
      }),
    );
    return about;
  }

  nameOf(n) {
    const a = this.selected && this.selected.about && this.selected.about[n.nominationId];
    return a ? a.name : n.participantId;
  }

  // ---- rendering

  render() {
    const t = this.t;
    const title = this.chairmansPage ? t.chairmanTitle : t.deskTitle;
    const content = [h('h2', { id: 'desk-title', tabindex: '-1' }, title)];
    if (this.chairmansPage) content.push(h('p', { class: 'hint' }, t.chairmanHint));
    this.announceEl = this.announceEl || h('p', { class: 'announce', role: 'status', id: 'announce' });
    if (this.announceEl.textContent !== this.announcement) this.announceEl.textContent = this.announcement;
    content.push(this.announceEl);
    if (this.notice) content.push(noticeBox(this.notice));
    if (session.signedIn) {
      if (this.problem) content.push(h('p', { class: 'problem', role: 'alert' }, this.problem.message));
      content.push(this.queue(t));
      if (this.selected) content.push(this.detail(t));
      else if (this.prepares && !this.chairmansPage && this.meetings) content.push(this.prepareForm(t));
    }
    this.shadowRoot.replaceChildren(...STYLES.map((href) => h('link', { rel: 'stylesheet', href })), ...content);
    this.removeAttribute('aria-busy');
    this.dataset.state = !session.signedIn ? 'empty' : this.selected && this.selected.case ? this.selected.case.state : 'queue';
    this.dataset.version = this.selected && this.selected.case ? String(this.selected.case.version) : '';
  }

  queue(t) {
    const f = new Formats(this.lang);
    const queue = h('emulation-case-queue', { lang: this.lang, id: 'queue' });
    queue.labels = t;
    queue.caption = t.queueCaption(this.page ? this.page.total : 0);
    queue.rowLabel = (c) => t.caseWhat(f.day(c.submittedOn));
    queue.selected = this.getAttribute('case');
    queue.filters = [{ name: 'state', label: CASE_TEXTS[this.lang].state, value: this.state, options: STATES.map((s) => ({ value: s, label: t.states[s] })) }];
    queue.columns = [
      { header: t.dayColumn, className: 'day', cell: (c) => f.day(c.submittedOn) },
      { header: t.officeColumn, className: 'office', cell: (c) => this.word('offices', c.office) },
      { header: t.formsColumn, className: 'forms', cell: (c) => c.groups.map((g) => `${this.word('lawForms', g.form)} (${g.nominees.length})`).join(', ') },
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

  prepareForm(t) {
    const f = new Formats(this.lang);
    const meetings = this.meetings || [];
    return h(
      'section',
      { class: 'summary prepare', 'aria-labelledby': 'prepare-title' },
      h('h3', { id: 'prepare-title', tabindex: '-1' }, t.prepareTitle),
      h('p', { class: 'hint' }, t.prepareHint),
      meetings.length
        ? h(
            'form',
            { class: 'prepare', novalidate: true, onsubmit: (e) => this.prepare(e) },
            this.field(
              'meetingId',
              t.meeting,
              h(
                'select',
                { id: 'meetingId', name: 'meetingId' },
                meetings.map((m) => h('option', { value: m.id }, t.meetingLine(f.day(m.day), m.place, m.minutes ? m.minutes.approved.length : 0))),
              ),
            ),
            this.field('office', t.office, h('select', { id: 'office', name: 'office' }, OFFICES.map((o) => h('option', { value: o }, this.word('offices', o))))),
            this.field('submittedOn', t.submittedOn, h('input', { type: 'date', id: 'submittedOn', name: 'submittedOn', value: today() })),
            h('div', { class: 'buttons' }, h('button', { type: 'submit', id: 'prepare' }, t.prepare)),
          )
        : h('p', { class: 'hint no-meeting' }, t.noMeeting),
    );
  }

  async prepare(event) {
    event.preventDefault();
    const t = this.t;
    const form = event.target;
    const json = {};
    for (const k of ['meetingId', 'office', 'submittedOn']) if (form.elements[k].value !== '') json[k] = form.elements[k].value;
    try {
      const answer = await this.api.call('POST', this.path, { json });
      this.announcement = t.prepared(new Formats(this.lang).day(answer.body.submittedOn));
      this.notice = null;
      this.focusNext = () => this.shadowRoot.getElementById('case-title')?.focus();
      this.navigate({ case: answer.body.id, state: '' });
    } catch (e) {
      await this.refused(e, form, { meetingId: form.elements.meetingId, office: form.elements.office, submittedOn: form.elements.submittedOn }, 'prepare');
    }
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
    return h(
      'section',
      { class: 'case submission', 'aria-labelledby': 'case-title', dataset: { id: c.id } },
      h('h3', { id: 'case-title', tabindex: '-1' }, t.caseTitle(f.day(c.submittedOn), this.word('offices', c.office))),
      h(
        'dl',
        { class: 'facts' },
        [
          [CASE_TEXTS[this.lang].state, h('strong', { class: 'state', dataset: { state: c.state } }, t.states[c.state] || c.state)],
          [t.office, this.word('offices', c.office)],
          [t.submittedOn, f.day(c.submittedOn)],
          [t.occasion, c.occasionCode],
          [t.meetingFact, c.meetingId],
        ].map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
      ),
      this.groupsSection(t, c),
      this.decisionsSection(t, c, f),
      c.proposals.length ? this.proposalsSection(t, c, f) : null,
      this.decides && allows(c, 'return') && !c.decisions.length ? this.returnForm(t) : null,
      this.closes && allows(c, 'close') ? this.closeForm(t) : null,
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

  nomineeTable(t, nominees, caption, id) {
    return h(
      'div',
      { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': `${id}-cap` },
      h(
        'table',
        { class: 'nominees' },
        h('caption', { id: `${id}-cap` }, caption),
        h('thead', {}, h('tr', {}, [t.participant, t.kind, t.unitColumn, t.year, t.appraisal, t.verdict].map((x) => h('th', { scope: 'col' }, x)))),
        h(
          'tbody',
          {},
          nominees.map((n) => {
            const a = (this.selected.about || {})[n.nominationId] || {};
            return h(
              'tr',
              { dataset: { nomination: n.nominationId, participant: n.participantId } },
              h('th', { scope: 'row', class: 'participant' }, this.nameOf(n), h('br'), h('span', { class: 'hint' }, n.participantId)),
              h('td', { class: 'kind' }, this.word('kinds', n.kind)),
              h('td', { class: 'unit' }, n.unitCode),
              h('td', { class: 'year' }, String(n.year)),
              h('td', { class: 'appraisal', dataset: { appraisal: n.appraisal } }, this.word('appraisals', n.appraisal)),
              h('td', { class: 'verdict' }, a.verdict ? this.word('outcomes', a.verdict) : t.noVerdict),
            );
          }),
        ),
      ),
    );
  }

  groupsSection(t, c) {
    return h(
      'section',
      { class: 'summary groups', 'aria-labelledby': 'groups-title' },
      h('h4', { id: 'groups-title' }, t.groupsTitle),
      c.groups.map((g, i) => {
        const form = this.word('lawForms', g.form);
        const decided = c.decisions.some((d) => d.form === g.form);
        return h(
          'section',
          { class: 'group', dataset: { form: g.form, within: String(g.withinAuthority) }, 'aria-labelledby': `group-${i}` },
          h('h5', { id: `group-${i}` }, t.groupTitle(form, g.nominees.length)),
          h(
            'p',
            { class: g.withinAuthority ? 'authority within' : 'authority above' },
            g.withinAuthority
              ? t.within(this.word('offices', c.office))
              : g.deciders.length
                ? t.above(g.deciders.map((o) => this.word('offices', o)).join(', '))
                : t.nobodyDecides,
          ),
          this.nomineeTable(t, g.nominees, t.nomineesOf(form), `group-${i}-t`),
          this.decides && g.withinAuthority && !decided && allows(c, 'decide') ? this.decideForm(t, g, i) : null,
        );
      }),
    );
  }

  decideForm(t, g, i) {
    const id = (name) => `decide-${i}-${name}`;
    const form = this.word('lawForms', g.form);
    return h(
      'form',
      { class: 'decide', novalidate: true, dataset: { form: g.form }, 'aria-labelledby': id('title'), onsubmit: (e) => this.decide(e, g, i) },
      h('p', { id: id('title'), class: 'form-title' }, t.decideTitle(form)),
      this.field(id('number'), t.number, h('input', { type: 'text', id: id('number'), name: 'number', 'aria-describedby': `${id('number')}-hint` }), t.numberHint),
      this.field(id('decidedOn'), t.decidedOn, h('input', { type: 'date', id: id('decidedOn'), name: 'decidedOn', value: today() })),
      this.field(id('signer'), t.signer, h('input', { type: 'text', id: id('signer'), name: 'signer', autocomplete: 'name' })),
      this.field(id('type'), t.type, h('select', { id: id('type'), name: 'type' }, TYPES.map((x) => h('option', { value: x }, this.word('types', x))))),
      h(
        'fieldset',
        { id: id('awardees') },
        h('legend', {}, t.awardeesLegend),
        g.nominees.map((n, k) =>
          h(
            'div',
            { class: 'choice' },
            h('input', { type: 'checkbox', id: id(`a${k}`), name: 'awardee', value: n.nominationId, checked: true }),
            h('label', { for: id(`a${k}`) }, `${this.nameOf(n)} (${n.participantId})`),
          ),
        ),
      ),
      h('div', { class: 'buttons' }, h('button', { type: 'submit', id: id('submit'), class: 'decide-submit' }, t.decide)),
    );
  }

  async decide(event, g, i) {
    event.preventDefault();
    const t = this.t;
    const form = event.target;
    const { case: c, etag } = this.selected;
    const json = { form: g.form, awardees: [...form.querySelectorAll('input[name=awardee]:checked')].map((x) => x.value) };
    for (const k of ['number', 'decidedOn', 'signer', 'type']) if (form.elements[k].value.trim() !== '') json[k] = form.elements[k].value;
    const inputs = { number: form.elements.number, decidedOn: form.elements.decidedOn, signer: form.elements.signer, type: form.elements.type };
    const first = form.querySelector('input[name=awardee]');
    if (first) inputs.awardees = first;
    g.nominees.forEach((n, k) => {
      inputs[`awardees[${k}]`] = form.querySelectorAll('input[name=awardee]')[k];
    });
    try {
      await this.api.call('POST', `${this.path}/${encodeURIComponent(c.id)}/decisions`, { json, headers: { 'If-Match': ifMatchOf(c, etag) } });
      this.announcement = t.decided(json.number);
      this.notice = null;
      this.focusNext = () => this.shadowRoot.getElementById('decisions-title')?.focus();
      await this.load();
    } catch (e) {
      await this.refused(e, form, inputs, `decide-${i}`);
    }
  }

  decisionsSection(t, c, f) {
    return h(
      'section',
      { class: 'summary decisions', 'aria-labelledby': 'decisions-title' },
      h('h4', { id: 'decisions-title', tabindex: '-1' }, t.decisionsTitle),
      c.decisions.length
        ? h(
            'ul',
            { class: 'decisions' },
            c.decisions.map((d) =>
              h(
                'li',
                { class: 'decision', dataset: { form: d.form, number: d.number } },
                h('p', { class: 'decision-line' }, h('strong', {}, this.word('lawForms', d.form)), ': ', t.decisionLine(d.number, f.day(d.decidedOn), d.signer)),
                h('p', { class: 'hint' }, t.decidedBy(this.word('offices', d.office), d.authority), ' · ', this.word('types', d.type)),
                h('p', { class: 'label' }, `${t.awardees}:`),
                h(
                  'ul',
                  { class: 'awardees' },
                  d.awardees.map((n) =>
                    h(
                      'li',
                      { dataset: { participant: n.participantId } },
                      h('a', { href: this.historyHref(n.participantId), class: 'awardee-history', onclick: (e) => this.openHistory(e, n.participantId) }, t.historyOf(this.nameOf(n))),
                    ),
                  ),
                ),
              ),
            ),
          )
        : h('p', { class: 'hint no-decision' }, t.noDecision),
    );
  }

  /** The workspace's address of a participant's history (its `history` view). */
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

  proposalsSection(t, c, f) {
    return h(
      'section',
      { class: 'summary proposals', 'aria-labelledby': 'proposals-title' },
      h('h4', { id: 'proposals-title' }, t.proposalsTitle),
      h(
        'ul',
        { class: 'proposals' },
        c.proposals.map((p) =>
          h('li', { dataset: { form: p.form } }, t.proposalLine(this.word('lawForms', p.form), p.to.map((o) => this.word('offices', o)).join(', '), f.day(p.on), p.nominees.length)),
        ),
      ),
    );
  }

  returnForm(t) {
    return h(
      'form',
      { class: 'return', novalidate: true, 'aria-labelledby': 'return-title', onsubmit: (e) => this.returnIt(e) },
      h('h4', { id: 'return-title' }, t.returnTitle),
      this.field('return-reason', t.reason, h('textarea', { id: 'return-reason', name: 'reason', rows: '3' })),
      h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'secondary', id: 'return' }, t.returnIt)),
    );
  }

  async returnIt(event) {
    event.preventDefault();
    const form = event.target;
    const reason = form.elements.reason.value;
    await this.command('return', reason.trim() === '' ? {} : { reason }, form, { reason: form.elements.reason }, this.t.returned);
  }

  closeForm(t) {
    return h(
      'form',
      { class: 'close', novalidate: true, 'aria-labelledby': 'close-title', onsubmit: (e) => this.closeIt(e) },
      h('h4', { id: 'close-title' }, t.closeTitle),
      h('p', { class: 'hint' }, t.closeHint),
      h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'secondary', id: 'close' }, t.closeIt)),
    );
  }

  async closeIt(event) {
    event.preventDefault();
    await this.command('close', {}, event.target, {}, this.t.closed);
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

/** The Chairman's page: the submissions awaiting a decision. */
export class EmulationDecisions extends EmulationSubmissions {
  get chairmansPage() {
    return true;
  }
}

if (!customElements.get('emulation-submissions')) customElements.define('emulation-submissions', EmulationSubmissions);
if (!customElements.get('emulation-decisions')) customElements.define('emulation-decisions', EmulationDecisions);
