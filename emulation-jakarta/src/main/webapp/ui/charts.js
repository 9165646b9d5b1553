// Charts with ECharts, loaded from its WebJar only when a chart is drawn: the tables (the data
// itself) are usable before the library arrives. Every chart has its data in a table beside it.

const ECHARTS = new URL('../webjars/echarts/5.3.1/dist/echarts.esm.min.js', import.meta.url);
let loading;

export function echarts() {
  loading ??= import(ECHARTS.href);
  return loading;
}

// Colours with at least 4.5:1 against white (WCAG 2.1 AA), told apart by shape too.
const INK = '#1f2933';
const VALUE = '#1565c0';
const THRESHOLD = '#b71c1c';
const PALETTE = ['#1565c0', '#b71c1c', '#2e7d32', '#6a1b9a', '#e65100', '#00695c', '#4e342e', '#37474f'];

const BASE = {
  animation: false,
  aria: { enabled: false },
  textStyle: { color: INK, fontFamily: 'system-ui, sans-serif' },
  tooltip: { trigger: 'axis', renderMode: 'richText' },
};

/** Bars of the values with a mark at each target's threshold. */
export function barsOption(rows, t, formats) {
  return {
    ...BASE,
    grid: { left: 48, right: 16, top: 40, bottom: 48, containLabel: true },
    legend: { top: 0, data: [t.valueSeries, t.thresholdSeries] },
    xAxis: { type: 'category', data: rows.map((r) => r.indicator), axisLabel: { rotate: 45 } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v) => `${v} %` } },
    series: [
      {
        name: t.valueSeries,
        type: 'bar',
        data: rows.map((r) => r.value),
        itemStyle: { color: VALUE },
        barMaxWidth: 28,
        label: {
          show: rows.length <= 8,
          position: 'top',
          formatter: (p) => (p.value == null ? '' : formats.decimal.format(p.value)),
        },
      },
      {
        name: t.thresholdSeries,
        type: 'scatter',
        symbol: 'rect',
        symbolSize: [30, 3],
        data: rows.map((r) => r.threshold),
        itemStyle: { color: THRESHOLD },
        z: 3,
      },
    ],
  };
}

/** One line per target over the years, the milestone's threshold as a dashed line. */
export function trendOption(indicators, years, valueOf, formats) {
  return {
    ...BASE,
    color: PALETTE,
    grid: { left: 48, right: 16, top: 56, bottom: 32, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v) => `${v} %` } },
    series: indicators.map((code, i) => ({
      name: code,
      type: 'line',
      symbol: ['circle', 'rect', 'triangle', 'diamond'][i % 4],
      symbolSize: 7,
      connectNulls: false,
      data: years.map((y) => valueOf(code, y)),
    })),
    tooltip: { ...BASE.tooltip, valueFormatter: (v) => (v == null ? '—' : formats.decimal.format(v)) },
  };
}

/** Horizontal bars: targets met by each unit, best first. */
export function rankingOption(items, t) {
  const ordered = [...items].reverse();
  return {
    ...BASE,
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: ordered.map((r) => `${r.rank}. ${r.unit.name}`) },
    series: [
      {
        name: t.metOf,
        type: 'bar',
        data: ordered.map((r) => r.summary.met),
        itemStyle: { color: VALUE },
        barMaxWidth: 18,
      },
    ],
  };
}
