// <emulation-plans plan="rach-gia-2022-2025" lang="vi">: the administration of plans in the
// signed-in workspace. The plans (GET /api/plans, a page at a time) and the versions of the chosen
// one (GET /plans/{code}/versions): number, status, document, day of issue, the days in force, each
// version's plan file to download (fetched with the token, never a token in an address); a change
// of a version's status offering only what the API says the version may take next (allowedNext,
// the core's rule); and, for an administrator, the import of a plan file with every problem the API
// finds in it listed at once, path and reason, in the reader's language.
//
// Everything shown is what the API answered; the API refuses what a role may not do anyway, and
// the page offers each action only to the roles the API admits (POST /api/plans: admin; a change
// of status: officer and admin).

import { download, h } from './dom.js';
import { Formats } from './format.js';
import { clearProblems, field, pager, showProblems } from './problem-summary.js';
import { SignedApi, session } from './session.js';
import { language } from './texts.js';
import { PLANS_TEXTS } from './texts-plans.js';

const STYLES = ['work-elements.css', 'problem-summary.css', 'plans.css'].map((f) => new URL(f, import.meta.url).href);
const PLANS_PAGE_SIZE = 20;
let ids = 0;

export class EmulationPlans extends HTMLElement {
  static get observedAttributes() {
    return ['plan', 'lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.uid = `pl${++ids}`;
    this.plansPage = 0;
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
    if (name === 'lang') this.build();
    else this.loadVersions();
  }

  get lang() {
    return language(this.getAttribute('lang') || document.documentElement.lang);
  }

  get t() {
    return PLANS_TEXTS[this.lang];
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

  /** The page's frame, once per language: the live regions stay, so that what they say is read. */
  build() {
    const t = this.t;
    this.fmt = new Formats(this.lang);
    this.plansBox = h('div', { class: 'plans-list' });
    this.versionsBox = h('div', { class: 'versions' });
    this.versionsHeading = h('h2', { id: `${this.uid}-vh`, tabindex: '-1' }, t.versionsTable);
    this.versionsLive = h('p', { class: 'ok', role: 'status' });
    this.statusBox = h('div', { class: 'status-change' });
    this.importLive = h('p', { class: 'ok', role: 'status' });
    const roles = session.has('admin')
      ? null
      : h('p', { class: 'note' }, session.has('officer') ? t.onlyAdmin : t.readOnly);
    this.shadowRoot.replaceChildren(
      ...STYLES.map((href) => h('link', { rel: 'stylesheet', href })),
      h(
        'section',
        { 'aria-labelledby': `${this.uid}-ph` },
        h('h2', { id: `${this.uid}-ph` }, t.plans),
        this.plansBox,
      ),
      h(
        'section',
        { 'aria-labelledby': `${this.uid}-vh`, class: 'plan-versions' },
        this.versionsHeading,
        this.versionsLive,
        this.versionsBox,
        this.statusBox,
      ),
      session.has('admin') ? this.importSection(t) : roles,
    );
    this.loadPlans();
    this.loadVersions();
  }

  async loadPlans() {
    const t = this.t;
    this.plansBox.replaceChildren(h('p', { class: 'note' }, t.loading));
    try {
      const page = await this.api().get('plans', { page: this.plansPage, size: PLANS_PAGE_SIZE });
      this.renderPlans(page);
    } catch (e) {
      this.plansBox.replaceChildren(h('p', { class: 'problem' }, `${t.failed}: ${e.message}`));
    }
  }

  renderPlans(page) {
    const t = this.t;
    const rows = page.items.map((p) => {
      const current = p.code === this.plan;
      return h(
        'tr',
        { class: current ? 'current' : null, 'aria-current': current ? 'true' : null, dataset: { code: p.code } },
        h('td', {}, h('code', {}, p.code)),
        h('td', {}, this.say(p.title)),
        h('td', {}, `${p.firstYear}–${p.lastYear}`),
        h('td', { class: 'number' }, this.fmt.count(p.version)),
        h(
          'td',
          {},
          current
            ? h('span', { class: 'shown' }, t.shown)
            : h(
                'button',
                {
                  type: 'button',
                  class: 'secondary show',
                  'aria-label': t.show(p.code),
                  onclick: () => this.navigate({ plan: p.code }),
                },
                t.showShort,
              ),
        ),
      );
    });
    const table = h(
      'table',
      { class: 'plans' },
      h('caption', {}, t.plansTable),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t.code),
          h('th', { scope: 'col' }, t.title),
          h('th', { scope: 'col' }, t.period),
          h('th', { scope: 'col', class: 'number' }, t.latest),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t.showShort)),
        ),
      ),
      h('tbody', {}, rows),
    );
    this.plansBox.replaceChildren(
      h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t.plansTable }, table),
      ...(page.total > page.size
        ? [
            pager(page, t, (n) => {
              this.plansPage = n;
              this.loadPlans();
            }, t.plansPages),
          ]
        : []),
    );
  }

  navigate(detail) {
    this.dispatchEvent(new CustomEvent('emulation-navigate', { detail, bubbles: true, composed: true }));
  }

  async loadVersions() {
    const t = this.t;
    const code = this.plan;
    this.versionsBox.replaceChildren(h('p', { class: 'note' }, t.loading));
    this.statusBox.replaceChildren();
    try {
      const versions = await this.api().get(`plans/${encodeURIComponent(code)}/versions`);
      if (code !== this.plan) return; // another plan was chosen meanwhile
      // after an import the version stored takes the focus
      const stored = this.pendingStored && this.pendingStored.code === code ? this.pendingStored.version : undefined;
      this.pendingStored = null;
      this.renderVersions(versions, stored);
      if (stored !== undefined) this.versionsBox.querySelector('tr.changed')?.focus();
    } catch (e) {
      this.versionsHeading.textContent = t.versionsTable;
      this.versionsBox.replaceChildren(h('p', { class: 'problem' }, `${t.failed}: ${e.message}`));
    }
  }

  renderVersions(versions, changed) {
    const t = this.t;
    const fmt = this.fmt;
    const latest = versions[versions.length - 1];
    this.versionsHeading.textContent = t.versionsOf(`${this.say(latest.title)} (${latest.code})`);
    const day = (iso) => (iso ? fmt.day(iso.slice(0, 10)) : t.none);
    const rows = versions.map((v) =>
      h(
        'tr',
        { dataset: { version: v.version, status: v.status }, class: v.version === changed ? 'changed' : null, tabindex: v.version === changed ? '-1' : null },
        h('th', { scope: 'row', class: 'number' }, fmt.count(v.version)),
        h('td', { class: 'status' }, h('span', { class: `badge ${v.status.toLowerCase()}` }, this.say(v.statusName))),
        h('td', {}, v.documentNumber || h('span', { class: 'unknown' }, t.unknown)),
        h('td', {}, v.issuedOn ? fmt.day(v.issuedOn) : h('span', { class: 'unknown' }, t.unknown)),
        h('td', {}, day(v.inForceFrom)),
        h('td', {}, day(v.inForceUntil)),
        h('td', {}, day(v.importedAt)),
        h(
          'td',
          {},
          h(
            'button',
            { type: 'button', class: 'secondary download', 'aria-label': t.download(v.version), onclick: () => this.downloadVersion(v) },
            `${v.code}-v${v.version}.json`,
          ),
        ),
      ),
    );
    const table = h(
      'table',
      { class: 'versions' },
      h('caption', {}, t.versionsTable),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...[t.version, t.status, t.documentNumber, t.issuedOn, t.inForceFrom, t.inForceUntil, t.importedAt, t.file].map(
            (label, i) => h('th', { scope: 'col', class: i === 0 ? 'number' : null }, label),
          ),
        ),
      ),
      h('tbody', {}, rows),
    );
    this.versionsBox.replaceChildren(
      h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t.versionsTable }, table),
    );
    this.statusBox.replaceChildren(...(session.has('officer', 'admin') ? [this.statusForm(versions)] : []));
  }

  async downloadVersion(v) {
    try {
      const { blob } = await this.api().file(`plans/${encodeURIComponent(v.code)}/versions/${v.version}`);
      const href = URL.createObjectURL(blob);
      download(href, `${v.code}-v${v.version}.json`);
      setTimeout(() => URL.revokeObjectURL(href), 10000);
    } catch (e) {
      this.versionsLive.textContent = `${this.t.failed}: ${e.message}`;
    }
  }

  /** The change of a version's status: only the versions that may change, only what each may take. */
  statusForm(versions) {
    const t = this.t;
    const changeable = versions.filter((v) => v.allowedNext.length > 0);
    const heading = h('h3', { id: `${this.uid}-sh` }, t.changeStatus);
    if (!changeable.length) return h('div', {}, heading, h('p', { class: 'note' }, t.noChange));
    const version = h('select', { name: 'version' });
    const status = h('select', { name: 'status' });
    const date = h('input', { type: 'date', name: 'date' });
    for (const v of changeable) {
      version.append(h('option', { value: v.version }, `${this.fmt.count(v.version)} (${this.say(v.statusName)})`));
    }
    const offer = () => {
      const v = changeable.find((c) => String(c.version) === version.value);
      status.replaceChildren(...v.allowedNext.map((n) => h('option', { value: n.status }, this.say(n.name))));
    };
    version.addEventListener('change', offer);
    offer();
    const form = h(
      'form',
      {
        class: 'change-status',
        'aria-labelledby': `${this.uid}-sh`,
        novalidate: true,
        onsubmit: (e) => {
          e.preventDefault();
          this.changeStatus(form, version.value, { status: status.value, date: date.value || undefined }, { status, date });
        },
      },
      heading,
      h('p', { class: 'hint' }, t.changeHint),
      h(
        'div',
        { class: 'row' },
        field(`${this.uid}-sv`, t.whichVersion, version),
        field(`${this.uid}-ss`, t.newStatus, status),
        field(`${this.uid}-sd`, t.effective, date, t.effectiveHint),
      ),
      h('button', { type: 'submit' }, t.change),
    );
    return form;
  }

  async changeStatus(form, version, body, inputs) {
    const t = this.t;
    const code = this.plan;
    clearProblems(form);
    try {
      const { body: versions } = await this.api().call(
        'POST',
        `plans/${encodeURIComponent(code)}/versions/${encodeURIComponent(version)}/status`,
        { json: body },
      );
      const now = versions.find((v) => String(v.version) === String(version));
      this.renderVersions(versions, now.version);
      this.versionsLive.textContent = t.changed(this.fmt.count(now.version), this.say(now.statusName));
      this.versionsBox.querySelector('tr.changed')?.focus();
    } catch (e) {
      showProblems(form, e, inputs, t, `${this.uid}-s`);
    }
  }

  importSection(t) {
    const file = h('input', { type: 'file', name: 'file', accept: 'application/json,.json' });
    const form = h(
      'form',
      {
        class: 'import',
        'aria-labelledby': `${this.uid}-ih`,
        novalidate: true,
        onsubmit: (e) => {
          e.preventDefault();
          this.importFile(form, file);
        },
      },
      h('p', { class: 'hint' }, t.importHint),
      field(`${this.uid}-file`, t.chooseFile, file),
      h('button', { type: 'submit' }, t.send),
    );
    return h(
      'section',
      { 'aria-labelledby': `${this.uid}-ih`, class: 'plan-import' },
      h('h2', { id: `${this.uid}-ih` }, t.importPlan),
      this.importLive,
      form,
    );
  }

  /**
   * Sends the chosen file as it is: the API checks the whole file and answers every problem at once,
   * each at its JSON path; none of them is a field of this form, so all stand in the summary and the
   * file input is marked as what they are about.
   */
  async importFile(form, file) {
    const t = this.t;
    clearProblems(form);
    this.importLive.textContent = '';
    const chosen = file.files && file.files[0];
    if (!chosen) {
      showProblems(form, { errors: [{ field: 'file', reason: t.noFile }], title: '' }, { file }, t, `${this.uid}-i`);
      return;
    }
    let text;
    try {
      text = await chosen.text();
    } catch {
      showProblems(form, { errors: [{ field: 'file', reason: t.notJson }], title: '' }, { file }, t, `${this.uid}-i`);
      return;
    }
    try {
      const { body, status } = await this.api().call('POST', 'plans', {
        body: text,
        headers: { 'Content-Type': 'application/json' },
      });
      file.value = '';
      this.importLive.textContent = status === 201 ? t.imported(body.code, body.version) : t.alreadyStored(body.code, body.version);
      this.pendingStored = { code: body.code, version: body.version };
      this.loadPlans();
      if (body.code === this.plan) this.loadVersions();
      else this.navigate({ plan: body.code });
    } catch (e) {
      const summary = showProblems(form, e, {}, t, `${this.uid}-i`);
      file.setAttribute('aria-invalid', 'true');
      file.dataset.describedBefore = file.getAttribute('aria-describedby') || '';
      file.setAttribute('aria-describedby', summary.getAttribute('aria-labelledby'));
    }
  }
}

if (!customElements.get('emulation-plans')) customElements.define('emulation-plans', EmulationPlans);
