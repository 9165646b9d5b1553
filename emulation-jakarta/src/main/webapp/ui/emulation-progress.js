// <emulation-progress plan="rach-gia-2022-2025" unit="30745" milestone="2025" lang="vi">
// The published progress of a plan for a unit (the whole city by default): every target against
// the milestone's thresholds by pillar, the trend over the years, the units under it (drill-down)
// and their ranking, with the plan's version and legal basis; each view downloads as CSV and XLSX
// (the API's published files) and each chart as PNG. Its styles live in a shadow root,
// so the portal that embeds it and the element do not restyle each other. One script tag embeds it:
//   <script type="module" src="https://…/emulation/ui/emulation-progress.js"></script>
// The API is the one beside the script (../api/), or the `api` attribute's.

import { Api } from './api.js';
import { barsOption, echarts, rankingOption, trendOption } from './charts.js';
import { download, h } from './dom.js';
import { Formats } from './format.js';
import { TEXTS, language } from './texts.js';

const STYLES = new URL('progress.css', import.meta.url).href;
const DEFAULT_API = new URL('../api/', import.meta.url).href;
const PILLAR_ORDER = ['DIGITAL_GOVERNMENT', 'DIGITAL_ECONOMY', 'DIGITAL_SOCIETY'];
let ids = 0;

export class EmulationProgress extends HTMLElement {
  static get observedAttributes() {
    return ['plan', 'unit', 'milestone', 'lang', 'api', 'forecast-year'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.charts = [];
    this.cache = new Map();
    this.path = [];
    this.uid = `ep${++ids}`;
    this.resizer = new ResizeObserver(() => this.charts.forEach((c) => c.resize()));
    // printing lays the page out at the paper's width: the charts are drawn again to fit it
    this.print = matchMedia('print');
    this.onPrint = () => this.charts.forEach((c) => c.resize());
  }

  connectedCallback() {
    this.print.addEventListener('change', this.onPrint);
    this.load();
  }

  disconnectedCallback() {
    this.disposeCharts();
    this.resizer.disconnect();
    this.print.removeEventListener('change', this.onPrint);
  }

  attributeChangedCallback(_name, before, after) {
    if (before !== after && this.isConnected) this.load();
  }

  get lang() {
    return language(this.getAttribute('lang') || document.documentElement.lang);
  }

  get t() {
    return TEXTS[this.lang];
  }

  /** Reads a text of the API in the element's language. */
  say(text) {
    return text ? text[this.lang] || text.vi : '';
  }

  api() {
    return new Api(this.getAttribute('api') || DEFAULT_API, this.lang);
  }

  cached(key, fetcher) {
    if (!this.cache.has(key)) {
      this.cache.set(
        key,
        fetcher().catch((e) => {
          this.cache.delete(key);
          throw e;
        }),
      );
    }
    return this.cache.get(key);
  }

  async load() {
    const token = Symbol('load');
    this.loading = token;
    const plan = this.getAttribute('plan');
    const unit = this.getAttribute('unit') || undefined;
    const asked = this.getAttribute('milestone') || undefined;
    const api = this.api();
    this.setAttribute('aria-busy', 'true');
    if (!this.shadowRoot.firstChild) this.renderShell();
    try {
      const published = await this.cached(`plan|${plan}`, () => api.plan(plan));
      const report = await this.cached(`p|${plan}|${unit}|${asked}`, () =>
        api.progress(plan, { unit, milestone: asked }),
      );
      const params = { unit: report.unit.code, milestone: report.milestone };
      // the report is also its own year of the trend: asked once
      const own = `p|${plan}|${params.unit}|${params.milestone}|${report.year}`;
      if (!this.cache.has(own)) this.cache.set(own, Promise.resolve(report));
      const first = published.firstYear;
      const last = Math.min(report.milestone, published.lastYear, new Date().getFullYear());
      const years = [];
      for (let y = first; y <= last; y++) years.push(y);
      const forecastYear = this.getAttribute('forecast-year') || undefined;
      const [trend, children, ranking, forecast] = await Promise.all([
        Promise.all(
          years.map((year) =>
            this.cached(`p|${plan}|${params.unit}|${params.milestone}|${year}`, () =>
              // a year the API refuses (the unit did not exist yet) is a year without a figure
              api.progress(plan, { ...params, year }).catch((e) => ({ year, rows: [], refused: e.message })),
            ),
          ),
        ),
        this.cached(`c|${plan}|${params.unit}|${params.milestone}`, () =>
          api.children(plan, params),
        ),
        this.cached(`r|${plan}|${params.unit}|${params.milestone}`, () =>
          api.ranking(plan, params),
        ),
        // the forecast is an addition: the figures stand without it
        this.cached(`f|${plan}|${params.unit}|${params.milestone}|${forecastYear}`, () =>
          api.forecast(plan, { ...params, year: forecastYear }).catch((e) => ({ failed: e.message })),
        ),
      ]);
      if (this.loading !== token) return;
      if (!this.top) {
        // the way back up starts at the plan's whole city, whichever unit was asked for first
        this.top = unit
          ? (await this.cached(`p|${plan}|undefined|${asked}`, () => api.progress(plan, { milestone: asked }))).unit
          : report.unit;
      }
      if (this.loading !== token) return;
      this.render({ plan, published, report, years, trend, children, ranking, forecast, api });
    } catch (e) {
      if (this.loading !== token) return;
      this.renderError(e);
    } finally {
      if (this.loading === token) this.removeAttribute('aria-busy');
    }
  }

  renderShell() {
    this.shadowRoot.replaceChildren(
      h('link', { rel: 'stylesheet', href: STYLES }),
      h('div', { class: 'ep', role: 'status' }, this.t.loading),
    );
  }

  renderError(e) {
    this.disposeCharts();
    this.shadowRoot.replaceChildren(
      h('link', { rel: 'stylesheet', href: STYLES }),
      h('div', { class: 'ep error', role: 'alert' }, `${this.t.error}: ${e.message}`),
    );
  }

  disposeCharts() {
    this.charts.forEach((c) => c.dispose());
    this.charts = [];
    this.resizer.disconnect();
    delete this.dataset.charts;
  }

  /** Moves to another unit and tells the page, which keeps it in its address. */
  navigate(unit, milestone) {
    const detail = { unit: unit || '', milestone: String(milestone || this.getAttribute('milestone') || '') };
    this.focusTitle = true;
    if (unit) this.setAttribute('unit', unit);
    else this.removeAttribute('unit');
    if (milestone) this.setAttribute('milestone', String(milestone));
    this.dispatchEvent(new CustomEvent('emulation-navigate', { detail, bubbles: true, composed: true }));
  }

  render(data) {
    const { published, report } = data;
    const t = this.t;
    const f = new Formats(this.lang);
    const indicators = new Map(published.indicators.map((i) => [i.code, i]));
    this.disposeCharts();
    const pending = [];

    // the path from the city to this unit, for the way back up
    const here = report.unit;
    const at = this.path.findIndex((u) => u.code === here.code);
    if (here.code === this.top.code) this.path = [];
    else if (at >= 0) this.path = this.path.slice(0, at + 1);
    else this.path = [...this.path, here];
    const trail = [this.top, ...this.path];

    const title = h('h2', { id: `${this.uid}-title`, tabindex: '-1' }, here.name);
    const main = h(
      'div',
      { class: 'ep', lang: this.lang },
      h(
        'header',
        { class: 'head' },
        title,
        this.planLine(published, f),
        this.legalBasis(published),
        trail.length > 1
          ? h(
              'nav',
              { 'aria-label': t.path, class: 'trail' },
              h(
                'ol',
                {},
                trail.map((u, i) =>
                  h(
                    'li',
                    {},
                    i === trail.length - 1
                      ? h('span', { 'aria-current': 'page' }, u.name)
                      : h(
                          'button',
                          { type: 'button', class: 'link', onclick: () => this.navigate(i === 0 ? null : u.code, report.milestone) },
                          u.name,
                        ),
                  ),
                ),
              ),
            )
          : null,
        this.milestones(published, report),
        h(
          'p',
          { class: 'asof' },
          `${t.figuresOf} ${report.year} · ${t.asOf} ${f.day(report.date)}`,
        ),
        this.summary(report.summary, f),
        h('p', { class: 'actions' }, h('button', { type: 'button', class: 'print', onclick: () => window.print() }, t.print)),
      ),
    );

    const pillars = published.pillars.length
      ? published.pillars
      : PILLAR_ORDER.map((code) => ({ code, label: { vi: code, en: code } }));
    for (const pillar of pillars) {
      const rows = report.rows.filter((r) => r.pillar === pillar.code);
      if (!rows.length) continue;
      main.append(this.pillarSection(pillar, rows, data, indicators, f, pending));
    }
    main.append(this.forecastSection(data, indicators, f));
    main.append(this.childrenSection(data, f));
    main.append(this.rankingSection(data, f, pending));

    this.shadowRoot.replaceChildren(h('link', { rel: 'stylesheet', href: STYLES }), main);
    if (this.focusTitle) {
      this.focusTitle = false;
      title.focus();
    }
    // the moment the figures can be read, for docs/performance.md's "time to usable"
    if (!performance.getEntriesByName('emulation-progress-usable').length) {
      performance.mark('emulation-progress-usable');
    }
    if (pending.length) this.drawCharts(pending);
    else this.dataset.charts = '0';
  }

  planLine(published, f) {
    const t = this.t;
    return h(
      'p',
      { class: 'plan' },
      h('span', { class: 'plan-title' }, this.say(published.title)),
      ` · ${t.version} ${published.version}`,
      published.documentNumber
        ? ` · ${t.document} ${published.documentNumber}` +
            (published.issuedOn ? ` ${t.issuedOn} ${f.day(published.issuedOn)}` : '') +
            `, ${this.say(published.issuer)}`
        : '',
    );
  }

  legalBasis(published) {
    if (!published.legalBases.length) return null;
    return h(
      'details',
      { class: 'basis' },
      h('summary', {}, this.t.legalBasis),
      h(
        'ul',
        {},
        published.legalBases.map((b) => h('li', {}, h('strong', {}, b.reference), ' — ', this.say(b.title))),
      ),
    );
  }

  milestones(published, report) {
    const name = `${this.uid}-milestone`;
    return h(
      'fieldset',
      { class: 'milestones' },
      h('legend', {}, this.t.milestone),
      published.milestones.map((m) => {
        const id = `${name}-${m.year}`;
        return h(
          'span',
          { class: 'choice' },
          h('input', {
            type: 'radio',
            name,
            id,
            value: String(m.year),
            checked: m.year === report.milestone,
            onchange: () => this.navigate(this.getAttribute('unit'), m.year),
          }),
          h('label', { for: id }, `${m.year} — ${this.say(m.name)}`),
        );
      }),
    );
  }

  summary(s, f) {
    const t = this.t;
    return h(
      'dl',
      { class: 'summary' },
      h('div', {}, h('dt', {}, t.met), h('dd', { 'data-field': 'met' }, `${f.count(s.met)} / ${f.count(s.targets)}`)),
      h('div', {}, h('dt', {}, t.notMet), h('dd', { 'data-field': 'notMet' }, f.count(s.notMet))),
      h('div', {}, h('dt', {}, t.incomplete), h('dd', { 'data-field': 'incomplete' }, f.count(s.incomplete))),
      h('div', {}, h('dt', {}, t.noData), h('dd', { 'data-field': 'noData' }, f.count(s.noData))),
      h(
        'div',
        {},
        h('dt', {}, t.coverage),
        h('dd', { 'data-field': 'coverage' }, `${f.count(s.coverage.reported)} / ${f.count(s.coverage.expected)}`),
      ),
    );
  }

  status(row, f) {
    const t = this.t;
    const cls = `status s-${row.status.toLowerCase().replace('_', '-')}`;
    const c = row.coverage;
    return h(
      'td',
      { 'data-field': 'status', 'data-status': row.status },
      h('span', { class: cls }, this.say(row.statusLabel)),
      c.expected > 0
        ? h(
            'span',
            { class: 'coverage', 'data-field': 'coverage' },
            ` ${f.count(c.reported)}/${f.count(c.expected)}`,
            c.complete ? '' : ` (${t.missingUnits(c.missing.length || c.expected - c.reported)})`,
          )
        : null,
    );
  }

  pillarSection(pillar, rows, data, indicators, f, pending) {
    const t = this.t;
    const id = `${this.uid}-${pillar.code}`;
    const unitOf = (code) => (indicators.get(code) || {}).unit;
    const table = h(
      'table',
      { class: 'targets', 'data-pillar': pillar.code },
      h('caption', {}, `${this.say(pillar.label)} — ${data.report.milestone}`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [t.indicator, t.target, t.threshold, t.value, t.gap, t.counts, t.status].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((r) => {
          const u = unitOf(r.indicator);
          return h(
            'tr',
            { 'data-indicator': r.indicator },
            h('th', { scope: 'row' }, r.indicator),
            h('td', { class: 'name' }, this.say(r.name)),
            h('td', { 'data-field': 'threshold', 'data-raw': r.threshold }, `${r.symbol} ${f.threshold(r.threshold, u)}`),
            h('td', { 'data-field': 'value', 'data-raw': r.value ?? '' }, f.figure(r.value, u) ?? t.none),
            h('td', { 'data-field': 'gap', 'data-raw': r.gap ?? '' }, f.gap(r.gap, u) ?? t.none),
            h(
              'td',
              { 'data-field': 'counts' },
              r.numerator == null ? t.none : `${f.count(r.numerator)} / ${f.count(r.denominator)}`,
            ),
            this.status(r, f),
          );
        }),
      ),
    );
    const percent = rows.filter((r) => unitOf(r.indicator) === 'PERCENT');
    const section = h(
      'section',
      { class: 'pillar', 'aria-labelledby': id },
      h('h3', { id }, this.say(pillar.label)),
    );
    if (percent.length) {
      section.append(
        this.figure(
          `${this.say(pillar.label)}: ${t.barsCaption}`,
          `${t.barsCaption}. ${percent.length < rows.length ? t.onlyPercentCharted : ''}`,
          (echarts) => barsOption(percent, t, f),
          `${data.report.unit.code}-${pillar.code}-${data.report.milestone}`,
          pending,
        ),
      );
    }
    section.append(this.tableBlock(table, this.progressFiles(data)));

    // the trend: each year's figure against this milestone's thresholds
    const codes = rows.map((r) => r.indicator);
    const byYear = new Map(data.trend.map((rep) => [rep.year, new Map(rep.rows.map((r) => [r.indicator, r]))]));
    const valueOf = (code, year) => {
      const r = byYear.get(year)?.get(code);
      return r ? r.value : null;
    };
    const trendTable = h(
      'table',
      { class: 'trend', 'data-pillar': pillar.code },
      h('caption', {}, `${t.trend}: ${this.say(pillar.label)}`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.indicator), h('th', { scope: 'col' }, t.threshold), data.years.map((y) => h('th', { scope: 'col' }, String(y))))),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h(
            'tr',
            { 'data-indicator': r.indicator },
            h('th', { scope: 'row' }, r.indicator),
            h('td', {}, `${r.symbol} ${f.threshold(r.threshold, unitOf(r.indicator))}`),
            data.years.map((y) => {
              const v = valueOf(r.indicator, y);
              return h('td', { 'data-year': y, 'data-raw': v ?? '' }, f.figure(v, unitOf(r.indicator)) ?? t.none);
            }),
          ),
        ),
      ),
    );
    const trendId = `${id}-trend`;
    const trend = h('section', { class: 'trend', 'aria-labelledby': trendId }, h('h4', { id: trendId }, `${t.trend} — ${this.say(pillar.label)}`));
    const percentCodes = codes.filter((c) => unitOf(c) === 'PERCENT');
    if (percentCodes.length && data.years.length > 1) {
      trend.append(
        this.figure(
          `${t.trend}: ${this.say(pillar.label)}`,
          t.trendCaption(data.report.milestone),
          () => trendOption(percentCodes, data.years, valueOf, f),
          `${data.report.unit.code}-${pillar.code}-trend`,
          pending,
        ),
      );
    }
    const refused = data.trend.filter((rep) => rep.refused);
    if (refused.length) {
      trend.append(
        h('ul', { class: 'notes' }, refused.map((rep) => h('li', { 'data-year': rep.year }, `${rep.year}: ${rep.refused}`))),
      );
    }
    trend.append(
      this.tableBlock(
        trendTable,
        this.files(data, 'trend', { unit: data.report.unit.code, milestone: data.report.milestone }, t.filesOf.trend(data.report.unit.name)),
      ),
    );
    section.append(trend);
    return section;
  }

  forecastSection(data, indicators, f) {
    const t = this.t;
    const id = `${this.uid}-forecast`;
    const section = h('section', { class: 'forecast', 'aria-labelledby': id }, h('h3', { id }, t.forecast));
    const fc = data.forecast;
    const selectId = `${id}-year`;
    section.append(
      h(
        'p',
        { class: 'forecast-year' },
        h('label', { for: selectId }, `${t.forecastThrough} `),
        h(
          'select',
          {
            id: selectId,
            onchange: (e) => {
              this.focusTitle = false;
              this.setAttribute('forecast-year', e.target.value);
            },
          },
          data.years.map((y) =>
            h('option', { value: String(y), selected: fc && !fc.failed && fc.throughYear === y }, String(y)),
          ),
        ),
        // on paper the choice is a fact, not a control
        fc && !fc.failed ? h('span', { class: 'print-only' }, String(fc.throughYear)) : null,
      ),
      h('p', { class: 'method' }, t.method),
    );
    if (!fc || fc.failed) {
      section.append(h('p', { role: 'status' }, `${t.forecastUnavailable}${fc ? `: ${fc.failed}` : ''}`));
      return section;
    }
    const unitOf = (code) => (indicators.get(code) || {}).unit;
    const interval = (r) =>
      r.low == null ? t.none : `${f.figure(r.low, unitOf(r.indicator))} – ${r.high == null ? '∞' : f.figure(r.high, unitOf(r.indicator))}`;
    const row = (r, withUnit) =>
      h(
        'tr',
        { 'data-indicator': r.indicator, 'data-unit': r.unit },
        withUnit ? h('th', { scope: 'row' }, r.unitName) : null,
        withUnit ? h('td', {}, r.indicator) : h('th', { scope: 'row' }, r.indicator),
        h('td', {}, `${r.symbol} ${f.threshold(r.threshold, unitOf(r.indicator))}`),
        h('td', { 'data-field': 'projected', 'data-raw': r.projected ?? '' }, f.figure(r.projected, unitOf(r.indicator)) ?? t.none),
        h('td', { 'data-field': 'interval' }, interval(r)),
        h('td', { 'data-field': 'outlook', 'data-outlook': r.outlook }, h('span', { class: `outlook o-${r.outlook.toLowerCase().replace('_', '-')}` }, t.outlooks[r.outlook] || r.outlook)),
        h('td', {}, this.say(r.reason)),
      );
    const head = (withUnit) =>
      h('thead', {}, h('tr', {}, [withUnit ? t.unit : null, t.indicator, t.threshold, t.projected, t.interval, t.outlook, t.reason].filter(Boolean).map((c) => h('th', { scope: 'col' }, c))));
    const own = h(
      'table',
      { class: 'forecast' },
      h('caption', {}, `${t.forecast}: ${data.report.unit.name} — ${fc.milestone}`),
      head(false),
      h('tbody', {}, fc.targets.map((r) => row(r, false))),
    );
    section.append(this.tableBlock(own));
    const riskId = `${id}-risk`;
    section.append(h('h4', { id: riskId }, t.atRisk));
    if (!fc.atRisk.length) {
      section.append(h('p', {}, t.atRiskNone));
    } else {
      const risk = h(
        'table',
        { class: 'at-risk' },
        h('caption', {}, `${t.atRisk} — ${fc.milestone}`),
        head(true),
        h('tbody', {}, fc.atRisk.map((r) => row(r, true))),
      );
      section.append(this.tableBlock(risk));
    }
    // one file holds both tables: the unit's targets, then the units at risk
    section.append(
      this.files(
        data,
        'forecast',
        { unit: data.report.unit.code, milestone: fc.milestone, year: fc.throughYear },
        t.filesOf.forecast(data.report.unit.name),
      ),
    );
    return section;
  }

  childrenSection(data, f) {
    const t = this.t;
    const id = `${this.uid}-children`;
    const section = h('section', { class: 'children', 'aria-labelledby': id }, h('h3', { id }, t.children));
    const items = data.children.items;
    if (!items.length) {
      section.append(h('p', {}, t.childrenNone));
      return section;
    }
    const table = h(
      'table',
      { class: 'children' },
      h('caption', {}, `${t.children}: ${data.report.unit.name}`),
      h('thead', {}, h('tr', {}, [t.unit, t.met, t.notMet, t.incomplete, t.noData, t.coverage].map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        items.map((c) =>
          h(
            'tr',
            { 'data-unit': c.unit.code },
            h(
              'th',
              { scope: 'row' },
              h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  'aria-label': t.drillInto(c.unit.name),
                  onclick: () => this.navigate(c.unit.code, data.report.milestone),
                },
                c.unit.name,
              ),
            ),
            h('td', { 'data-field': 'met' }, `${f.count(c.summary.met)} / ${f.count(c.summary.targets)}`),
            h('td', { 'data-field': 'notMet' }, f.count(c.summary.notMet)),
            h('td', { 'data-field': 'incomplete' }, f.count(c.summary.incomplete)),
            h('td', { 'data-field': 'noData' }, f.count(c.summary.noData)),
            h('td', { 'data-field': 'coverage' }, `${f.count(c.summary.coverage.reported)} / ${f.count(c.summary.coverage.expected)}`),
          ),
        ),
      ),
    );
    section.append(this.tableBlock(table, this.progressFiles(data)));
    return section;
  }

  rankingSection(data, f, pending) {
    const t = this.t;
    const id = `${this.uid}-ranking`;
    const items = data.ranking.items;
    const section = h('section', { class: 'ranking', 'aria-labelledby': id }, h('h3', { id }, t.ranking));
    if (!items.length) {
      section.append(h('p', {}, t.childrenNone));
      return section;
    }
    section.append(
      this.figure(t.ranking, t.metOf, () => rankingOption(items, t), `${data.report.unit.code}-ranking`, pending, Math.max(240, items.length * 28 + 48)),
    );
    const table = h(
      'table',
      { class: 'ranking' },
      h('caption', {}, `${t.ranking}: ${data.report.unit.name}`),
      h('thead', {}, h('tr', {}, [t.rank, t.unit, t.metOf, t.incomplete, t.coverage].map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        items.map((r) =>
          h(
            'tr',
            { 'data-unit': r.unit.code },
            h('td', { 'data-field': 'rank' }, f.count(r.rank)),
            h('th', { scope: 'row' }, r.unit.name),
            h('td', { 'data-field': 'met' }, `${f.count(r.summary.met)} / ${f.count(r.summary.targets)}`),
            h('td', { 'data-field': 'incomplete' }, f.count(r.summary.incomplete)),
            h('td', { 'data-field': 'coverage' }, `${f.count(r.summary.coverage.reported)} / ${f.count(r.summary.coverage.expected)}`),
          ),
        ),
      ),
    );
    section.append(
      this.tableBlock(
        table,
        this.files(
          data,
          'ranking',
          { unit: data.report.unit.code, milestone: data.report.milestone, year: data.report.year },
          t.filesOf.ranking(data.report.unit.name),
        ),
      ),
    );
    return section;
  }

  /** A chart (drawn once ECharts has loaded) with its PNG download; its data is the next table. */
  figure(label, caption, option, fileName, pending, height) {
    const t = this.t;
    const box = h('div', { class: 'chart', role: 'img', 'aria-label': t.chartOf(label) });
    if (height) box.classList.add(height > 320 ? 'tall' : 'short');
    const png = h('button', { type: 'button', class: 'png', disabled: true }, t.downloadPng);
    pending.push({ box, option, png, fileName });
    return h('figure', {}, box, h('figcaption', {}, caption, ' ', png));
  }

  /**
   * A table in its scrolling region, followed by the downloads of its view, if any. The region is
   * named by the table's caption, which says more than the section's heading (a milestone, a
   * unit): two landmarks of one name could not be told apart.
   */
  tableBlock(table, files) {
    const label = table.querySelector('caption').textContent;
    return h(
      'div',
      { class: 'table-block' },
      h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': label }, table),
      files,
    );
  }

  /** The downloads of the unit's progress: every target of the unit and of the units under it. */
  progressFiles(data) {
    const r = data.report;
    return this.files(data, 'progress', { unit: r.unit.code, milestone: r.milestone, year: r.year }, this.t.filesOf.progress(r.unit.name));
  }

  /**
   * Links to a view's published files, CSV and XLSX, asked with the view's parameters: the API's
   * figures in its columns (the open-data contract), the same rows in both. Absolute addresses
   * from the element's API, so they work from a portal's page; the server names the file.
   */
  files(data, view, params, what) {
    const t = this.t;
    const link = (format, label) =>
      h(
        'a',
        {
          class: 'file',
          href: data.api.file(data.plan, view, format, params),
          download: '',
          'data-file': view,
          'data-format': format,
          'aria-label': `${label}: ${what}`,
        },
        label,
      );
    return h(
      'p',
      { class: 'actions downloads', 'data-file': view },
      h('span', { class: 'what' }, `${what}:`),
      link('csv', t.downloadCsv),
      link('xlsx', t.downloadXlsx),
    );
  }

  async drawCharts(pending) {
    let lib;
    try {
      lib = await echarts();
    } catch (e) {
      return; // the tables hold the same data; a chart that cannot load is not an error
    }
    for (const { box, option, png, fileName } of pending) {
      if (!box.isConnected) continue;
      const chart = lib.init(box, null, { renderer: 'canvas', locale: 'EN' });
      chart.setOption(option(lib));
      this.charts.push(chart);
      this.resizer.observe(box);
      png.disabled = false;
      png.addEventListener('click', () =>
        download(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }), `${fileName}.png`),
      );
    }
    this.dataset.charts = String(this.charts.length);
    this.dispatchEvent(new CustomEvent('emulation-charts-drawn', { bubbles: true, composed: true }));
  }
}

if (!customElements.get('emulation-progress')) {
  customElements.define('emulation-progress', EmulationProgress);
}
