/**
 * Every chart of the site with what an embed, an image or a briefing needs, in one list.
 * The only module that knows where charts come from: when the chart forms change, only this adapter changes.
 */
import { barLayout, barOption, DEFAULT_WIDTH } from '../charts/bar.ts';
import { chartFigureHtml, chartFootnote } from '../charts/figure-html.ts';
import { renderRawSvg } from '../charts/render.ts';
import type { Query } from '../data/query.ts';
import { html, raw } from '../html/html.ts';
import { localePath, type Locale } from '../i18n/locale.ts';
import { ui } from '../i18n/ui.ts';
import { unitName } from '../i18n/units.ts';
import { allPageCharts, type ChartPageKind } from './page-charts.ts';
import { overviewPage } from './overview.ts';
import { campaignHref, metricHref, placeHref } from './links.ts';

export type ChartKind = ChartPageKind | 'overview';

/** A chart drawn without its title or source, for framing into standalone SVGs, PNGs and slides. */
export interface Plot {
  svg: string;
  width: number;
  height: number;
}

export interface RegisteredChart {
  locale: Locale;
  kind: ChartKind;
  entity: string;
  chartId: string;
  title: string;
  /** Period or as-of date. */
  subtitle: string;
  /** The unit line, e.g. `Unit: people`. */
  unit: string;
  /** Source, notes and hatch key, as printed under the chart. */
  source: string;
  figureIds: string[];
  /** The chart on its content page (site path with the chart's anchor). */
  pageHref: string;
  /** The chart as drawn on its page (figure element), hydrated by src/client/charts.ts. */
  figureHtml: () => string;
  plot: () => Plot;
}

/** `<kind>/<entity>/<chart>`: the chart's address under /embed/ and /share/. */
export const chartKey = (c: { kind: ChartKind; entity: string; chartId: string }) =>
  `${c.kind}/${c.entity}/${c.chartId}`;

const pageHrefs: Record<ChartPageKind, (locale: Locale, id: string) => string> = {
  places: placeHref,
  campaigns: campaignHref,
  metrics: metricHref,
};

function pageCharts(q: Query, locale: Locale): RegisteredChart[] {
  return allPageCharts(q, locale).map(({ kind, entity, spec }) => ({
    locale,
    kind,
    entity,
    chartId: spec.id,
    title: spec.title,
    subtitle: spec.subtitle,
    unit: spec.words.unit(spec.unitLabel),
    source: chartFootnote(spec),
    figureIds: spec.data.map((d) => d.id),
    pageHref: `${pageHrefs[kind](locale, entity)}#chart-${spec.id}`,
    figureHtml: () => chartFigureHtml(spec, { headingLevel: 2 }),
    plot: () => {
      const height = barLayout(spec, DEFAULT_WIDTH).height;
      const svg = renderRawSvg(
        barOption(spec, DEFAULT_WIDTH),
        DEFAULT_WIDTH,
        height,
        `p-${spec.id}`,
        JSON.stringify(spec),
      );
      return { svg, width: DEFAULT_WIDTH, height };
    },
  }));
}

const MAP_SIZE = { width: 472, height: 540 };

function overviewMaps(q: Query, locale: Locale): RegisteredChart[] {
  const t = ui(locale);
  return overviewPage(q, locale).maps.map((m) => ({
    locale,
    kind: 'overview' as const,
    entity: 'map',
    chartId: m.id,
    title: m.name,
    subtitle: t.map.title,
    unit: t.chart.unit(unitName(q.metric(m.id).unit, locale)),
    source: m.caption.trim(),
    figureIds: q.data.figures
      .filter((f) => f.metric === m.id && q.levelOf(f) === 'province' && !f.part_of)
      .map((f) => f.id),
    pageHref: localePath(locale, '/'),
    figureHtml: () =>
      String(
        html`<figure class="embed-map"><figcaption><h2 class="chart-title">${m.name}</h2><p class="chart-subtitle">${t.map.title} · ${t.chart.unit(unitName(q.metric(m.id).unit, locale))}</p></figcaption>${raw(m.svg)}<p class="chart-source">${m.caption.trim()}</p></figure>`,
      ),
    plot: () => {
      const size = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(m.svg);
      return {
        svg: m.svg,
        width: Number(size?.[1] ?? MAP_SIZE.width),
        height: Number(size?.[2] ?? MAP_SIZE.height),
      };
    },
  }));
}

const cache = new WeakMap<Query, Partial<Record<Locale, RegisteredChart[]>>>();

/** Every chart of every page in a locale, and the overview maps (made once per dataset and locale). */
export function chartRegistry(q: Query, locale: Locale): RegisteredChart[] {
  const byLocale = cache.get(q) ?? {};
  cache.set(q, byLocale);
  return (byLocale[locale] ??= [...pageCharts(q, locale), ...overviewMaps(q, locale)]);
}

/** One chart by its key, or an error naming the key. */
export function registeredChart(q: Query, locale: Locale, key: string): RegisteredChart {
  const chart = chartRegistry(q, locale).find((c) => chartKey(c) === key);
  if (!chart) throw new Error(`no chart "${key}" in ${locale}`);
  return chart;
}
