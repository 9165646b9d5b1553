// <emulation-case-queue lang="vi|en">: a queue of cases of the award procedure with its filters,
// whatever the step (registrations now; reports, nominations, appraisals… later). It shows a page
// of cases as the API answers it ({items, page, size, total}) and reads of each case only what
// every case's JSON holds: `id`, `state`, `version`, `transitions` (the last one is the last
// change) and `allowed`/`allowedCommands` where present. What is the step's own comes as
// properties:
//   labels   {states: {CODE: word}, commands: {code: word}}: the step's words
//   columns  [{header, cell: (c) => text or Node, className}]: the step's own columns, first
//   filters  [{name, label, value, options: [{value, label}]}]: selects above the table
//   caption  the table's caption
//   rowLabel (c) => text: how a case is named on its button ("bản đăng ký của 30745")
//   selected the id of the case shown beside the queue (its row is marked aria-current)
// The host loads the cases; the queue tells it what the reader asked by events (bubbling, composed):
//   emulation-case-filter {detail: {name: value, …}}, emulation-case-page {detail: {page}},
//   emulation-case-select {detail: {id, case}}.

import { h } from './dom.js';
import { language } from './texts.js';
import { CASE_TEXTS } from './texts-cases.js';
import { allowedOf, lastStep, moment } from './cases.js';
import { pager } from './problem-summary.js';

const STYLES = [
  new URL('work-elements.css', import.meta.url).href,
  new URL('problem-summary.css', import.meta.url).href,
  new URL('cases.css', import.meta.url).href,
];
let ids = 0;

export class EmulationCaseQueue extends HTMLElement {
  static get observedAttributes() {
    return ['lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.uid = `cq${++ids}`;
    this.state = { page: null, columns: [], labels: {}, filters: [], caption: '', rowLabel: (c) => c.id, selected: null };
  }

  // every property re-renders once, after the host has set them all
  set page(v) { this.update({ page: v }); }
  get page() { return this.state.page; }
  set columns(v) { this.update({ columns: v || [] }); }
  set labels(v) { this.update({ labels: v || {} }); }
  set filters(v) { this.update({ filters: v || [] }); }
  set caption(v) { this.update({ caption: v || '' }); }
  set rowLabel(v) { this.update({ rowLabel: v || ((c) => c.id) }); }
  set selected(v) { this.update({ selected: v || null }); }

  update(change) {
    Object.assign(this.state, change);
    this.dirty = true;
    if (this.pending) return;
    this.pending = Promise.resolve().then(() => {
      this.pending = null;
      // rendered meanwhile (connected with every property set): drawing again would lose the focus
      if (this.dirty) this.render();
    });
  }

  connectedCallback() {
    this.render();
  }

  attributeChangedCallback() {
    this.update({});
  }

  get lang() {
    return language(this.getAttribute('lang') || 'vi');
  }

  /** Moves the focus to the button of case `id` (after the host showed or closed it). */
  focusCase(id) {
    const b = this.shadowRoot.querySelector(`button.open-case[data-id="${CSS.escape(id)}"]`);
    if (b) b.focus();
  }

  emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  word(kind, code) {
    const words = this.state.labels[kind];
    return (words && words[code]) || code;
  }

  render() {
    this.dirty = false;
    const t = CASE_TEXTS[this.lang];
    const s = this.state;
    const content = [];
    if (s.filters.length) content.push(this.filterForm(t));
    if (s.page) {
      const items = s.page.items || [];
      if (!items.length) {
        content.push(h('p', { class: 'hint empty', role: 'status' }, t.empty));
      } else {
        content.push(this.table(t, items));
        if (s.page.total > s.page.size) {
          content.push(pager(s.page, t, (page) => this.emit('emulation-case-page', { page }), t.pager));
        }
      }
    }
    this.shadowRoot.replaceChildren(...STYLES.map((href) => h('link', { rel: 'stylesheet', href })), ...content);
  }

  filterForm(t) {
    const selects = this.state.filters.map((f) => {
      const id = `${this.uid}-f-${f.name}`;
      return h(
        'div',
        { class: 'field' },
        h('label', { for: id }, f.label),
        h(
          'select',
          { id, name: f.name },
          h('option', { value: '' }, t.all),
          f.options.map((o) => h('option', { value: o.value, selected: o.value === (f.value || '') }, o.label)),
        ),
      );
    });
    return h(
      'form',
      {
        class: 'queue-filters',
        'aria-label': t.filters,
        onsubmit: (e) => {
          e.preventDefault();
          const detail = {};
          for (const f of this.state.filters) detail[f.name] = e.target.elements[f.name].value;
          this.emit('emulation-case-filter', detail);
        },
      },
      selects,
      h('button', { type: 'submit', class: 'secondary filter' }, t.filter),
    );
  }

  table(t, items) {
    const s = this.state;
    const headers = [...s.columns.map((c) => c.header), t.state, t.lastChange, t.allowedNow, t.actions];
    const rows = items.map((c) => {
      const last = lastStep(c);
      const allowed = allowedOf(c);
      const label = s.rowLabel(c);
      return h(
        'tr',
        { dataset: { id: c.id, state: c.state }, 'aria-current': c.id === s.selected ? 'true' : null },
        s.columns.map((col, i) => {
          const cell = col.cell(c);
          return i === 0
            ? h('th', { scope: 'row', class: col.className || null }, cell)
            : h('td', { class: col.className || null }, cell);
        }),
        h('td', { class: 'state' }, this.word('states', c.state)),
        h(
          'td',
          { class: 'last-change' },
          last
            ? [moment(last.at, this.lang), h('br'), `${this.word('commands', last.command)} · ${last.actor}`]
            : c.openedAt
              ? [moment(c.openedAt, this.lang), h('br'), `${t.version} ${c.version}`]
              : '',
        ),
        h('td', { class: 'allowed' }, allowed.length ? allowed.map((a) => this.word('commands', a)).join(', ') : t.nothingAllowed),
        h(
          'td',
          { class: 'actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'secondary open-case',
              dataset: { id: c.id },
              onclick: () => this.emit('emulation-case-select', { id: c.id, case: c }),
            },
            t.open(label),
          ),
        ),
      );
    });
    return h(
      'div',
      { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': `${this.uid}-cap` },
      h(
        'table',
        { class: 'queue' },
        h('caption', { id: `${this.uid}-cap` }, s.caption || t.queueLabel),
        h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
        h('tbody', {}, rows),
      ),
    );
  }
}

if (!customElements.get('emulation-case-queue')) customElements.define('emulation-case-queue', EmulationCaseQueue);
