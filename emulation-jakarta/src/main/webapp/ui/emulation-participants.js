// <emulation-participants plan="rach-gia-2022-2025" category="WARD_COMMITTEES" unit="30790"
// lang="vi">: the participants of a plan's movement in the signed-in workspace. The plan's
// participant categories (GET /plans/{plan}/categories), the participants a page at a time
// filtered by category and unit (GET /plans/{plan}/participants), the registration of a new one
// (POST) with every problem the API names beside its field, and one participant's details and
// stored evidence for an occasion (read-only).
//
// Everything shown is what the API answered; the registration form is offered to the roles the
// API lets register (reporter, unit head, officer, admin).

import { h } from './dom.js';
import { Formats } from './format.js';
import { clearProblems, field, pager, showProblems } from './problem-summary.js';
import { SignedApi, session } from './session.js';
import { language } from './texts.js';
import { PARTICIPANTS_TEXTS } from './texts-participants.js';

const STYLES = ['work-elements.css', 'problem-summary.css', 'participants.css'].map((f) => new URL(f, import.meta.url).href);
const WRITERS = ['reporter', 'unit-head', 'officer', 'admin'];
let ids = 0;

export class EmulationParticipants extends HTMLElement {
  static get observedAttributes() {
    return ['plan', 'unit', 'category', 'lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.uid = `pa${++ids}`;
    this.page = 0;
    this.onSession = () => this.build();
  }

  connectedCallback() {
    session.addEventListener('change', this.onSession);
    this.build();
  }

  disconnectedCallback() {
    session.removeEventListener('change', this.onSession);
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected) return;
    if (name === 'lang' || name === 'plan') {
      this.build();
    } else {
      this.page = 0;
      this.scheduleList();
    }
  }

  /** One reload for the attributes a navigation sets together (category and unit). */
  scheduleList() {
    if (this.listScheduled) return;
    this.listScheduled = true;
    queueMicrotask(() => {
      this.listScheduled = false;
      if (!this.categories) return; // the first load lists them anyway
      this.renderFilter();
      const focus = this.pendingFocus;
      this.pendingFocus = null;
      this.loadList(focus);
    });
  }

  get lang() {
    return language(this.getAttribute('lang') || document.documentElement.lang);
  }

  get t() {
    return PARTICIPANTS_TEXTS[this.lang];
  }

  get plan() {
    return this.getAttribute('plan') || '';
  }

  say(text) {
    return text ? text[this.lang] || text.vi : '';
  }

  api() {
    return new SignedApi(this.getAttribute('api') || undefined, this.lang);
  }

  path(rest = '') {
    return `plans/${encodeURIComponent(this.plan)}/${rest}`;
  }

  navigate(detail) {
    this.dispatchEvent(new CustomEvent('emulation-navigate', { detail, bubbles: true, composed: true }));
  }

  /** The frame, once per plan and language; its live region stays so that what it says is read. */
  build() {
    const t = this.t;
    this.fmt = new Formats(this.lang);
    this.categoriesBox = h('div', { class: 'categories' }, h('p', { class: 'note' }, t.loading));
    this.filterBox = h('div', { class: 'filter' });
    this.listBox = h('div', { class: 'list' });
    this.live = h('p', { class: 'ok', role: 'status' });
    this.detailsBox = h('div', { class: 'details' });
    this.registerBox = h('div', { class: 'register' });
    this.shadowRoot.replaceChildren(
      ...STYLES.map((href) => h('link', { rel: 'stylesheet', href })),
      h(
        'section',
        { 'aria-labelledby': `${this.uid}-ph` },
        h('h2', { id: `${this.uid}-ph` }, t.participants),
        this.live,
        this.filterBox,
        this.listBox,
        this.detailsBox,
      ),
      this.registerBox,
      h(
        'section',
        { 'aria-labelledby': `${this.uid}-ch` },
        h('h2', { id: `${this.uid}-ch` }, t.categories),
        this.categoriesBox,
      ),
    );
    this.loadAll();
  }

  async loadAll() {
    const t = this.t;
    const api = this.api();
    const plan = this.plan;
    try {
      const [categories, units] = await Promise.all([
        api.get(this.path('categories'), { size: 500 }),
        // the units a participant may belong to: those that exist today
        api.get('units', { size: 500 }),
      ]);
      if (plan !== this.plan) return;
      this.categories = categories.items;
      this.units = units.items;
      this.renderCategories();
      this.renderFilter();
      this.renderRegister();
      await this.loadList();
    } catch (e) {
      this.categoriesBox.replaceChildren(h('p', { class: 'problem' }, `${t.failed}: ${e.message}`));
    }
  }

  categoryName(code) {
    const c = (this.categories || []).find((x) => x.code === code);
    return c ? this.say(c.name) : code;
  }

  unitName(code) {
    const u = (this.units || []).find((x) => x.code === code);
    return u ? `${u.name} (${code})` : code;
  }

  renderCategories() {
    const t = this.t;
    const table = h(
      'table',
      { class: 'categories' },
      h('caption', {}, t.categoriesTable),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.code), h('th', { scope: 'col' }, t.kind), h('th', { scope: 'col' }, t.name))),
      h(
        'tbody',
        {},
        this.categories.map((c) =>
          h('tr', { dataset: { code: c.code } }, h('td', {}, h('code', {}, c.code)), h('td', {}, t.kinds[c.kind] || c.kind), h('td', {}, this.say(c.name))),
        ),
      ),
    );
    this.categoriesBox.replaceChildren(
      h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t.categoriesTable }, table),
    );
  }

  categoryOptions(selected, blank) {
    return [
      h('option', { value: '' }, blank),
      ...this.categories.map((c) => h('option', { value: c.code, selected: c.code === selected }, this.say(c.name))),
    ];
  }

  unitOptions(selected, blank) {
    return [
      h('option', { value: '' }, blank),
      ...this.units.map((u) => h('option', { value: u.code, selected: u.code === selected }, `${u.name} (${u.code})`)),
    ];
  }

  renderFilter() {
    const t = this.t;
    const category = h('select', { name: 'category' }, this.categoryOptions(this.getAttribute('category'), t.all));
    const unit = h('select', { name: 'unit' }, this.unitOptions(this.getAttribute('unit'), t.all));
    const form = h(
      'form',
      {
        class: 'filter',
        'aria-labelledby': `${this.uid}-fh`,
        onsubmit: (e) => {
          e.preventDefault();
          this.navigate({ category: category.value, unit: unit.value });
        },
      },
      h('h3', { id: `${this.uid}-fh` }, t.filter),
      h('div', { class: 'row' }, field(`${this.uid}-fc`, t.category, category), field(`${this.uid}-fu`, t.unit, unit)),
      h('button', { type: 'submit' }, t.apply),
    );
    this.filterBox.replaceChildren(form);
  }

  async loadList(focusId) {
    const t = this.t;
    const params = {
      category: this.getAttribute('category') || undefined,
      unit: this.getAttribute('unit') || undefined,
      page: this.page,
    };
    this.listBox.setAttribute('aria-busy', 'true');
    try {
      const page = await this.api().get(this.path('participants'), params);
      this.renderList(page, focusId);
    } catch (e) {
      this.listBox.replaceChildren(h('p', { class: 'problem' }, `${t.failed}: ${e.message}`));
    } finally {
      this.listBox.removeAttribute('aria-busy');
    }
  }

  renderList(page, focusId) {
    const t = this.t;
    if (!page.items.length) {
      this.listBox.replaceChildren(h('p', { class: 'note empty' }, t.none));
      return;
    }
    const table = h(
      'table',
      { class: 'participants' },
      h('caption', {}, t.participantsTable),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [t.id, t.name, t.kind, t.category, t.unit].map((l) => h('th', { scope: 'col' }, l)),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t.details)),
        ),
      ),
      h(
        'tbody',
        {},
        page.items.map((p) =>
          h(
            'tr',
            { dataset: { id: p.id }, class: p.id === focusId ? 'changed' : null, tabindex: p.id === focusId ? '-1' : null },
            h('td', {}, h('code', {}, p.id)),
            h('td', { class: 'name' }, p.name),
            h('td', {}, t.kinds[p.kind] || p.kind),
            h('td', {}, this.categoryName(p.categoryCode)),
            h('td', {}, this.unitName(p.unitCode)),
            h(
              'td',
              {},
              h(
                'button',
                { type: 'button', class: 'secondary details', 'aria-label': t.detailsOf(p.name), onclick: () => this.showDetails(p.id) },
                t.details,
              ),
            ),
          ),
        ),
      ),
    );
    this.listBox.replaceChildren(
      h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t.participantsTable }, table),
      pager(page, t, (n) => {
        this.page = n;
        this.loadList();
      }, t.pages),
    );
    if (focusId) this.listBox.querySelector('tr.changed')?.focus();
  }

  renderRegister() {
    const t = this.t;
    if (!session.has(...WRITERS)) {
      this.registerBox.replaceChildren();
      return;
    }
    const id = h('input', { type: 'text', name: 'id', autocomplete: 'off', spellcheck: 'false' });
    const name = h('input', { type: 'text', name: 'name', autocomplete: 'off' });
    const kind = h(
      'select',
      { name: 'kind' },
      h('option', { value: '' }, t.chooseKind),
      ...Object.entries(t.kinds).map(([k, words]) => h('option', { value: k }, words)),
    );
    const category = h('select', { name: 'categoryCode' }, this.categoryOptions(null, t.chooseCategory));
    const unit = h('select', { name: 'unitCode' }, this.unitOptions(this.getAttribute('unit'), t.chooseUnit));
    // the category's kind as the API lists it, proposed; the API still checks that they agree
    category.addEventListener('change', () => {
      const c = this.categories.find((x) => x.code === category.value);
      if (c) kind.value = c.kind;
    });
    const inputs = { id, name, kind, categoryCode: category, unitCode: unit };
    const form = h(
      'form',
      {
        class: 'register',
        'aria-labelledby': `${this.uid}-rh`,
        novalidate: true,
        onsubmit: (e) => {
          e.preventDefault();
          this.register(form, inputs);
        },
      },
      h('p', { class: 'hint' }, t.registerHint),
      h(
        'div',
        { class: 'row' },
        field(`${this.uid}-rn`, t.name, name),
        field(`${this.uid}-rc`, t.category, category),
        field(`${this.uid}-rk`, t.kind, kind),
        field(`${this.uid}-ru`, t.unit, unit),
        field(`${this.uid}-ri`, t.id, id, t.idHint),
      ),
      h('button', { type: 'submit' }, t.send),
    );
    this.registerBox.replaceChildren(
      h(
        'section',
        { 'aria-labelledby': `${this.uid}-rh` },
        h('h2', { id: `${this.uid}-rh` }, t.register),
        form,
      ),
    );
  }

  async register(form, inputs) {
    const t = this.t;
    clearProblems(form);
    this.live.textContent = '';
    // what was typed, as it was: empty fields are absent (an absent id is made by the API)
    const body = {};
    for (const [key, input] of Object.entries(inputs)) {
      if (input.value.trim() !== '') body[key] = input.value.trim();
    }
    try {
      const { body: p } = await this.api().call('POST', this.path('participants'), { json: body });
      inputs.id.value = '';
      inputs.name.value = '';
      this.live.textContent = t.registered(p.name, p.id);
      // the list shows the new participant's category and unit, where it now is
      const category = this.getAttribute('category');
      const unit = this.getAttribute('unit');
      if ((category && category !== p.categoryCode) || (unit && unit !== p.unitCode)) {
        this.pendingFocus = p.id;
        this.navigate({ category: p.categoryCode, unit: p.unitCode });
      } else {
        await this.loadList(p.id);
      }
    } catch (e) {
      showProblems(form, e, inputs, t, `${this.uid}-r`);
    }
  }

  async showDetails(id) {
    const t = this.t;
    const api = this.api();
    this.detailsBox.replaceChildren(h('p', { class: 'note' }, t.loading));
    try {
      const [p, plan] = await Promise.all([
        api.get(this.path(`participants/${encodeURIComponent(id)}`)),
        // the plan's occasions, from its file: the evidence is kept per occasion
        this.occasions ? Promise.resolve(null) : api.get(this.path('export')),
      ]);
      if (plan) this.occasions = plan.occasions || [];
      this.renderDetails(p);
    } catch (e) {
      this.detailsBox.replaceChildren(h('p', { class: 'problem' }, `${t.failed}: ${e.message}`));
    }
  }

  renderDetails(p) {
    const t = this.t;
    const headingId = `${this.uid}-dh`;
    const occasion = h(
      'select',
      { name: 'occasion' },
      this.occasions.map((o) => h('option', { value: o.code }, this.say(o.name))),
    );
    const evidenceBox = h('div', { class: 'evidence' });
    const heading = h('h3', { id: headingId, tabindex: '-1' }, `${t.participant}: ${p.name}`);
    this.detailsBox.replaceChildren(
      h(
        'section',
        { class: 'participant', 'aria-labelledby': headingId, dataset: { id: p.id } },
        heading,
        h(
          'dl',
          {},
          h('dt', {}, t.id),
          h('dd', {}, h('code', {}, p.id)),
          h('dt', {}, t.kind),
          h('dd', {}, t.kinds[p.kind] || p.kind),
          h('dt', {}, t.category),
          h('dd', {}, this.categoryName(p.categoryCode)),
          h('dt', {}, t.unit),
          h('dd', {}, this.unitName(p.unitCode)),
        ),
        this.occasions.length
          ? h(
              'form',
              {
                class: 'evidence',
                'aria-label': t.evidence,
                onsubmit: (e) => {
                  e.preventDefault();
                  this.loadEvidence(p.id, occasion.value, evidenceBox);
                },
              },
              field(`${this.uid}-do`, t.occasion, occasion),
              h('button', { type: 'submit' }, t.showEvidence),
            )
          : null,
        evidenceBox,
        h(
          'button',
          {
            type: 'button',
            class: 'secondary close',
            onclick: () => {
              this.detailsBox.replaceChildren();
              this.listBox.querySelector(`tr[data-id="${CSS.escape(p.id)}"] button`)?.focus();
            },
          },
          t.close,
        ),
      ),
    );
    heading.focus();
  }

  async loadEvidence(id, occasion, box) {
    const t = this.t;
    box.replaceChildren(h('p', { class: 'note' }, t.loading));
    try {
      const e = await this.api().get(
        this.path(`participants/${encodeURIComponent(id)}/evidence/${encodeURIComponent(occasion)}`),
      );
      box.replaceChildren(...this.evidence(e));
    } catch (err) {
      box.replaceChildren(h('p', { class: 'problem' }, `${t.failed}: ${err.message}`));
    }
  }

  evidence(e) {
    const t = this.t;
    const answers = Object.entries(e.answers || {});
    const counts = Object.entries(e.counts || {});
    const amounts = Object.entries(e.amounts || {});
    const registration = e.registeredOn ? this.fmt.day(e.registeredOn) : e.notRegistered ? t.notRegistered : t.unknown;
    const out = [h('p', { class: 'registration' }, `${t.registeredOn}: `, h('strong', {}, registration))];
    if (!answers.length && !counts.length && !amounts.length) out.push(h('p', { class: 'note' }, t.noEvidence));
    const table = (caption, heads, rows) =>
      h(
        'div',
        { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
        h(
          'table',
          {},
          h('caption', {}, caption),
          h('thead', {}, h('tr', {}, heads.map((x, i) => h('th', { scope: 'col', class: i > 0 && heads.length === 2 ? 'number' : null }, x)))),
          h('tbody', {}, rows),
        ),
      );
    if (answers.length) {
      out.push(
        table(
          t.answers,
          [t.criterion, t.answer, t.reference],
          answers.map(([code, a]) =>
            h('tr', {}, h('td', {}, h('code', {}, code)), h('td', {}, t.answerWords[a.answer] || a.answer), h('td', {}, a.reference || '—')),
          ),
        ),
      );
    }
    if (counts.length) {
      out.push(
        table(t.counts, [t.factKey, t.value], counts.map(([k, v]) => h('tr', {}, h('td', {}, h('code', {}, k)), h('td', { class: 'number' }, this.fmt.count(v))))),
      );
    }
    if (amounts.length) {
      out.push(
        table(t.amounts, [t.factKey, t.value], amounts.map(([k, v]) => h('tr', {}, h('td', {}, h('code', {}, k)), h('td', { class: 'number' }, this.fmt.figure(v, 'VND'))))),
      );
    }
    return out;
  }
}

if (!customElements.get('emulation-participants')) customElements.define('emulation-participants', EmulationParticipants);
