/**
 * Every chart of the site with what an embed, an image or a briefing needs, in one list.
 * The only module that knows where charts come from: when the chart forms change, only this adapter changes.
 */
import { DEFAULT_WIDTH } from '../charts/bar.ts';
import { chartFootnote } from '../charts/figure-html.ts';
import { formFigureHtml, formSvg } from '../charts/form-html.ts';
import { statHtml } from '../charts/stat.ts';
import { statSvg } from '../charts/stat-svg.ts';
import type { Query } from '../data/query.ts';
import { html, raw } from '../html/html.ts';
import { localePath, type Locale } from '../i18n/locale.ts';
import { ui } from '../i18n/ui.ts';
import { unitName } from '../i18n/units.ts';
import { chartFormWords } from '../i18n/words/chart-forms.ts';
import { figuresCitation } from './chart-specs.ts';
import { allPageBlocks, type ChartPageKind } from './page-charts.ts';
import { overviewPage } from './overview.ts';
import { campaignHref, metricHref, placeHref } from './links.ts';

export type ChartKind = ChartPageKind;

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
  /** The CSV of exactly the rows behind it (the overview maps have none of their own). */
  csvHref?: string;
  /** The chart on its content page (site path with the chart's anchor). */
  pageHref: string;
  /** The chart as drawn on its page (figure element), hydrated by src/client/charts.ts. */
  figureHtml: () => string;
  plot: () => Plot;
}

/** `<kind>/<entity>/<chart>`: the chart's address under /embed/ and /share/. */
export const chartKey = (c: { kind: ChartKind; entity: string; chartId: string }) =>
  `${c.kind}/${c.entity}/${c.chartId}`;

const pageHrefs: Record<Exclude<ChartPageKind, 'overview'>, (locale: Locale, id: string) => string> = {
  places: placeHref,
  campaigns: campaignHref,
  metrics: metricHref,
};

/** An SVG drawn to scale on the page, fixed to its design size for framing. */
function fixedSize(svg: string): Plot {
  const [, width, height] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
  return {
    svg: svg.replace(/ width="100%" style="[^"]*"/, ` width="${width}" height="${height}"`),
    width: Number(width),
    height: Number(height),
  };
}

function pageCharts(q: Query, locale: Locale): RegisteredChart[] {
  const w = chartFormWords(locale);
  return allPageBlocks(q, locale).map(({ kind, entity, block }): RegisteredChart => {
    const common = {
      locale,
      kind,
      entity,
      chartId: block.id,
      figureIds: block.figures.map((f) => f.id),
      csvHref: block.csvHref,
      pageHref: kind === 'overview' ? localePath(locale, '/') : pageHrefs[kind](locale, entity),
    };
    if (block.kind === 'chart') {
      const spec = block.spec;
      return {
        ...common,
        title: spec.title,
        subtitle: spec.subtitle,
        unit: spec.words.unit(spec.unitLabel),
        source: chartFootnote(spec),
        pageHref: `${common.pageHref}#chart-${block.id}`,
        figureHtml: () =>
          formFigureHtml(spec, w.form, { svgHref: block.svgHref, csvHref: block.csvHref })
            .replace(/<(\/?)h3 class="chart-title"/g, '<$1h2 class="chart-title"')
            .replace('</h3></figcaption>', '</h2></figcaption>'),
        plot: () => fixedSize(formSvg(spec, w.form, DEFAULT_WIDTH)),
      };
    }
    const spec = block.spec;
    return {
      ...common,
      title: spec.label,
      subtitle: spec.period,
      unit: ui(locale).chart.unit(spec.unitLabel),
      source: figuresCitation(q, block.figures, locale),
      pageHref: `${common.pageHref}#${block.id}`,
      figureHtml: () => statHtml(spec, w.stat),
      plot: () => fixedSize(statSvg(spec, w.stat.unitGap)),
    };
  });
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
