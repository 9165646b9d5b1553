// <emulation-council plan="…" state="…" case="…" lang="vi|en">: the record of the emulation and
// commendation council's meetings that Home Affairs keeps as its secretariat (step 6). The plan's
// meetings are the shared queue (GET council-meetings?state); below it Home Affairs convenes the
// council on a closed announcement (POST council-meetings: the members as appointed, each one's
// seat and whether present, the quorum and approval shares when not the defaults, the day and the
// place; the API says when the day is too early). The meeting chosen shows its composition, who is
// present, the votes recorded per nominee and member, and what its state allows now: open the vote,
// record a present member's vote or an absent member's written opinion, close the vote, adjourn
// (POST …, If-Match); once closed, the minutes: for each nominee the counts and passed or not.

import { h } from './dom.js';
import { Formats } from './format.js';
import { COUNCIL_TEXTS } from './texts-council.js';
import { CASE_TEXTS } from './texts-cases.js';
import { allows } from './cases.js';
import { CaseDesk } from './case-desk.js';

const ROLES = ['CHAIR', 'VICE_CHAIR', 'MEMBER'];
const CHOICES = ['FOR', 'AGAINST', 'ABSTAIN'];

export class EmulationCouncil extends CaseDesk {
  constructor() {
    super();
    this.closedAnnouncements = [];
    this.memberRows = 3;
  }

  get t() {
    return COUNCIL_TEXTS[this.lang];
  }

  get path() {
    return `plans/${encodeURIComponent(this.plan)}/council-meetings`;
  }

  async loadMore() {
    if (!this.keeps || this.getAttribute('case')) return;
    const closed = await this.api.get(`plans/${encodeURIComponent(this.plan)}/announcements`, { state: 'CLOSED', size: 100 });
    this.closedAnnouncements = closed.items || [];
  }

  day(iso) {
    return new Formats(this.lang).day(iso);
  }

  caseWhat(c) {
    return this.t.caseWhat(this.day(c.day));
  }

  memberName(c, id) {
    const m = c.composition.members.find((x) => x.id === id);
    return m ? `${m.name} (${id})` : id;
  }

  columns(t) {
    return [
      { header: t.day, className: 'day', cell: (c) => this.day(c.day) },
      { header: t.occasion, className: 'occasion', cell: (c) => this.occasionName(c.occasionCode) },
      { header: t.place, className: 'place', cell: (c) => c.place },
      { header: t.countColumn, className: 'count', cell: (c) => String(c.nominees.length) },
    ];
  }

  // ---- convening

  openForm(t) {
    const closed = this.closedAnnouncements;
    if (!closed.length) {
      return h('section', { class: 'summary convene', 'aria-labelledby': 'convene-title' }, h('h3', { id: 'convene-title' }, t.conveneTitle), h('p', { class: 'hint no-closed' }, t.noClosed));
    }
    const rows = [];
    for (let i = 0; i < this.memberRows; i++) rows.push(this.memberRow(t, i));
    return h(
      'section',
      { class: 'summary convene', 'aria-labelledby': 'convene-title' },
      h('h3', { id: 'convene-title', tabindex: '-1' }, t.conveneTitle),
      h(
        'form',
        { class: 'convene', novalidate: true, onsubmit: (e) => this.convene(e) },
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'announcementId' }, t.announcement),
          h(
            'select',
            { id: 'announcementId', name: 'announcementId' },
            closed.map((a) => h('option', { value: a.id }, t.announcementOption(this.occasionName(a.occasionCode), this.day(a.lastDay), this.day(a.councilFrom)))),
          ),
        ),
        this.input('day', t.day, { type: 'date' }),
        this.input('place', t.place),
        h(
          'fieldset',
          { class: 'members', 'aria-describedby': 'members-hint' },
          h('legend', {}, t.membersTitle),
          h('p', { class: 'hint', id: 'members-hint' }, t.membersHint),
          rows,
          h('button', { type: 'button', class: 'secondary', id: 'add-member', onclick: () => this.addMemberRow() }, t.addMember),
        ),
        this.share('quorum', t.quorumTitle, t),
        this.share('approval', t.approvalTitle, t),
        h('div', { class: 'buttons' }, h('button', { type: 'submit', id: 'convene' }, t.convene)),
      ),
    );
  }

  memberRow(t, i) {
    const n = i + 1;
    return h(
      'div',
      { class: 'member-row', dataset: { row: String(i) } },
      this.input(`member-${i}-id`, t.memberId(n), { autocomplete: 'off' }),
      this.input(`member-${i}-name`, t.memberName(n), { autocomplete: 'off' }),
      h(
        'div',
        { class: 'field' },
        h('label', { for: `member-${i}-role` }, t.memberRole(n)),
        h('select', { id: `member-${i}-role`, name: `member-${i}-role` }, ROLES.map((r) => h('option', { value: r, selected: r === (i === 0 ? 'CHAIR' : 'MEMBER') }, t.roles[r]))),
      ),
      h('div', { class: 'choice' }, h('input', { type: 'checkbox', id: `member-${i}-present`, name: `member-${i}-present` }), h('label', { for: `member-${i}-present` }, t.memberPresent(n))),
    );
  }

  addMemberRow() {
    const form = this.shadowRoot.querySelector('form.convene');
    const rows = form.querySelectorAll('.member-row');
    const row = this.memberRow(this.t, rows.length);
    rows[rows.length - 1].after(row);
    this.memberRows = rows.length + 1;
    row.querySelector('input').focus();
  }

  share(name, title, t) {
    return h(
      'fieldset',
      { class: `share ${name}` },
      h('legend', {}, title),
      this.input(`${name}-numerator`, t.numerator, { type: 'number', min: '1', inputmode: 'numeric' }),
      this.input(`${name}-denominator`, t.denominator, { type: 'number', min: '1', inputmode: 'numeric' }),
      h('div', { class: 'choice' }, h('input', { type: 'checkbox', id: `${name}-strict`, name: `${name}-strict` }), h('label', { for: `${name}-strict` }, t.strict)),
    );
  }

  async convene(event) {
    event.preventDefault();
    const t = this.t;
    const form = event.target;
    const el = form.elements;
    const json = this.values(form, ['announcementId', 'day', 'place']);
    const inputs = this.inputsOf(form, ['announcementId', 'day', 'place']);
    const members = [];
    const present = [];
    form.querySelectorAll('.member-row').forEach((row, i) => {
      const id = el[`member-${i}-id`].value.trim();
      const name = el[`member-${i}-name`].value;
      if (id === '' && name.trim() === '') return;
      const k = members.length;
      const m = { role: el[`member-${i}-role`].value };
      if (id !== '') m.id = id;
      if (name.trim() !== '') m.name = name;
      members.push(m);
      inputs[`members[${k}].id`] = el[`member-${i}-id`];
      inputs[`members[${k}].name`] = el[`member-${i}-name`];
      inputs[`members[${k}].role`] = el[`member-${i}-role`];
      if (el[`member-${i}-present`].checked) {
        inputs[`present[${present.length}]`] = el[`member-${i}-present`];
        present.push(id);
      }
    });
    json.members = members;
    json.present = present;
    inputs.members = el['member-0-id'];
    inputs.present = el['member-0-present'];
    for (const s of ['quorum', 'approval']) {
      const num = el[`${s}-numerator`].value.trim();
      const den = el[`${s}-denominator`].value.trim();
      if (num !== '' || den !== '') {
        const share = { strict: el[`${s}-strict`].checked };
        if (num !== '') share.numerator = Number(num);
        if (den !== '') share.denominator = Number(den);
        json[s] = share;
      }
      inputs[s] = el[`${s}-numerator`];
      inputs[`${s}.numerator`] = el[`${s}-numerator`];
      inputs[`${s}.denominator`] = el[`${s}-denominator`];
    }
    await this.create(json, form, inputs, (m) => t.convened(this.caseWhat(m)));
  }

  // ---- the meeting

  detail(t, c) {
    const present = new Set(c.present);
    return h(
      'section',
      { class: 'case', 'aria-labelledby': 'case-title', dataset: { id: c.id } },
      h('h3', { id: 'case-title', tabindex: '-1' }, t.caseTitle(this.day(c.day), c.place)),
      h(
        'dl',
        { class: 'facts' },
        [
          [CASE_TEXTS[this.lang].state, h('strong', { class: 'state', dataset: { state: c.state } }, t.states[c.state] || c.state)],
          [t.occasion, this.occasionName(c.occasionCode)],
          [t.day, this.day(c.day)],
          [t.place, c.place],
          [t.quorum, c.composition.quorum],
          [t.approval, c.composition.approval],
          [t.quorumPresent, h('span', { class: 'quorum-present' }, c.quorumPresent ? t.yes : t.no)],
        ].map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
      ),
      h(
        'section',
        { class: 'summary members', 'aria-labelledby': 'members-title' },
        h('h4', { id: 'members-title' }, t.membersShown),
        h(
          'ul',
          { class: 'members' },
          c.composition.members.map((m) => h('li', { dataset: { id: m.id, present: String(present.has(m.id)) } }, `${m.name} (${m.id}) — ${t.roles[m.role] || m.role} — ${present.has(m.id) ? t.presentWord : t.absentWord}`)),
        ),
      ),
      c.state !== 'CONVENED' && c.state !== 'ADJOURNED' ? this.ballots(t, c) : null,
      this.keeps ? this.actions(t, c) : null,
      c.minutes ? this.minutes(t, c) : null,
      this.caseEnd(t, c),
    );
  }

  ballots(t, c) {
    const members = c.composition.members;
    return h(
      'section',
      { class: 'summary ballots', 'aria-labelledby': 'ballots-title' },
      h('h4', { id: 'ballots-title' }, t.ballotsTitle),
      h(
        'div',
        { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-label': t.ballotsLabel },
        h(
          'table',
          { class: 'ballots' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.nominee), members.map((m) => h('th', { scope: 'col' }, `${m.name} (${m.id})`)))),
          h(
            'tbody',
            {},
            c.nominees.map((n) =>
              h(
                'tr',
                { dataset: { id: n.nominationId } },
                h('th', { scope: 'row' }, this.nomineeName(c, n.nominationId)),
                members.map((m) => {
                  const b = c.ballots.find((x) => x.memberId === m.id && x.nominationId === n.nominationId);
                  return h('td', { dataset: { member: m.id, choice: b ? b.choice : '' } }, b ? [t.choices[b.choice], b.inWriting ? ` ${t.inWriting}` : ''] : t.noBallot);
                }),
              ),
            ),
          ),
        ),
      ),
    );
  }

  actions(t, c) {
    const parts = [];
    if (allows(c, 'openVoting')) {
      parts.push(h('div', { class: 'buttons' }, h('button', { type: 'button', id: 'open-voting', onclick: () => this.command('open-voting', {}, null, {}, () => t.votingOpened) }, t.openVoting)));
    }
    if (allows(c, 'vote') || allows(c, 'voteInWriting')) parts.push(this.voteForm(t, c));
    if (allows(c, 'close')) {
      parts.push(h('div', { class: 'buttons' }, h('button', { type: 'button', id: 'close-vote', onclick: () => this.command('close', {}, null, {}, () => t.closed) }, t.closeVote)));
    }
    if (allows(c, 'adjourn')) {
      parts.push(
        this.section('adjourn', t.adjournTitle, null, [this.input('reason', t.reason, {}, true)], t.adjourn, (form) =>
          this.command('adjourn', this.values(form, ['reason']), form, this.inputsOf(form, ['reason']), () => t.adjourned),
        ),
      );
    }
    return parts;
  }

  voteForm(t, c) {
    const send = (path) => {
      const form = this.shadowRoot.querySelector('form.vote');
      const json = this.values(form, ['memberId', 'nominationId']);
      const choice = form.querySelector('input[name=choice]:checked');
      if (choice) json.choice = choice.value;
      const inputs = this.inputsOf(form, ['memberId', 'nominationId']);
      inputs.choice = form.querySelector('input[name=choice]');
      this.command(path, json, form, inputs, () => t.voted(this.memberName(c, json.memberId), this.nomineeName(c, json.nominationId)), 'vote');
    };
    return h(
      'section',
      { class: 'summary vote', 'aria-labelledby': 'vote-title' },
      h('h4', { id: 'vote-title' }, t.voteTitle),
      h(
        'form',
        { class: 'vote', novalidate: true, onsubmit: (e) => e.preventDefault() },
        h('p', { class: 'hint' }, t.voteHint),
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'memberId' }, t.member),
          h('select', { id: 'memberId', name: 'memberId' }, c.composition.members.map((m) => h('option', { value: m.id }, `${m.name} (${m.id}) — ${c.present.includes(m.id) ? t.presentWord : t.absentWord}`))),
        ),
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'nominationId' }, t.nominee),
          h('select', { id: 'nominationId', name: 'nominationId' }, c.nominees.map((n) => h('option', { value: n.nominationId }, this.nomineeName(c, n.nominationId)))),
        ),
        h(
          'fieldset',
          { class: 'choices' },
          h('legend', {}, t.choice),
          CHOICES.map((x) => h('div', { class: 'choice' }, h('input', { type: 'radio', name: 'choice', id: `choice-${x}`, value: x }), h('label', { for: `choice-${x}` }, t.choices[x]))),
        ),
        h(
          'div',
          { class: 'buttons' },
          allows(c, 'vote') ? h('button', { type: 'button', id: 'record-vote', onclick: () => send('votes') }, t.recordVote) : null,
          allows(c, 'voteInWriting') ? h('button', { type: 'button', class: 'secondary', id: 'record-written', onclick: () => send('written-votes') }, t.recordWritten) : null,
        ),
      ),
    );
  }

  minutes(t, c) {
    const m = c.minutes;
    const names = (list) => list.map((x) => `${x.name} (${x.id})`).join(', ') || '—';
    return h(
      'section',
      { class: 'summary minutes', 'aria-labelledby': 'minutes-title' },
      h('h4', { id: 'minutes-title', tabindex: '-1' }, t.minutesTitle),
      h('p', { class: 'present' }, t.presentList(names(m.present))),
      h('p', { class: 'absent' }, t.absentList(names(m.absent))),
      h(
        'div',
        { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-label': t.minutesLabel },
        h(
          'table',
          { class: 'results' },
          h('thead', {}, h('tr', {}, [t.nominee, t.votesFor, t.votesAgainst, t.abstentions, t.notVoting, t.members, t.threshold, t.result].map((x) => h('th', { scope: 'col' }, x)))),
          h(
            'tbody',
            {},
            m.results.map((r) =>
              h(
                'tr',
                { dataset: { id: r.nominee.nominationId, approved: String(r.approved) } },
                h('th', { scope: 'row' }, this.nomineeName(c, r.nominee.nominationId)),
                [r.votesFor, r.votesAgainst, r.abstentions, r.notVoting, r.members].map((x) => h('td', { class: 'count' }, String(x))),
                h('td', {}, r.threshold),
                h('td', { class: 'result' }, h('strong', {}, r.approved ? t.passed : t.notPassed)),
              ),
            ),
          ),
        ),
      ),
    );
  }
}

if (!customElements.get('emulation-council')) customElements.define('emulation-council', EmulationCouncil);
