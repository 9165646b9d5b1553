// <emulation-units unit="30790" date="2025-07-01" lang="vi">: the administrative units of the
// signed-in workspace. The hierarchy on a day (GET /api/units/tree), the history of one unit with
// the reorganisations it took part in (GET /api/units/{code} and the units it names), and, for the
// callers who manage units (officer, admin), the forms that change it with an effective date: open,
// close, rename or move, merge and split (POST /api/units…). Every problem the API answers is shown
// at once beside its field, the repeated rows of a merger or a split included (sources[1],
// successors[0].code), with a summary that takes the focus.
//
// The tree is a nested list, each unit with children holding them in a <details> open by default:
// a list says "list, 12 items, level 2" to a screen reader without any ARIA of ours, <summary> is
// operated by Tab, Enter and Space natively, and each unit's name is a plain link to its history.
// A treegrid would need the arrow-key handling written by hand for no gain here.

import { h } from './dom.js';
import { Formats } from './format.js';
import { ApiProblem, SignedApi, session } from './session.js';
import { language } from './texts.js';
import { UNITS_TEXTS } from './texts-units.js';

const BASE_STYLES = new URL('work-elements.css', import.meta.url).href;
const STYLES = new URL('units.css', import.meta.url).href;
const LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE'];
const MANAGERS = ['admin', 'officer'];
let ids = 0;

const pad = (n) => String(n).padStart(2, '0');

/** Today in the reader's time zone, as an <input type="date"> holds it. */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The day before an ISO day: a version holds until the day before the next one starts. */
function dayBefore(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The name a unit bore on a day (its first name before it opened). */
function nameOn(history, iso) {
  let name = history.placements[0].name;
  for (const p of history.placements) if (p.from <= iso) name = p.name;
  return name;
}

/** The shorter path of a problem's field: successors[1].code → successors[1] → successors. */
function shorter(path) {
  const m = /^(.*)(\.[^.[\]]+|\[\d+\])$/.exec(path);
  return m ? m[1] : '';
}

export class EmulationUnits extends HTMLElement {
  static get observedAttributes() {
    return ['unit', 'date', 'lang', 'plan', 'api'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.uid = `eu${++ids}`;
    this.serial = 0;
    this.onSession = () => this.render();
    this.history = null;
  }

  connectedCallback() {
    session.addEventListener('change', this.onSession);
    this.render();
  }

  disconnectedCallback() {
    session.removeEventListener('change', this.onSession);
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected || !this.skeleton) return;
    if (name === 'unit') this.historyLoad = this.loadHistory();
    else if (name === 'date') this.loadTree();
    else if (name === 'lang' || name === 'api') this.render();
  }

  get lang() {
    return language(this.getAttribute('lang') || document.documentElement.lang);
  }

  get t() {
    return UNITS_TEXTS[this.lang];
  }

  get day() {
    const d = this.getAttribute('date');
    return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : today();
  }

  /** The unit whose history is shown: the address's, else the caller's own unit. */
  get unit() {
    return this.getAttribute('unit') || (session.caller && session.caller.unit) || '';
  }

  get mayChange() {
    return session.has(...MANAGERS);
  }

  api() {
    return new SignedApi(this.getAttribute('api') || undefined, this.lang);
  }

  id(part) {
    return `${this.uid}-${part}`;
  }

  /** Asks the page for a new address (and follows it when no page listens). */
  navigate(detail) {
    for (const [k, v] of Object.entries(detail)) {
      if (v) this.setAttribute(k, v);
      else this.removeAttribute(k);
    }
    this.dispatchEvent(new CustomEvent('emulation-navigate', { detail, bubbles: true, composed: true }));
  }

  /** A link to a unit's history: a real address for a new tab, the page's navigation on a click. */
  unitLink(code, text) {
    const url = new URL(location.href);
    url.searchParams.set('unit', code);
    return h(
      'a',
      {
        href: url.pathname + url.search,
        class: 'unit-link',
        'data-code': code,
        'aria-current': code === this.unit ? 'true' : null,
        onclick: (e) => {
          if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          this.navigate({ unit: code });
          this.historyHeading.focus();
        },
      },
      text,
    );
  }

  // ---- the page ---------------------------------------------------------------------------------

  render() {
    const t = this.t;
    this.status = h('p', { class: 'status ok', role: 'status', id: this.id('status') });
    this.treeHeading = h('h3', { id: this.id('tree-h'), tabindex: '-1' });
    this.historyHeading = h('h3', { id: this.id('history-h'), tabindex: '-1' }, t.history);
    this.treeBox = h('div', { class: 'tree-box' });
    this.historyBox = h('div', { class: 'history-box' });
    this.forms = {};
    this.skeleton = h(
      'div',
      { class: 'units' },
      h('h2', {}, t.title),
      h('p', { class: 'hint' }, t.intro),
      this.status,
      h(
        'div',
        { class: 'columns' },
        h('section', { class: 'tree', 'aria-labelledby': this.id('tree-h') }, this.treeHeading, this.dayForm(), this.treeBox),
        h('section', { class: 'history', 'aria-labelledby': this.id('history-h') }, this.historyHeading, this.historyBox),
      ),
      session.signedIn ? this.changes() : null,
    );
    this.shadowRoot.replaceChildren(
      h('link', { rel: 'stylesheet', href: BASE_STYLES }),
      h('link', { rel: 'stylesheet', href: STYLES }),
      this.skeleton,
    );
    if (!session.signedIn) return;
    this.loadTree();
    this.historyLoad = this.loadHistory();
  }

  announce(text) {
    this.status.textContent = text;
  }

  dayForm() {
    const t = this.t;
    const id = this.id('day');
    const input = h('input', { id, type: 'date', name: 'date', value: this.day, 'aria-describedby': `${id}-hint` });
    this.dayInput = input;
    return h(
      'form',
      {
        class: 'day',
        onsubmit: (e) => {
          e.preventDefault();
          if (!input.value) return;
          this.navigate({ date: input.value });
          this.treeHeading.focus();
        },
      },
      h('label', { for: id }, t.day),
      h('p', { class: 'hint', id: `${id}-hint` }, t.dayHint),
      h('div', { class: 'inline' }, input, h('button', { type: 'submit' }, t.show)),
    );
  }

  // ---- the tree of a day ------------------------------------------------------------------------

  async loadTree() {
    const t = this.t;
    const f = new Formats(this.lang);
    const day = this.day;
    const ticket = (this.treeTicket = Symbol('tree'));
    if (this.dayInput) this.dayInput.value = day;
    this.treeHeading.textContent = t.treeOn(f.day(day));
    this.treeBox.setAttribute('aria-busy', 'true');
    let content;
    try {
      const tree = await this.api().get('units/tree', { date: day });
      if (ticket !== this.treeTicket) return;
      content = tree.roots.length
        ? h('ul', { class: 'tree-list', 'data-date': tree.date }, tree.roots.map((n) => this.node(n)))
        : h('p', { class: 'note' }, t.treeEmpty);
    } catch (e) {
      if (ticket !== this.treeTicket) return;
      content = h('p', { class: 'problem' }, `${t.loadFailed}: ${e.message}`);
    }
    this.treeBox.replaceChildren(content);
    this.treeBox.removeAttribute('aria-busy');
  }

  node(n) {
    const t = this.t;
    const li = h(
      'li',
      { 'data-code': n.code },
      h(
        'div',
        { class: 'node' },
        this.unitLink(n.code, n.name),
        ' ',
        h('span', { class: 'code' }, n.code),
        ' ',
        h('span', { class: 'level' }, t.levels[n.level] || n.level),
      ),
    );
    if (n.children.length) {
      li.append(
        h(
          'details',
          { open: true },
          h('summary', {}, t.under(n.children.length)),
          h('ul', {}, n.children.map((c) => this.node(c))),
        ),
      );
    }
    return li;
  }

  // ---- the history of a unit --------------------------------------------------------------------

  async loadHistory() {
    const t = this.t;
    const code = this.unit;
    const ticket = (this.historyTicket = Symbol('history'));
    this.prefill(code);
    for (const a of this.treeBox.querySelectorAll('a.unit-link')) {
      if (a.dataset.code === code) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
    if (!code) {
      this.history = null;
      this.historyHeading.textContent = t.history;
      this.historyBox.replaceChildren(h('p', { class: 'note' }, t.chooseUnit));
      return;
    }
    this.historyBox.setAttribute('aria-busy', 'true');
    const api = this.api();
    let content;
    try {
      const { body, etag } = await api.call('GET', `units/${encodeURIComponent(code)}`);
      const related = new Set([...body.successors, ...body.predecessors]);
      for (const p of body.placements) if (p.parentCode) related.add(p.parentCode);
      const others = new Map();
      await Promise.all(
        [...related].map((c) =>
          api.get(`units/${encodeURIComponent(c)}`).then(
            (u) => others.set(c, u),
            () => null,
          ),
        ),
      );
      if (ticket !== this.historyTicket) return;
      this.history = { unit: body, etag };
      this.historyHeading.textContent = t.historyOf(body.name, body.code);
      content = this.historyOf(body, others);
    } catch (e) {
      if (ticket !== this.historyTicket) return;
      this.history = null;
      const text = e instanceof ApiProblem && e.status === 404 ? t.noSuchUnit(code) : `${t.loadFailed}: ${e.message}`;
      this.historyHeading.textContent = t.history;
      content = h('p', { class: 'problem' }, text);
    }
    this.historyBox.replaceChildren(...[content].flat(Infinity));
    this.historyBox.removeAttribute('aria-busy');
  }

  historyOf(u, others) {
    const t = this.t;
    const f = new Formats(this.lang);
    const named = (code, on) => {
      const o = others.get(code);
      // a unit the caller may not read is named by its code alone
      if (!o) return [this.unitLink(code, code)];
      return [this.unitLink(code, on ? nameOn(o, on) : o.name), ' ', h('span', { class: 'code' }, code)];
    };
    const versions = u.placements.map((p, i) => {
      const next = u.placements[i + 1];
      const until = next ? dayBefore(next.from) : u.closedOn ? dayBefore(u.closedOn) : null;
      const prev = u.placements[i - 1];
      const kind = !prev
        ? t.changeKinds.opened
        : prev.name !== p.name && prev.parentCode !== p.parentCode
          ? t.changeKinds.renamedMoved
          : prev.name !== p.name
            ? t.changeKinds.renamed
            : t.changeKinds.moved;
      return h(
        'tr',
        { 'data-from': p.from },
        h('td', { class: 'from' }, f.day(p.from)),
        h('td', { class: 'until' }, until ? f.day(until) : t.current),
        h('td', { class: 'name' }, p.name),
        h('td', { class: 'level' }, t.levels[u.level] || u.level),
        h('td', { class: 'parent', 'data-code': p.parentCode || '' }, p.parentCode ? named(p.parentCode, p.from) : t.topUnit),
        h('td', { class: 'kind' }, kind),
      );
    });
    const reorgs = this.reorganisations(u).map((r) =>
      h(
        'tr',
        { 'data-role': r.role },
        h('td', {}, f.day(r.date)),
        h('td', {}, r.kind),
        h(
          'td',
          { class: 'units' },
          r.codes.length
            ? h('ul', { class: 'plain' }, r.codes.map((c) => h('li', { 'data-code': c }, named(c, r.role === 'predecessor' ? dayBefore(r.date) : r.date))))
            : '—',
        ),
      ),
    );
    return [
      h(
        'dl',
        { class: 'facts' },
        h('div', {}, h('dt', {}, t.code), h('dd', { class: 'code' }, u.code)),
        h('div', {}, h('dt', {}, t.levelName), h('dd', {}, t.levels[u.level] || u.level)),
        h('div', {}, h('dt', {}, t.openedOn), h('dd', { class: 'opened' }, f.day(u.openedOn))),
        h('div', {}, h('dt', {}, t.closedOn), h('dd', { class: 'closed' }, u.closedOn ? f.day(u.closedOn) : t.stillOpen)),
      ),
      this.table(
        'versions',
        t.versions,
        [t.validFrom, t.validTo, t.name, t.levelName, t.parent, t.change],
        versions,
      ),
      reorgs.length
        ? this.table('reorganisations', t.reorganisations, [t.validFrom, t.kind, t.units], reorgs)
        : [h('h4', {}, t.reorganisations), h('p', { class: 'note reorganisations-none' }, t.reorganisationsNone)],
    ];
  }

  table(cls, caption, headers, rows) {
    return h(
      'div',
      { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': this.t.tableRegion(caption) },
      h(
        'table',
        { class: cls },
        h('caption', {}, caption),
        h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
        h('tbody', {}, rows),
      ),
    );
  }

  /**
   * The unit's reorganisations as the API tells them (GET /units/{code}: what each was is the
   * core's answer, OrgHierarchy.reorganisationsOf), in words: a predecessor row lists the units it
   * came from, a successor row those after it.
   */
  reorganisations(u) {
    const names = {
      FORMED_BY_MERGER: 'formedByMerger',
      SPLIT_FROM: 'splitFrom',
      TOOK_OVER: 'tookOver',
      MERGED_INTO: 'mergedInto',
      SPLIT_INTO: 'splitInto',
      TAKEN_OVER_BY: 'takenOverBy',
      DISSOLVED: 'dissolved',
    };
    return (u.reorganisations || []).map((r) => ({
      role: r.side === 'PREDECESSORS' ? 'predecessor' : 'successor',
      date: r.day,
      kind: this.t.reorg[names[r.kind]] || r.kind,
      codes: r.units,
    }));
  }

  // ---- the changes ------------------------------------------------------------------------------

  changes() {
    const t = this.t;
    const heading = h('h3', { id: this.id('changes-h') }, t.changes);
    if (!this.mayChange) {
      return h('section', { class: 'changes read-only', 'aria-labelledby': this.id('changes-h') }, heading, h('p', { class: 'note' }, t.readOnly));
    }
    return h(
      'section',
      { class: 'changes', 'aria-labelledby': this.id('changes-h') },
      heading,
      h('p', { class: 'hint' }, t.changesHint),
      this.openForm(),
      this.moveForm(),
      this.closeForm(),
      this.mergeForm(),
      this.splitForm(),
    );
  }

  /** A form of a change, in a <details> of its own; its fields are registered by problem path. */
  changeForm(key, title, submitText, children, send) {
    const t = this.t;
    const form = h('form', { class: `change ${key}`, novalidate: true, 'data-form': key });
    const model = { key, form, fields: new Map(), rows: {}, send };
    const button = h('button', { type: 'submit' }, submitText);
    form.append(...children(model), h('div', { class: 'actions' }, button));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit(model, button);
    });
    this.forms[key] = model;
    return h('details', { class: `form ${key}`, 'data-form': key }, h('summary', {}, title), form);
  }

  /** The field at the API's `path` (data-path names it on the page too). */
  register(model, path, entry) {
    model.fields.set(path, entry);
    entry.control.dataset.path = path;
  }

  /** A labelled input (or select) with an optional hint; `path` is where the API names it. */
  field(model, path, label, control, hint) {
    const id = this.id(`${model.key}-${++this.serial}`);
    control.id = id;
    const hintId = hint ? `${id}-hint` : null;
    if (hintId) control.setAttribute('aria-describedby', hintId);
    const wrap = h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
      control,
    );
    const entry = { control, wrap, label, hintId };
    if (path !== null) this.register(model, path, entry);
    return { wrap, control, entry };
  }

  text(name, value = '') {
    return h('input', { type: 'text', name, value, autocomplete: 'off', spellcheck: 'false' });
  }

  date(name, value = '') {
    return h('input', { type: 'date', name, value });
  }

  levelSelect(name) {
    const t = this.t;
    return h('select', { name }, h('option', { value: '' }, t.chooseLevel), LEVELS.map((l) => h('option', { value: l }, t.levels[l])));
  }

  /** A group of fields (a fieldset) registered at `path`, e.g. the successor or a row. */
  group(model, path, legend, ...children) {
    const legendId = this.id(`${model.key}-${++this.serial}-legend`);
    const set = h('fieldset', { class: 'group' }, h('legend', { id: legendId }, legend), ...children);
    const entry = { control: set, wrap: set, label: legend, group: true };
    if (path !== null) this.register(model, path, entry);
    return { set, entry };
  }

  /** The four fields of a new unit at `path` (successor, successors[i]). */
  newUnitFields(model, at, parent = '') {
    const t = this.t;
    return {
      code: this.field(model, `${at}.code`, t.newCode, this.text('code')),
      name: this.field(model, `${at}.name`, t.newName, this.text('name')),
      level: this.field(model, `${at}.level`, t.level, this.levelSelect('level')),
      parentCode: this.field(model, `${at}.parentCode`, t.parentCode, this.text('parentCode', parent), t.parentHint),
    };
  }

  openForm() {
    const t = this.t;
    return this.changeForm(
      'open',
      t.openForm,
      t.submitOpen,
      (m) => {
        const f = {
          code: this.field(m, 'code', t.newCode, this.text('code')),
          name: this.field(m, 'name', t.newName, this.text('name')),
          level: this.field(m, 'level', t.level, this.levelSelect('level')),
          parentCode: this.field(m, 'parentCode', t.parentCode, this.text('parentCode'), t.parentHint),
          openedOn: this.field(m, 'openedOn', t.openedOnField, this.date('openedOn')),
        };
        m.values = () => ({
          code: f.code.control.value.trim(),
          name: f.name.control.value.trim(),
          level: f.level.control.value || undefined,
          parentCode: f.parentCode.control.value.trim() || undefined,
          openedOn: f.openedOn.control.value || undefined,
        });
        return Object.values(f).map((x) => x.wrap);
      },
      async (api, v) => {
        const { body } = await api.call('POST', 'units', { json: v });
        return { unit: body.code, said: this.t.done.open(`${body.name} (${body.code})`, this.fmt(body.openedOn)) };
      },
    );
  }

  /** The form of a change to one existing unit: its code comes first, filled with the shown unit. */
  unitCodeField(m) {
    const x = this.field(m, 'code', this.t.unitCode, this.text('code', this.unit));
    m.code = x.control;
    m.notFound = 'code';
    return x;
  }

  closeForm() {
    const t = this.t;
    return this.changeForm(
      'close',
      t.closeForm,
      t.submitClose,
      (m) => {
        const code = this.unitCodeField(m);
        const date = this.field(m, 'date', t.closeDate, this.date('date'));
        m.values = () => ({ code: code.control.value.trim(), body: { date: date.control.value || undefined } });
        return [code.wrap, date.wrap];
      },
      async (api, v) => {
        const { body } = await api.call('POST', `units/${encodeURIComponent(v.code)}/close`, { json: v.body, headers: this.ifMatch(v.code) });
        return { unit: body.code, said: this.t.done.close(`${body.name} (${body.code})`, this.fmt(body.closedOn)) };
      },
    );
  }

  moveForm() {
    const t = this.t;
    return this.changeForm(
      'move',
      t.moveForm,
      t.submitMove,
      (m) => {
        const code = this.unitCodeField(m);
        const from = this.field(m, 'from', t.moveFrom, this.date('from'));
        const name = this.field(m, 'name', t.moveName, this.text('name'), t.moveNameHint);
        const parent = this.field(m, 'parentCode', t.moveParent, this.text('parentCode'), t.moveParentHint);
        m.values = () => ({
          code: code.control.value.trim(),
          body: {
            from: from.control.value || undefined,
            name: name.control.value.trim() || undefined,
            parentCode: parent.control.value.trim() || undefined,
          },
        });
        return [code.wrap, from.wrap, name.wrap, parent.wrap];
      },
      async (api, v) => {
        const { body } = await api.call('POST', `units/${encodeURIComponent(v.code)}/move`, { json: v.body, headers: this.ifMatch(v.code) });
        return { unit: body.code, said: this.t.done.move(`${body.name} (${body.code})`, this.fmt(v.body.from)) };
      },
    );
  }

  mergeForm() {
    const t = this.t;
    return this.changeForm(
      'merge',
      t.mergeForm,
      t.submitMerge,
      (m) => {
        const sources = this.rows(m, 'sources', t.sources, (row, i) => {
          const x = this.field(m, null, t.source(i + 1), this.text('source'));
          row.paths = { '': x.entry };
          row.first = x.control;
          row.value = () => x.control.value.trim();
          row.label = () => t.sourceRow(i + 1);
          return [x.wrap];
        });
        sources.add(false);
        sources.add(false);
        const successor = this.newUnitFields(m, 'successor');
        const group = this.group(m, 'successor', t.successor, h('div', { class: 'field-grid' }, Object.values(successor).map((x) => x.wrap)));
        const date = this.field(m, 'date', t.effective, this.date('date'));
        m.values = () => ({
          sources: sources.values(),
          successor: {
            code: successor.code.control.value.trim(),
            name: successor.name.control.value.trim(),
            level: successor.level.control.value || undefined,
            parentCode: successor.parentCode.control.value.trim() || undefined,
          },
          date: date.control.value || undefined,
        });
        return [date.wrap, sources.set, group.set];
      },
      async (api, v) => {
        const { body } = await api.call('POST', 'units/merge', { json: v });
        return { unit: body.code, said: this.t.done.merge(v.sources.join(', '), `${body.name} (${body.code})`, this.fmt(body.openedOn)) };
      },
    );
  }

  splitForm() {
    const t = this.t;
    return this.changeForm(
      'split',
      t.splitForm,
      t.submitSplit,
      (m) => {
        const source = this.field(m, 'source', t.sourceCode, this.text('source', this.unit));
        m.code = source.control;
        const date = this.field(m, 'date', t.effective, this.date('date'));
        const parts = this.rows(m, 'successors', t.newUnits, (row, i) => {
          const f = this.newUnitFields({ key: m.key, fields: new Map() }, '', '');
          row.paths = Object.fromEntries(Object.entries(f).map(([k, x]) => [`.${k}`, x.entry]));
          const set = h('fieldset', { class: 'group row-unit' }, h('legend', {}, t.newUnit(i + 1)), Object.values(f).map((x) => x.wrap));
          row.paths[''] = { control: set, wrap: set, label: t.newUnit(i + 1), group: true };
          for (const x of Object.values(f)) x.entry.label = `${t.newUnit(i + 1)}: ${x.entry.label}`;
          row.first = f.code.control;
          row.value = () => ({
            code: f.code.control.value.trim(),
            name: f.name.control.value.trim(),
            level: f.level.control.value || undefined,
            parentCode: f.parentCode.control.value.trim() || undefined,
          });
          row.label = () => t.newUnit(i + 1);
          return [set];
        });
        parts.add(false);
        parts.add(false);
        m.values = () => ({ source: source.control.value.trim(), successors: parts.values(), date: date.control.value || undefined });
        return [source.wrap, date.wrap, parts.set];
      },
      async (api, v) => {
        const { body } = await api.call('POST', 'units/split', { json: v });
        const made = body.map((u) => `${u.name} (${u.code})`).join(', ');
        return { unit: v.source, said: this.t.done.split(v.source, made, this.fmt(body[0].openedOn)) };
      },
    );
  }

  /**
   * Repeated rows at `path` (sources, successors) with "add a unit" and "remove" buttons. A row is
   * rebuilt with its number when rows come or go (its inputs kept), so that the API's sources[1]
   * is always the second row shown.
   */
  rows(model, path, legend, build) {
    const t = this.t;
    const list = h('ol', { class: 'rows' });
    const kept = [];
    const group = this.group(model, path, legend, list);
    const addButton = h('button', { type: 'button', class: 'secondary add' }, t.addUnit);
    group.set.append(addButton);
    const relayout = () => {
      this.clearProblems(model);
      for (const k of [...model.fields.keys()]) if (k.startsWith(`${path}[`)) model.fields.delete(k);
      list.replaceChildren(
        ...kept.map((row, i) => {
          const li = h('li', { class: 'row', 'data-row': String(i) });
          // the inputs move to the new layout with their values; only the numbers change
          const values = row.controls ? row.controls.map((c) => c.value) : null;
          const parts = build(row, i);
          row.controls = parts.flatMap((p) => [...(p.matches && p.matches('input, select') ? [p] : p.querySelectorAll('input, select'))]);
          if (values) row.controls.forEach((c, j) => (c.value = values[j] ?? ''));
          for (const [suffix, entry] of Object.entries(row.paths)) this.register(model, `${path}[${i}]${suffix}`, entry);
          const remove = h(
            'button',
            {
              type: 'button',
              class: 'secondary remove',
              'aria-label': t.remove(row.label()),
              onclick: () => {
                if (kept.length <= 1) return;
                kept.splice(i, 1);
                relayout();
                const next = kept[Math.min(i, kept.length - 1)];
                (next ? next.first : addButton).focus();
              },
            },
            t.removeShort,
          );
          li.append(...parts, h('div', { class: 'row-actions' }, remove));
          return li;
        }),
      );
    };
    const api = {
      set: group.set,
      add: (focus = true) => {
        const row = {};
        kept.push(row);
        relayout();
        if (focus) row.first.focus();
      },
      values: () => kept.map((r) => r.value()),
    };
    addButton.addEventListener('click', () => api.add(true));
    return api;
  }

  /** The unit shown changed: the forms of a change to one unit name it. */
  prefill(code) {
    for (const key of ['close', 'move', 'split']) {
      const m = this.forms && this.forms[key];
      if (m && m.code) m.code.value = code;
    }
  }

  ifMatch(code) {
    return this.history && this.history.unit.code === code && this.history.etag ? { 'If-Match': this.history.etag } : {};
  }

  fmt(iso) {
    return new Formats(this.lang).day(iso);
  }

  async submit(model, button) {
    this.clearProblems(model);
    this.announce('');
    button.disabled = true;
    const values = model.values();
    try {
      const done = await model.send(this.api(), values);
      model.form.reset();
      const shown = this.getAttribute('unit');
      this.navigate({ unit: done.unit });
      // a new unit shown loads its history already; the same unit changed is read again
      if (shown === done.unit) this.historyLoad = this.loadHistory();
      this.announce(done.said);
      this.loadTree();
      await this.historyLoad;
      this.historyHeading.focus();
    } catch (e) {
      this.showProblems(model, e);
    } finally {
      button.disabled = false;
    }
  }

  /** Where the API's field lands: the field itself, else the nearest group holding it. */
  resolve(model, path) {
    for (let p = path; p; p = shorter(p)) {
      if (model.fields.has(p)) return model.fields.get(p);
    }
    return null;
  }

  showProblems(model, e) {
    const t = this.t;
    const problem = e instanceof ApiProblem ? e : new ApiProblem(0, { detail: e.message });
    const items = [];
    const marked = new Map();
    for (const err of problem.errors) {
      const entry = this.resolve(model, err.field);
      items.push({ entry, reason: err.reason });
      if (entry) {
        if (!marked.has(entry)) marked.set(entry, []);
        marked.get(entry).push(err.reason);
      }
    }
    if (!problem.errors.length) {
      const reason = problem.status === 412 ? t.stale : problem.detail || problem.title || problem.message;
      const entry = problem.status === 404 && model.notFound ? model.fields.get(model.notFound) : null;
      items.push({ entry, reason });
      if (entry) marked.set(entry, [reason]);
    }
    for (const [entry, reasons] of marked) this.mark(entry, reasons);
    const headingId = this.id(`${model.key}-summary-h`);
    const summary = h(
      'div',
      { class: 'error-summary', tabindex: '-1', 'aria-labelledby': headingId },
      h('h4', { id: headingId }, t.problemsTitle),
      h(
        'ul',
        { class: 'problems' },
        items.map(({ entry, reason }) =>
          h(
            'li',
            {},
            entry
              ? h(
                  'a',
                  {
                    href: `#${entry.focusId}`,
                    onclick: (ev) => {
                      ev.preventDefault();
                      this.focusTarget(entry).focus();
                    },
                  },
                  `${entry.label}: ${reason}`,
                )
              : reason,
          ),
        ),
      ),
      h('p', { class: 'hint' }, t.nothingStored),
    );
    model.form.prepend(summary);
    summary.focus();
  }

  focusTarget(entry) {
    return entry.group ? entry.control.querySelector('input, select') || entry.control : entry.control;
  }

  mark(entry, reasons) {
    const pid = this.id(`p${++this.serial}`);
    const p = h('p', { class: 'field-problem', id: pid }, reasons.join(' '));
    const target = this.focusTarget(entry);
    entry.focusId = target.id;
    if (entry.group) {
      entry.control.querySelector('legend').after(p);
      entry.control.classList.add('invalid');
      entry.control.setAttribute('aria-describedby', pid);
    } else {
      entry.control.before(p);
      entry.control.setAttribute('aria-invalid', 'true');
      entry.control.setAttribute('aria-describedby', [pid, entry.hintId].filter(Boolean).join(' '));
      entry.wrap.classList.add('invalid');
    }
  }

  clearProblems(model) {
    model.form.querySelector('.error-summary')?.remove();
    for (const p of model.form.querySelectorAll('.field-problem')) p.remove();
    for (const el of model.form.querySelectorAll('.invalid')) {
      el.classList.remove('invalid');
      if (el.localName === 'fieldset') el.removeAttribute('aria-describedby');
    }
    for (const entry of model.fields.values()) {
      if (entry.group) continue;
      entry.control.removeAttribute('aria-invalid');
      if (entry.hintId) entry.control.setAttribute('aria-describedby', entry.hintId);
      else entry.control.removeAttribute('aria-describedby');
    }
  }
}

if (!customElements.get('emulation-units')) customElements.define('emulation-units', EmulationUnits);
