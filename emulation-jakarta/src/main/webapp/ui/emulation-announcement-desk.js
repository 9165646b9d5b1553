// <emulation-announcement-desk plan="…" state="…" case="…" lang="vi|en">: Home Affairs' desk of
// the public announcement (công khai, step 5). The plan's announcements are the shared queue (GET
// announcements?state); below it Home Affairs draws one up from an occasion's nominees the
// appraisal found eligible (POST announcements {occasionCode}: the API takes every eligible one).
// The announcement chosen shows its nominees; once published, each form's period in working days as
// the rules in force that day ask, its last day and the first day the council may meet (both the
// API's); the opinions received with their answers, an answer form beside each unanswered one, and
// the forms of what its state allows now: publish, record an opinion, close, withdraw (POST …,
// If-Match). Its history ends it.

import { h } from './dom.js';
import { Formats } from './format.js';
import { ANNOUNCEMENT_DESK_TEXTS } from './texts-council.js';
import { CASE_TEXTS } from './texts-cases.js';
import { allows, moment } from './cases.js';
import { CaseDesk } from './case-desk.js';

export class EmulationAnnouncementDesk extends CaseDesk {
  get t() {
    return ANNOUNCEMENT_DESK_TEXTS[this.lang];
  }

  get path() {
    return `plans/${encodeURIComponent(this.plan)}/announcements`;
  }

  caseWhat(c) {
    return this.t.caseWhat(this.occasionName(c.occasionCode));
  }

  columns(t) {
    const f = new Formats(this.lang);
    return [
      { header: t.occasion, className: 'occasion', cell: (c) => this.occasionName(c.occasionCode) },
      { header: t.countColumn, className: 'count', cell: (c) => String(c.nominees.length) },
      { header: t.publishedOnColumn, className: 'published-on', cell: (c) => f.day(c.publishedOn) || t.none },
      { header: t.lastDayColumn, className: 'last-day', cell: (c) => f.day(c.lastDay) || t.none },
    ];
  }

  openForm(t) {
    const occasions = (this.words && this.words.occasions) || [];
    return h(
      'section',
      { class: 'summary prepare', 'aria-labelledby': 'prepare-title' },
      h('h3', { id: 'prepare-title', tabindex: '-1' }, t.prepareTitle),
      h(
        'form',
        {
          class: 'prepare',
          novalidate: true,
          onsubmit: (e) => {
            e.preventDefault();
            const form = e.target;
            const code = form.elements.occasionCode.value;
            this.create(code ? { occasionCode: code } : {}, form, { occasionCode: form.elements.occasionCode }, (a) =>
              t.prepared(this.caseWhat(a)),
            );
          },
        },
        h('p', { class: 'hint', id: 'prepare-hint' }, t.prepareHint),
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'occasionCode' }, t.occasion),
          h(
            'select',
            { id: 'occasionCode', name: 'occasionCode', 'aria-describedby': 'prepare-hint' },
            h('option', { value: '' }, '—'),
            occasions.map((o) => h('option', { value: o.code }, this.occasionName(o.code))),
          ),
        ),
        h('div', { class: 'buttons' }, h('button', { type: 'submit', id: 'prepare' }, t.prepare)),
      ),
    );
  }

  detail(t, c) {
    const f = new Formats(this.lang);
    return h(
      'section',
      { class: 'case', 'aria-labelledby': 'case-title', dataset: { id: c.id } },
      h('h3', { id: 'case-title', tabindex: '-1' }, t.caseTitle(this.occasionName(c.occasionCode))),
      h(
        'dl',
        { class: 'facts' },
        [
          [CASE_TEXTS[this.lang].state, h('strong', { class: 'state', dataset: { state: c.state } }, t.states[c.state] || c.state)],
          [t.occasion, this.occasionName(c.occasionCode)],
          [t.channel, h('span', { class: 'channel' }, c.channel || t.none)],
          [t.publishedOn, h('span', { class: 'published-on' }, f.day(c.publishedOn) || t.none)],
          [t.lastDay, h('span', { class: 'last-day' }, f.day(c.lastDay) || t.none)],
          [t.councilFrom, h('span', { class: 'council-from' }, f.day(c.councilFrom) || t.none)],
        ].map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
      ),
      this.nomineesTable(t, c),
      c.periods.length
        ? h(
            'section',
            { class: 'summary periods', 'aria-labelledby': 'periods-title' },
            h('h4', { id: 'periods-title' }, t.periodsTitle),
            h(
              'ul',
              { class: 'periods' },
              c.periods.map((p) =>
                h('li', { dataset: { form: p.form } }, t.period(this.formName(p.form), p.workingDays, f.day(p.lastDay)), p.cites ? [h('br'), t.cites(p.cites)] : null),
              ),
            ),
          )
        : null,
      c.state !== 'PREPARED' ? this.comments(t, c, f) : null,
      allows(c, 'publish') && this.keeps ? this.publishForm(t) : null,
      allows(c, 'comment') && this.keeps ? this.commentForm(t, c) : null,
      allows(c, 'close') && this.keeps ? this.closeForm(t, c, f) : null,
      allows(c, 'withdraw') && this.keeps ? this.withdrawForm(t) : null,
      this.caseEnd(t, c),
    );
  }

  nomineesTable(t, c) {
    return h(
      'section',
      { class: 'summary nominees', 'aria-labelledby': 'nominees-title' },
      h('h4', { id: 'nominees-title' }, t.nominees),
      h(
        'div',
        { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-label': t.nomineesTable },
        h(
          'table',
          { class: 'nominees' },
          h('thead', {}, h('tr', {}, [t.nominee, t.unit, t.form, t.year].map((x) => h('th', { scope: 'col' }, x)))),
          h(
            'tbody',
            {},
            c.nominees.map((n) =>
              h('tr', { dataset: { id: n.nominationId } }, h('th', { scope: 'row', class: 'participant' }, this.names.has(n.participantId) ? `${this.names.get(n.participantId)} (${n.participantId})` : n.participantId), h('td', {}, n.unitCode), h('td', {}, this.formName(n.form)), h('td', {}, String(n.year))),
            ),
          ),
        ),
      ),
    );
  }

  comments(t, c, f) {
    const mayAnswer = allows(c, 'answer') && this.keeps;
    return h(
      'section',
      { class: 'summary comments', 'aria-labelledby': 'comments-title' },
      h('h4', { id: 'comments-title' }, t.commentsTitle),
      c.comments.length
        ? h(
            'ol',
            { class: 'comments' },
            c.comments.map((x) =>
              h(
                'li',
                { class: 'comment', dataset: { number: String(x.number), answered: String(!!x.answer) } },
                h('p', { class: 'label' }, t.commentBy(x.number, x.author, f.day(x.receivedOn))),
                h('p', { class: 'about' }, x.nominationId ? t.aboutNominee(this.nomineeName(c, x.nominationId)) : t.aboutList),
                h('p', { class: 'narrative text' }, x.text),
                x.answer
                  ? h('p', { class: 'answer' }, h('span', { class: 'label' }, t.answerOf(x.answer.by, moment(x.answer.at, this.lang))), ' ', x.answer.text)
                  : [h('p', { class: 'hint unanswered' }, t.unanswered), mayAnswer ? this.answerForm(t, x.number) : null],
              ),
            ),
          )
        : h('p', { class: 'hint no-comments' }, t.noComments),
    );
  }

  answerForm(t, number) {
    const id = `answer-${number}`;
    return h(
      'form',
      {
        class: 'answer',
        novalidate: true,
        onsubmit: (e) => {
          e.preventDefault();
          const form = e.target;
          const text = form.elements[id].value;
          const json = { number };
          if (text.trim() !== '') json.text = text;
          this.command('answers', json, form, { text: form.elements[id] }, () => t.answered(number), id);
        },
      },
      this.input(id, t.answerLabel(number), {}, true),
      h('div', { class: 'buttons' }, h('button', { type: 'submit', id: `${id}-send` }, t.answer(number))),
    );
  }

  publishForm(t) {
    return this.section('publish', t.publishTitle, t.publishHint, [
      this.input('channel', t.channel, { type: 'url', autocomplete: 'url' }),
      this.input('publishedOn', t.publishedOn, { type: 'date' }),
    ], t.publishTitle, (form) => {
      const json = this.values(form, ['channel', 'publishedOn']);
      this.command('publish', json, form, this.inputsOf(form, ['channel', 'publishedOn']), (a) => t.published(this.caseWhat(a), new Formats(this.lang).day(a.lastDay)));
    });
  }

  commentForm(t, c) {
    return this.section('comment', t.recordTitle, null, [
      this.input('author', t.author),
      this.input('receivedOn', t.receivedOn, { type: 'date' }),
      this.input('text', t.text, {}, true),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'nominationId' }, t.concerns),
        h(
          'select',
          { id: 'nominationId', name: 'nominationId' },
          h('option', { value: '' }, t.aboutList),
          c.nominees.map((n) => h('option', { value: n.nominationId }, this.nomineeName(c, n.nominationId))),
        ),
      ),
    ], t.record, (form) => {
      const fields = ['author', 'receivedOn', 'text', 'nominationId'];
      this.command('comments', this.values(form, fields), form, this.inputsOf(form, fields), (a) => t.recorded(a.comments.length));
    });
  }

  closeForm(t, c, f) {
    return this.section('close', t.closeTitle, t.closeHint(f.day(c.lastDay)), [this.input('closedOn', t.closedOn, { type: 'date' })], t.closeIt, (form) => {
      const inputs = this.inputsOf(form, ['closedOn']);
      // an unanswered opinion is named at comments[i]: its answer's box is where it is put right
      c.comments.forEach((x, i) => {
        const box = this.shadowRoot.getElementById(`answer-${x.number}`);
        if (box) inputs[`comments[${i}]`] = box;
      });
      this.command('close', this.values(form, ['closedOn']), form, inputs, (a) => t.closed(this.caseWhat(a)));
    });
  }

  withdrawForm(t) {
    return this.section('withdraw', t.withdrawTitle, null, [this.input('reason', t.reason, {}, true)], t.withdrawIt, (form) => {
      this.command('withdraw', this.values(form, ['reason']), form, this.inputsOf(form, ['reason']), (a) => t.withdrawn(this.caseWhat(a)));
    });
  }
}

if (!customElements.get('emulation-announcement-desk')) customElements.define('emulation-announcement-desk', EmulationAnnouncementDesk);
