// <emulation-case-history lang="vi|en">: the history of one case of the award procedure, whatever
// its step (registration, report, nomination, appraisal, announcement, council, submission…). It
// reads only what every case's JSON holds (ADR 0036/0037): `state`, `version`, `openedBy` and
// `openedAt` where given, and `transitions` [{seq, command, from, to, actor, at, reason}], each
// shown in order as who, when, the command, from → to and why. A step's own words for its states
// and commands come in the `labels` property ({states: {DRAFT: '…'}, commands: {submit: '…'}});
// a code without a word is shown as it is; `notes` lists the commands whose text is a note, not a
// reason (an acceptance's).
//
//   const history = document.createElement('emulation-case-history');
//   history.labels = REGISTRATION_TEXTS[lang];
//   history.case = registration;           // the API's answer
//   history.setAttribute('lang', lang);
//
// An ordered list, not a table: the steps read in order by a screen reader and need no sideways
// scrolling on a phone. Its heading (level `heading-level`, 3 by default) takes the focus when
// `focus()` is called; its text is the `heading` attribute, else "Lịch sử hồ sơ" / "History of the case".

import { h } from './dom.js';
import { language } from './texts.js';
import { CASE_TEXTS } from './texts-cases.js';
import { moment } from './cases.js';

const STYLES = [new URL('work-elements.css', import.meta.url).href, new URL('cases.css', import.meta.url).href];
let ids = 0;

export class EmulationCaseHistory extends HTMLElement {
  static get observedAttributes() {
    return ['lang', 'heading-level'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open', delegatesFocus: false });
    this.uid = `ch${++ids}`;
    this._case = null;
    this._labels = {};
  }

  set case(value) {
    this._case = value;
    this.render();
  }

  get case() {
    return this._case;
  }

  set labels(value) {
    this._labels = value || {};
    this.render();
  }

  get labels() {
    return this._labels;
  }

  connectedCallback() {
    this.render();
  }

  attributeChangedCallback() {
    this.render();
  }

  get lang() {
    return language(this.getAttribute('lang') || 'vi');
  }

  /** Moves the focus to the history's heading. */
  focus() {
    const heading = this.shadowRoot.getElementById(`${this.uid}-h`);
    if (heading) heading.focus();
  }

  stateWord(code) {
    return (this._labels.states && this._labels.states[code]) || code;
  }

  commandWord(code) {
    return (this._labels.commands && this._labels.commands[code]) || code;
  }

  /** What the text kept with a step is called: a reason, or a note for the commands a step's labels name. */
  reasonWord(command, t) {
    return (this._labels.notes || []).includes(command) ? t.note : t.reason;
  }

  render() {
    const c = this._case;
    const t = CASE_TEXTS[this.lang];
    const level = Math.min(6, Math.max(2, Number(this.getAttribute('heading-level')) || 3));
    const content = [];
    if (c) {
      const title = this.getAttribute('heading') || t.historyTitle;
      content.push(h(`h${level}`, { id: `${this.uid}-h`, tabindex: '-1' }, title));
      content.push(
        h(
          'p',
          { class: 'case-state' },
          `${t.currentState}: `,
          h('strong', { class: 'state', dataset: { state: c.state } }, this.stateWord(c.state)),
          c.version !== undefined && c.version !== null ? h('span', { class: 'version' }, ` · ${t.version} ${c.version}`) : null,
        ),
      );
      const steps = Array.isArray(c.transitions) ? c.transitions : [];
      const items = [];
      if (c.openedAt || c.openedBy) {
        items.push(
          h(
            'li',
            { class: 'opened', dataset: { seq: '0' } },
            h(
              'p',
              { class: 'line' },
              c.openedAt ? h('time', { class: 'when', datetime: c.openedAt }, moment(c.openedAt, this.lang)) : null,
              c.openedAt && c.openedBy ? ' · ' : null,
              c.openedBy ? h('span', { class: 'actor' }, c.openedBy) : null,
              ': ',
              h('span', { class: 'command' }, t.opened),
            ),
          ),
        );
      }
      steps.forEach((s, i) => {
        items.push(
          h(
            'li',
            { class: 'step', dataset: { seq: String(s.seq || i + 1), command: s.command, from: s.from, to: s.to } },
            h(
              'p',
              { class: 'line' },
              h('time', { class: 'when', datetime: s.at }, moment(s.at, this.lang)),
              ' · ',
              h('span', { class: 'actor' }, s.actor),
              ': ',
              h('span', { class: 'command' }, this.commandWord(s.command)),
            ),
            h(
              'p',
              { class: 'move' },
              h('span', { class: 'visually-hidden' }, `${t.from} `),
              h('span', { class: 'from' }, this.stateWord(s.from)),
              h('span', { 'aria-hidden': 'true' }, ' → '),
              h('span', { class: 'visually-hidden' }, ` ${t.to} `),
              h('span', { class: 'to' }, this.stateWord(s.to)),
            ),
            s.reason ? h('p', { class: 'reason' }, h('span', { class: 'label' }, `${this.reasonWord(s.command, t)}: `), h('q', {}, s.reason)) : null,
          ),
        );
      });
      content.push(
        items.length
          ? h('ol', { class: 'transitions', 'aria-labelledby': `${this.uid}-h` }, items)
          : h('p', { class: 'hint' }, t.noSteps),
      );
      if (!steps.length && items.length) content.push(h('p', { class: 'hint' }, t.noSteps));
    }
    this.shadowRoot.replaceChildren(...STYLES.map((href) => h('link', { rel: 'stylesheet', href })), ...content);
  }
}

if (!customElements.get('emulation-case-history')) customElements.define('emulation-case-history', EmulationCaseHistory);
