// <emulation-council-vote plan="…" lang="vi|en">: the council member's own voting page (step 6).
// It reads the plan's meetings open for voting (GET council-meetings?state=VOTING) and, in each
// whose council names the signed-in member among those present, asks for their vote on each
// nominee they have not voted on (POST …/votes {nominationId, choice}, If-Match: the member votes as
// themselves, the API takes the caller as the member); on a nominee already voted on it shows the
// vote recorded. A refusal is said in words: 409 and 412 as a notice after reading again, a 400
// beside the choice.

import { h } from './dom.js';
import { Formats } from './format.js';
import { session, SignedApi } from './session.js';
import { language } from './texts.js';
import { VOTING_TEXTS } from './texts-council.js';
import { ifMatchOf } from './cases.js';
import { showProblems } from './problem-summary.js';
import { noticeBox, refusalNotice } from './step-pages.js';
import { STYLES } from './case-desk.js';
import { planWords } from './nominations.js';
import { readNames } from './nominee-names.js';

const CHOICES = ['FOR', 'AGAINST', 'ABSTAIN'];

export class EmulationCouncilVote extends HTMLElement {
  static get observedAttributes() {
    return ['plan', 'lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.onSession = () => this.load();
    this.meetings = null;
    this.names = new Map();
    this.words = null;
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
    else this.load();
  }

  get lang() {
    return language(this.getAttribute('lang') || 'vi');
  }

  get t() {
    return VOTING_TEXTS[this.lang];
  }

  get plan() {
    return this.getAttribute('plan') || 'rach-gia-2022-2025';
  }

  get api() {
    return new SignedApi(this.getAttribute('api') || undefined, this.lang);
  }

  get path() {
    return `plans/${encodeURIComponent(this.plan)}/council-meetings`;
  }

  async load() {
    const load = ++this.loads;
    this.setAttribute('aria-busy', 'true');
    if (!session.signedIn) {
      this.meetings = null;
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
      const page = await this.api.get(this.path, { state: 'VOTING', size: 100 });
      if (load !== this.loads) return;
      await readNames(this.api, this.plan, (page.items || []).flatMap((m) => m.nominees || []), this.names);
      if (load !== this.loads) return;
      this.meetings = page.items || [];
    } catch (e) {
      if (load !== this.loads) return;
      this.meetings = [];
      this.problem = e;
    }
    this.render();
    const focus = this.focusNext;
    this.focusNext = null;
    if (focus) focus();
  }

  formName(code) {
    const f = ((this.words && this.words.awardForms) || []).find((x) => x.code === code);
    return f && f.name ? f.name[this.lang] || f.name.vi : code;
  }

  render() {
    const t = this.t;
    const content = [h('h2', { id: 'vote-page-title', tabindex: '-1' }, t.title)];
    this.announceEl = this.announceEl || h('p', { class: 'announce', role: 'status', id: 'announce' });
    if (this.announceEl.textContent !== this.announcement) this.announceEl.textContent = this.announcement;
    content.push(this.announceEl);
    if (this.notice) content.push(noticeBox(this.notice));
    if (this.problem) content.push(h('p', { class: 'problem', role: 'alert' }, this.problem.message));
    if (this.meetings && !this.meetings.length) content.push(h('p', { class: 'hint none' }, t.none));
    (this.meetings || []).forEach((m, i) => content.push(this.meeting(t, m, i)));
    this.shadowRoot.replaceChildren(...STYLES.map((href) => h('link', { rel: 'stylesheet', href })), ...content);
    this.removeAttribute('aria-busy');
    this.dataset.state = session.signedIn ? 'ready' : 'empty';
  }

  meeting(t, m, i) {
    const f = new Formats(this.lang);
    const me = session.caller && session.caller.user;
    const member = m.composition.members.find((x) => x.id === me);
    let body;
    if (!member) body = h('p', { class: 'hint not-member' }, t.notMember);
    else if (!m.present.includes(me)) body = h('p', { class: 'hint absent' }, t.absent);
    else body = h('ul', { class: 'my-votes' }, m.nominees.map((n, j) => h('li', { dataset: { id: n.nominationId } }, this.nominee(t, m, n, i, j, me))));
    return h(
      'section',
      { class: 'case meeting', 'aria-labelledby': `meeting-${i}-title`, dataset: { id: m.id, version: String(m.version) } },
      h('h3', { id: `meeting-${i}-title`, tabindex: '-1' }, t.caseTitle(f.day(m.day), m.place)),
      body,
    );
  }

  nominee(t, m, n, i, j, me) {
    const who = t.nomineeLabel(n, this.formName(n.form), this.names.get(n.participantId));
    const mine = m.ballots.find((b) => b.memberId === me && b.nominationId === n.nominationId);
    if (mine) return h('p', { class: 'own-vote', dataset: { choice: mine.choice } }, h('span', { class: 'label' }, `${who}: `), t.yourVote(t.choices[mine.choice]));
    const uid = `v-${i}-${j}`;
    return h(
      'form',
      { class: 'vote', novalidate: true, dataset: { nomination: n.nominationId }, onsubmit: (e) => this.vote(e, m, n, who, uid) },
      h(
        'fieldset',
        { class: 'choices', id: `${uid}-choices` },
        h('legend', {}, t.voteOn(who)),
        CHOICES.map((x) => h('div', { class: 'choice' }, h('input', { type: 'radio', name: 'choice', id: `${uid}-${x}`, value: x }), h('label', { for: `${uid}-${x}` }, t.choices[x]))),
      ),
      h('div', { class: 'buttons' }, h('button', { type: 'submit', id: `${uid}-send` }, t.vote(who))),
    );
  }

  async vote(event, m, n, who, uid) {
    event.preventDefault();
    const t = this.t;
    const form = event.target;
    const checked = form.querySelector('input[name=choice]:checked');
    const json = { nominationId: n.nominationId };
    if (checked) json.choice = checked.value;
    try {
      await this.api.call('POST', `${this.path}/${encodeURIComponent(m.id)}/votes`, { json, headers: { 'If-Match': ifMatchOf(m) } });
      this.announcement = t.voted(who, t.choices[json.choice]);
      this.notice = null;
      const index = this.meetings.indexOf(m);
      this.focusNext = () => this.shadowRoot.getElementById(`meeting-${index}-title`)?.focus();
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
      const first = form.querySelector('input[name=choice]');
      showProblems(form, e, { choice: first, nominationId: first, memberId: first }, { summary: t.problems }, uid);
    }
  }
}

if (!customElements.get('emulation-council-vote')) customElements.define('emulation-council-vote', EmulationCouncilVote);
