/**
 * "Chart this selection" in the figure explorer: the figures the explorer shows, drawn with ECharts,
 * loaded on first use only (src/client/selection-chart-button.ts). One chart per comparable group
 * (src/lib/charts/selection.ts: one metric, unit, level and topic), one bar per figure; sort, a
 * highlighted place, tooltips by hover, tap and keyboard, a text description and a data table for
 * each chart; PNG and SVG downloads drawn with the title, source, data version and address. The
 * state (open, sort, highlight) lives in the URL; colours come from the theme's CSS variables and are
 * read again when the theme changes. Words come from the page (SelectionChart.astro).
 */
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridSimpleComponent,
  TitleComponent,
  TooltipComponent,
  type AriaComponentOption,
  type DataZoomComponentOption,
  type GridComponentOption,
  type TitleComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import {
  barName,
  fill,
  groupSelection,
  SELECTION_SORTS,
  sortBars,
  type SelectionBar,
  type SelectionGroup,
  type SelectionRow,
  type SelectionSort,
} from '../lib/charts/selection.ts';
import type { Locale } from '../lib/i18n/locale.ts';
import { formatValue } from '../lib/i18n/numbers.ts';
import type { SelectionChartWords } from '../lib/views/selection-chart.ts';
// Its styles as text, put in the page when the chart first loads: the page itself carries none of them.
import styles from './selection-chart.css?inline';

use([
  BarChart,
  GridSimpleComponent,
  TooltipComponent,
  DataZoomSliderComponent,
  DataZoomInsideComponent,
  AriaComponent,
  TitleComponent,
  SVGRenderer,
]);

type Option = ComposeOption<
  | BarSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | DataZoomComponentOption
  | AriaComponentOption
  | TitleComponentOption
>;

/** What the explorer's `x-view` event carries: its columns and the rows it shows, in order. */
export interface View {
  columns: string[];
  rows: SelectionRow[];
}

/** Up to this many bars a chart shows them all; beyond, it shows WINDOW at a time and zooms. */
const ZOOM_FROM = 25;
const WINDOW = 20;
/** Height of one bar's row (two lines of label), of the value axis, and the width of a download. */
const ROW = 36;
const AXIS = 34;
const EXPORT_WIDTH = 800;

/** The chart colours by role (src/lib/theme.ts CHART_PALETTES), and the page's own. */
const ROLES = ['bar', 'text', 'muted', 'back', 'meta', 'context', 'grid', 'hatch', 'edge'] as const;
type Colours = Record<(typeof ROLES)[number] | 'ink' | 'bg' | 'accent', string>;

interface State {
  sort: SelectionSort;
  highlight: string;
}

/** One drawn chart: its group, its bars in the chosen order, and how to draw it again. */
interface Entry {
  group: SelectionGroup;
  bars: SelectionBar[];
  chart: ECharts;
  box: HTMLElement;
  table: HTMLTableSectionElement;
  /** The first and last bar shown when the chart zooms. */
  window: [number, number];
}

document.head.append(Object.assign(document.createElement('style'), { textContent: styles }));
const host = document.getElementById('x-chart')!;
const panel = document.getElementById('x-chart-panel')!;
const opener = document.getElementById('x-chart-open') as HTMLButtonElement;
const explorer = document.getElementById('explorer')!;
const w = JSON.parse(host.dataset.words ?? '{}') as SelectionChartWords;
const version = host.dataset.version ?? '';
const locale = (explorer.dataset.locale ?? document.documentElement.lang.slice(0, 2)) as Locale;

let view: View = { columns: [], rows: [] };
let open = false;
let entries: Entry[] = [];
let colours: Colours;
let groupsBox: HTMLElement;
let live: HTMLElement;
let highlightSelect: HTMLSelectElement;

// ---- words ----------------------------------------------------------------------------------

const unitOf = (group: SelectionGroup, value: number) =>
  (value === 1 ? w.unitsOne : w.units)[group.unit] ?? group.unit;
const shownValue = (bar: SelectionBar) => formatValue(bar.value, bar.qualifier, locale, bar.quote);
const valueWithUnit = (group: SelectionGroup, bar: SelectionBar) =>
  fill(w.valueUnit, { value: shownValue(bar), unit: unitOf(group, bar.value) });
const nameOf = (bar: SelectionBar) => barName(bar, w.nameJoin, w.ofWhich);
const periodOf = (bar: SelectionBar) => (bar.periodDiffers ? `${bar.period} ${w.periodMark}` : bar.period);
const pageOf = (page: number) => fill(w.page, { n: page });
const titleOf = (g: SelectionGroup) =>
  fill(g.topicNamed ? w.titleTopic : w.title, {
    metric: g.metricName,
    level: w.levels[g.level],
    topic: w.topics[g.topic as keyof typeof w.topics] ?? g.topic,
  });
const barText = (g: SelectionGroup, bar: SelectionBar) =>
  fill(w.bar, {
    name: nameOf(bar),
    value: valueWithUnit(g, bar),
    qualifier: w.qualifiers[bar.qualifier],
    period: periodOf(bar),
    page: pageOf(bar.page),
  });
/** The lines under a chart's title: unit, periods, what the hatching means. */
function notesOf(g: SelectionGroup): string[] {
  const inexact = (['at_least', 'approximately', 'rounded'] as const).filter((q) =>
    g.bars.some((b) => b.qualifier === q),
  );
  return [
    fill(w.unit, { unit: w.units[g.unit] ?? g.unit }),
    ...(g.periodsDiffer ? [w.periodsDiffer] : []),
    ...(g.hasParts ? [w.partsNote] : []),
    ...(inexact.length
      ? [fill(w.hatch, { parts: inexact.map((q) => w.hatchParts[q]).join(w.partsSeparator) })]
      : []),
  ];
}
const sourceOf = (g: SelectionGroup) =>
  fill(w.source, {
    publication: fill(w.publication, { title: w.sources[g.sourceId] ?? g.source }),
    pages:
      g.pages.length === 1 ? pageOf(g.pages[0]!) : fill(w.pages, { list: g.pages.join(w.pageSeparator) }),
  });
function descriptionOf(e: Entry, sort: SelectionSort): string {
  const byValue = [...e.bars].sort((a, b) => b.value - a.value);
  const extremes =
    byValue.length > 1
      ? fill(w.extremes, { max: barText(e.group, byValue[0]!), min: barText(e.group, byValue.at(-1)!) })
      : barText(e.group, byValue[0]!);
  return fill(w.description, { title: titleOf(e.group), n: e.bars.length, sort: w.sorts[sort], extremes });
}

// ---- state in the URL -----------------------------------------------------------------------

function readState(): State {
  const p = new URLSearchParams(location.search);
  const sort = p.get('csort') as SelectionSort;
  return { sort: SELECTION_SORTS.includes(sort) ? sort : 'value', highlight: p.get('chl') ?? '' };
}
let state = readState();

/** Writes the chart's parameters (chart=1, csort, chl) beside the explorer's own. */
function writeState(): void {
  const p = new URLSearchParams(location.search);
  p.delete('chart');
  p.delete('csort');
  p.delete('chl');
  if (open) {
    p.set('chart', '1');
    if (state.sort !== 'value') p.set('csort', state.sort);
    if (state.highlight) p.set('chl', state.highlight);
  }
  const query = p.toString();
  history.replaceState(history.state, '', query ? `?${query}` : location.pathname);
}

// ---- colours --------------------------------------------------------------------------------

/** The theme's colours now, resolved (light-dark() and all) by the browser on a hidden probe. */
function readColours(): Colours {
  const probe = document.createElement('span');
  probe.hidden = true;
  panel.append(probe);
  const resolve = (variable: string) => {
    probe.style.color = `var(${variable})`;
    return getComputedStyle(probe).color;
  };
  const out = Object.fromEntries(ROLES.map((r) => [r, resolve(`--chart-${r}`)])) as Colours;
  out.ink = resolve('--ink');
  out.bg = resolve('--bg');
  out.accent = resolve('--accent');
  probe.remove();
  return out;
}

/** `rgb(r, g, b)` with an alpha. */
const withAlpha = (colour: string, alpha: number) =>
  colour.replace(/^rgba?\(([^,]+),([^,]+),([^,)]+).*$/, `rgba($1,$2,$3,${alpha})`);
/** `colour` mixed with `into` (both `rgb(…)`): 0 keeps it, 1 gives `into`. */
function mix(colour: string, into: string, amount: number): string {
  const [a, b] = [colour, into].map((c) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number));
  return `rgb(${a!.map((v, i) => Math.round(v + ((b![i] ?? v) - v) * amount)).join(',')})`;
}

// ---- the chart's option ---------------------------------------------------------------------

/** A text's width in px at `size`, near enough to make room for it: CJK and full-width wide, the rest 0.6 em. */
const textWidth = (text: string, size: number) =>
  [...text].reduce((sum, c) => sum + (/[\u2e80-\uffef]/.test(c) ? size : size * 0.6), 0);

/** Rich-text markup treats {, } and | as syntax. */
const plain = (text: string) => text.replace(/[{}|]/g, ' ');

interface Drawn {
  width: number;
  /** For a download: the lines drawn above and below the bars. */
  framed?: { title: string; notes: string[]; footer: string[] };
}

function optionOf(e: Entry, { width, framed }: Drawn): Option {
  const { group, bars } = e;
  const c = colours;
  const zoom = bars.length > ZOOM_FROM;
  const lit = state.highlight;
  // A phone gives the names nearly half the width; a wide screen at most 300 px.
  const labelWidth = Math.round(width < 480 ? width * 0.45 : Math.min(300, width * 0.36));
  const valueWidth = Math.ceil(Math.max(...bars.map((b) => textWidth(shownValue(b), 12)))) + 10;
  const top = framed ? 24 + 22 + framed.notes.length * 18 : 6;
  const bottom = framed ? 16 + framed.footer.length * 16 : 0;
  const byId = new Map(bars.map((b) => [b.id, b]));
  const hatch = {
    symbol: 'rect',
    symbolSize: 1,
    dashArrayX: [1, 0],
    dashArrayY: [3, 3],
    rotation: -Math.PI / 4,
    color: withAlpha(c.back, 0.55),
  };
  return {
    animation: false,
    backgroundColor: c.back,
    // The page's fonts, quoted with ' (ECharts writes them into a style="" attribute of its SVG as they are).
    textStyle: { fontFamily: getComputedStyle(document.body).fontFamily.replace(/"/g, "'") },
    aria: { enabled: true, label: { description: descriptionOf(e, state.sort) }, decal: { show: false } },
    title: framed
      ? [
          {
            text: framed.title,
            subtext: framed.notes.join('\n'),
            left: 12,
            top: 10,
            itemGap: 6,
            textStyle: { color: c.text, fontSize: 16, fontWeight: 'bold' },
            subtextStyle: { color: c.muted, fontSize: 12, lineHeight: 18 },
          },
          {
            text: framed.footer.join('\n'),
            left: 12,
            bottom: 8,
            textStyle: {
              color: c.muted,
              fontSize: 11,
              fontWeight: 'normal',
              lineHeight: 16,
              width: width - 24,
              overflow: 'breakAll',
            },
          },
        ]
      : [],
    grid: {
      left: 8,
      right: valueWidth + (zoom && !framed ? 30 : 8),
      top: top,
      bottom: bottom + 4,
      // Room for the bars' names inside the chart, as containLabel did.
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: framed
      ? { show: false }
      : {
          trigger: 'item',
          className: 'xc-tip',
          confine: true,
          backgroundColor: c.bg,
          borderColor: c.muted,
          textStyle: { color: c.ink, fontSize: 13 },
          extraCssText: 'max-width:20rem;white-space:normal;',
          formatter: (p) => tipOf(group, bars[(p as { dataIndex: number }).dataIndex]!),
        },
    dataZoom: zoom
      ? [
          ...(framed
            ? []
            : [
                {
                  type: 'slider' as const,
                  yAxisIndex: 0,
                  right: 4,
                  width: 18,
                  top: top,
                  bottom: bottom + AXIS,
                  showDetail: false,
                  brushSelect: false,
                  zoomLock: false,
                  borderColor: c.edge,
                  backgroundColor: c.back,
                  fillerColor: withAlpha(c.bar, 0.2),
                  dataBackground: { lineStyle: { color: c.edge }, areaStyle: { color: c.grid } },
                  handleStyle: { color: c.back, borderColor: c.text },
                  moveHandleStyle: { color: c.edge },
                  textStyle: { color: c.text },
                },
              ]),
          {
            type: 'inside' as const,
            yAxisIndex: 0,
            zoomOnMouseWheel: false,
            moveOnMouseWheel: true,
            moveOnMouseMove: false,
          },
        ].map((z) => ({ ...z, startValue: e.window[0], endValue: e.window[1] }))
      : [],
    xAxis: {
      type: 'value',
      min: 0,
      minInterval: 1,
      splitNumber: width < 480 ? 3 : 5,
      axisLabel: {
        color: c.meta,
        fontSize: 11,
        hideOverlap: true,
        formatter: (v: number) => formatValue(v, 'exact', locale),
      },
      splitLine: { lineStyle: { color: c.grid } },
      axisLine: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.id),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: c.edge } },
      axisLabel: {
        width: labelWidth,
        overflow: 'truncate',
        interval: 0,
        formatter: (id: string) => {
          const bar = byId.get(id);
          return bar ? `{name|${plain(nameOf(bar))}}\n{period|${plain(periodOf(bar))}}` : id;
        },
        rich: {
          name: { color: c.text, fontSize: 12, lineHeight: 15 },
          period: { color: c.meta, fontSize: 11, lineHeight: 14 },
        },
      },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        cursor: framed ? 'default' : 'pointer',
        label: {
          show: true,
          position: 'right',
          color: c.text,
          fontSize: 12,
          formatter: (p) => shownValue(bars[p.dataIndex]!),
        },
        emphasis: { focus: 'none', itemStyle: { borderColor: c.text, borderWidth: 2 } },
        data: bars.map((b) => ({
          value: b.value,
          // A value that is not exact is lighter and hatched, as on the charts drawn at build time.
          itemStyle:
            b.qualifier === 'exact'
              ? { color: lit && b.place !== lit ? c.context : c.bar }
              : { color: mix(lit && b.place !== lit ? c.context : c.bar, c.back, 0.3), decal: hatch },
        })),
      },
    ],
  };
}

/** A bar's tooltip, as elements with text (never HTML from the data). */
function tipOf(g: SelectionGroup, bar: SelectionBar): HTMLElement {
  const div = document.createElement('div');
  const line = (tag: string, text: string, lang?: string) => {
    const el = document.createElement(tag);
    el.textContent = text;
    el.style.display = 'block';
    if (lang) el.lang = lang;
    div.append(el);
    return el;
  };
  line('strong', nameOf(bar));
  line(
    'span',
    bar.qualifier === 'exact'
      ? valueWithUnit(g, bar)
      : `${valueWithUnit(g, bar)} · ${w.qualifiers[bar.qualifier]}`,
  );
  line('span', periodOf(bar));
  if (bar.periodDiffers) line('span', w.periodsDiffer);
  line('span', fill(w.quoteAt, { page: pageOf(bar.page), quote: bar.quote }), 'zh');
  return div;
}

// ---- drawing --------------------------------------------------------------------------------

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = '',
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};

const heightOf = (bars: number) => Math.min(bars, bars > ZOOM_FROM ? WINDOW : bars) * ROW + AXIS + 6;

function draw(e: Entry): void {
  e.chart.setOption(optionOf(e, { width: e.box.clientWidth }), { notMerge: true });
  e.box.setAttribute('aria-label', descriptionOf(e, state.sort));
  e.table.querySelectorAll('tr').forEach((tr, i) => {
    tr.classList.toggle('is-lit', Boolean(state.highlight) && e.bars[i]?.place === state.highlight);
  });
}

/** The data table of a chart: the same rows, in the same order. */
function tableOf(g: SelectionGroup, bars: SelectionBar[]): [HTMLDetailsElement, HTMLTableSectionElement] {
  const details = el('details', '', { class: 'chart-table xc-table' });
  details.append(el('summary', w.dataTable));
  const wrap = el('div', '', { class: 'xc-table-wrap' });
  const table = el('table');
  table.append(el('caption', titleOf(g)));
  const head = el('tr');
  const c = w.columns;
  for (const [text, cls] of [
    [c.item, ''],
    [fill(c.value, { unit: w.units[g.unit] ?? g.unit }), 'num'],
    [c.qualifier, ''],
    [c.period, ''],
    [c.page, ''],
  ] as const)
    head.append(el('th', text, { scope: 'col', ...(cls ? { class: cls } : {}) }));
  const thead = el('thead');
  thead.append(head);
  table.append(thead);
  const body = el('tbody');
  for (const bar of bars) {
    const tr = el('tr');
    const name = el('th', '', { scope: 'row' });
    name.append(
      bar.url ? el('a', nameOf(bar), { href: new URL(bar.url, location.href).pathname }) : nameOf(bar),
    );
    tr.append(
      name,
      el('td', shownValue(bar), { class: 'num' }),
      el('td', w.qualifiers[bar.qualifier]),
      el('td', periodOf(bar)),
      el('td', pageOf(bar.page)),
    );
    body.append(tr);
  }
  table.append(body);
  wrap.append(table);
  details.append(wrap);
  return [details, body];
}

/** Moves the keyboard's bar to `i`: highlighted, scrolled into the zoom window, its tooltip shown and said. */
function focusBar(e: Entry, i: number): void {
  const at = Math.max(0, Math.min(e.bars.length - 1, i));
  const [from, to] = e.window;
  if (e.bars.length > ZOOM_FROM && (at < from || at > to)) {
    const start = at < from ? at : at - (to - from);
    e.window = [start, start + (to - from)];
    e.chart.dispatchAction({ type: 'dataZoom', startValue: e.window[0], endValue: e.window[1] });
  }
  e.chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
  e.chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: at });
  requestAnimationFrame(() => e.chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: at }));
  e.box.dataset.at = String(at);
  live.textContent = barText(e.group, e.bars[at]!);
}

function setHighlight(place: string): void {
  state.highlight = place;
  highlightSelect.value = place;
  writeState();
  entries.forEach(draw);
}

function drawGroups(): void {
  for (const e of entries) e.chart.dispose();
  entries = [];
  groupsBox.replaceChildren();
  const groups = groupSelection(view.rows, locale);
  if (!groups.length) {
    groupsBox.append(el('p', w.empty));
    return;
  }
  groups.forEach((group, n) => {
    const bars = sortBars(group.bars, state.sort, locale, w.nameJoin);
    const section = el('section', '', { class: 'xc-group', 'aria-labelledby': `xc-title-${n}` });
    const title = titleOf(group);
    section.append(el('h3', title, { id: `xc-title-${n}` }));
    for (const note of notesOf(group)) section.append(el('p', note, { class: 'xc-sub' }));
    const box = el('div', '', {
      class: 'xc-canvas',
      tabindex: '0',
      role: 'img',
      'aria-describedby': 'xc-keys',
    });
    box.style.height = `${heightOf(bars.length)}px`;
    section.append(box, el('p', sourceOf(group), { class: 'xc-source' }));
    const actions = el('p', '', { class: 'xc-actions' });
    const png = el('button', w.png, { type: 'button' });
    const svg = el('button', w.svg, { type: 'button' });
    actions.append(png, ' ', svg);
    const [details, table] = tableOf(group, bars);
    section.append(actions, details);
    groupsBox.append(section);

    const chart = init(box, null, { renderer: 'svg' });
    const entry: Entry = { group, bars, chart, box, table, window: [0, Math.min(bars.length, WINDOW) - 1] };
    // ECharts sets the box's own aria-label; the box is the keyboard's place.
    box.setAttribute('role', 'img');
    chart.on('click', (p) => {
      const bar = bars[p.dataIndex];
      if (bar) setHighlight(state.highlight === bar.place ? '' : bar.place);
    });
    chart.on('datazoom', () => {
      const z = (chart.getOption().dataZoom as { startValue?: number; endValue?: number }[] | undefined)?.[0];
      if (z?.startValue !== undefined && z.endValue !== undefined) entry.window = [z.startValue, z.endValue];
    });
    box.addEventListener('focus', () => focusBar(entry, Number(box.dataset.at ?? 0)));
    box.addEventListener('blur', () => {
      chart.dispatchAction({ type: 'hideTip' });
      chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
    });
    box.addEventListener('keydown', (ev) => {
      const at = Number(box.dataset.at ?? 0);
      const moves: Record<string, number> = {
        ArrowDown: at + 1,
        ArrowRight: at + 1,
        ArrowUp: at - 1,
        ArrowLeft: at - 1,
        PageDown: at + WINDOW,
        PageUp: at - WINDOW,
        Home: 0,
        End: bars.length - 1,
      };
      const to = moves[ev.key];
      if (to !== undefined) focusBar(entry, to);
      else if (ev.key === 'Enter' || ev.key === ' ') {
        const place = bars[at]!.place;
        setHighlight(state.highlight === place ? '' : place);
        focusBar(entry, at);
      } else if (ev.key === 'Escape') chart.dispatchAction({ type: 'hideTip' });
      else return;
      ev.preventDefault();
    });
    png.addEventListener('click', () => void download(entry, 'png'));
    svg.addEventListener('click', () => void download(entry, 'svg'));
    entries.push(entry);
    draw(entry);
  });
}

// ---- downloads ------------------------------------------------------------------------------

/** The chart as drawn (its order, highlight, zoom window and colours) with its title, notes, source, data version and address. */
export function chartSvg(e: Entry): string {
  const zoomed = e.bars.length > ZOOM_FROM;
  const notes = [
    ...notesOf(e.group),
    ...(zoomed ? [fill(w.window, { from: e.window[0] + 1, to: e.window[1] + 1, total: e.bars.length })] : []),
  ];
  const footer = [sourceOf(e.group), fill(w.version, { version }), location.href];
  const framed = { title: titleOf(e.group), notes, footer };
  const height = heightOf(e.bars.length) + 24 + 22 + notes.length * 18 + 16 + footer.length * 16 + 24;
  const chart = init(null as unknown as HTMLElement, null, {
    renderer: 'svg',
    ssr: true,
    width: EXPORT_WIDTH,
    height,
  });
  chart.setOption(optionOf(e, { width: EXPORT_WIDTH, framed }));
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

const save = (blob: Blob, file: string) => {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = file;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
};

async function download(e: Entry, kind: 'png' | 'svg'): Promise<void> {
  const svg = chartSvg(e);
  const file = `${e.group.metric}-${e.group.level}.${kind}`;
  const svgBlob = new Blob([svg], { type: 'image/svg+xml' });
  if (kind === 'svg') return save(svgBlob, file);
  // The SVG drawn at twice its size on a canvas (img-src blob: in the CSP, src/lib/hosting/csp.ts).
  const img = new Image();
  img.src = URL.createObjectURL(svgBlob);
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth * 2;
  canvas.height = img.naturalHeight * 2;
  canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
  URL.revokeObjectURL(img.src);
  canvas.toBlob((blob) => blob && save(blob, file), 'image/png');
}

// ---- the panel ------------------------------------------------------------------------------

function select(label: string, options: [string, string][], value: string, onChange: (v: string) => void) {
  const wrap = el('label');
  const input = el('select');
  for (const [v, text] of options) input.append(el('option', text, { value: v }));
  input.value = value;
  input.addEventListener('change', () => onChange(input.value));
  wrap.append(el('span', label), input);
  return [wrap, input] as const;
}

function drawPanel(): void {
  for (const e of entries) e.chart.dispose();
  entries = [];
  panel.replaceChildren();
  panel.hidden = false;
  const head = el('div', '', { class: 'xc-head' });
  head.append(
    el('h2', w.heading, { id: 'xc-heading', tabindex: '-1' }),
    el('p', w.lead, { class: 'xc-lead' }),
  );
  const controls = el('div', '', { class: 'xc-controls' });
  const [sortLabel] = select(
    w.sort,
    SELECTION_SORTS.map((s) => [s, w.sorts[s]]),
    state.sort,
    (v) => {
      state.sort = v as SelectionSort;
      writeState();
      drawGroups();
    },
  );
  const places = [
    ...new Map(view.rows.map((r) => [String(r.place), String(r[`place_${locale}`] ?? r.place)])),
  ].sort((a, b) => a[1].localeCompare(b[1], locale));
  const [litLabel, litSelect] = select(
    w.highlight,
    [['', w.noHighlight], ...places],
    state.highlight,
    setHighlight,
  );
  highlightSelect = litSelect;
  const close = el('button', w.close, { type: 'button' });
  close.addEventListener('click', closeChart);
  controls.append(sortLabel, litLabel, close);
  live = el('p', '', { class: 'xc-live', 'aria-live': 'polite' });
  groupsBox = el('div', '', { class: 'xc-groups' });
  panel.append(head, controls, el('p', w.keys, { class: 'xc-keys', id: 'xc-keys' }), live, groupsBox);
  drawGroups();
}

function closeChart(): void {
  open = false;
  for (const e of entries) e.chart.dispose();
  entries = [];
  panel.replaceChildren();
  panel.hidden = true;
  opener.parentElement!.hidden = false;
  writeState();
  opener.focus();
}

/** Opens the chart on the explorer's view (the button's click, or a link with chart=1). */
export function openChart(next: View): void {
  view = next;
  const first = !open;
  open = true;
  state = first ? readState() : state;
  colours = readColours();
  opener.parentElement!.hidden = true;
  writeState();
  drawPanel();
  if (first && document.activeElement === opener) document.getElementById('xc-heading')?.focus();
}

/** Draws the explorer's new view, when the chart is open. */
export function updateChart(next: View): void {
  view = next;
  if (open) drawPanel();
}

// Redraw in the theme's colours when the reader switches theme or the system does; and at the new width.
const recolour = () => {
  if (!open) return;
  colours = readColours();
  entries.forEach(draw);
};
new MutationObserver(recolour).observe(document.documentElement, { attributeFilter: ['data-theme'] });
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recolour);
let lastWidth = 0;
new ResizeObserver(() => {
  const width = panel.clientWidth;
  if (!open || width === lastWidth) return;
  lastWidth = width;
  for (const e of entries) {
    e.chart.resize();
    draw(e);
  }
}).observe(panel);
