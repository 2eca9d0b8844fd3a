/**
 * Every chart of the site with what an embed, an image or a briefing needs, by its key.
 * The only module that knows where charts come from: when the chart forms change, only this adapter changes.
 */
import { chartFigureHtml, chartFootnote, mapFigureHtml } from '../../charts/figure-html.ts';
import { renderChart } from '../../charts/render.ts';
import { statHtml } from '../../charts/stat.ts';
import { perDataset } from '../../data/memo.ts';
import type { Query } from '../../data/query.ts';
import { nameOf, type Locale } from '../../i18n/locale.ts';
import type { Plot } from '../../charts/types.ts';
import { unitName } from '../../i18n/units.ts';
import { figuresCitation } from './labels.ts';
import { chartPages, pageBlocks } from './page-blocks.ts';
import { overviewPage } from '../pages/overview.ts';
import type { ChartKind } from './keys.ts';
import type { Block, BlockPage } from './make-blocks.ts';
import * as urls from '../../urls.ts';
import { words } from '../../i18n/words.ts';

export type { ChartKind };

export interface RegisteredChart {
  locale: Locale;
  /** `<kind>/<entity>/<chart>` (see keys.ts). */
  key: string;
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
  /** The chart on its content page (site path with the chart's anchor); a stat's figure page. */
  pageHref: string;
  /** The chart as drawn on its page (figure element), hydrated by src/client/charts.ts. */
  figureHtml: () => string;
  /** The chart drawn without its title or source, for framing into standalone SVGs, PNGs and slides; `width` lays it out wider (a slide). */
  plot: (width?: number) => Plot;
}

/** One block of a page as a registered chart. */
function blockChart(q: Query, locale: Locale, page: BlockPage, block: Block): RegisteredChart {
  const pagePath = urls.chartPage(locale, page.kind, page.entity);
  const common = {
    locale,
    key: block.key,
    figureIds: block.figures.map((f) => f.id),
    csvHref: block.csvHref,
  };
  if (block.kind === 'chart') {
    const spec = block.spec;
    return {
      ...common,
      title: spec.title,
      subtitle: spec.subtitle,
      unit: spec.words.unit(spec.unitLabel),
      source: chartFootnote(spec),
      pageHref: `${pagePath}#${urls.chartAnchor(block.id)}`,
      figureHtml: () =>
        chartFigureHtml(spec, { shareHref: block.shareHref, csvHref: block.csvHref, headingLevel: 2 }),
      plot: (width) => renderChart(spec, { size: 'fixed', width }),
    };
  }
  // A stat leaves its page behind when embedded: its title names the place too.
  const figure = block.figures[0]!;
  const spec = { ...block.spec, label: `${nameOf(q.place(figure.place), locale)} · ${block.spec.label}` };
  return {
    ...common,
    title: spec.label,
    // Away from its page a stat names its operation (a slide of "2,289 people" says which): the
    // stat's own line gives place, reporting body, campaign and period (operationLine), once each.
    subtitle: spec.period ?? '',
    unit: words(locale).chart.unit(spec.unitLabel),
    source: figuresCitation(q, block.figures, locale),
    pageHref: urls.figure(locale, figure.id),
    figureHtml: () => statHtml({ ...spec, shareHref: undefined }),
    plot: (width) => renderChart(spec, { size: 'fixed', width }),
  };
}

function overviewMaps(q: Query, locale: Locale): RegisteredChart[] {
  const t = words(locale).site;
  return overviewPage(q, locale).maps.map((m) => ({
    locale,
    key: m.key,
    title: m.name,
    subtitle: t.map.title,
    unit: words(locale).chart.unit(unitName(q.metric(m.metric).unit, locale)),
    // The map's caption (periods, levels) and the source of its figures, on the page and on every image.
    source: words(locale).site.sentences([
      m.caption.trim(),
      figuresCitation(
        q,
        m.figureIds.map((id) => q.figure(id)),
        locale,
      ),
    ]),
    figureIds: m.figureIds,
    pageHref: urls.home(locale),
    figureHtml: () =>
      mapFigureHtml(m.spec, {
        title: m.name,
        subtitle: `${t.map.title} · ${words(locale).chart.unit(unitName(q.metric(m.metric).unit, locale))}`,
        source: m.caption.trim(),
      }),
    plot: (width) => renderChart(m.spec, { size: 'fixed', width }),
  }));
}

/** Where each chart of a locale is found: the page that draws it (a stat: the first page that shows it). */
interface Entry {
  page: BlockPage;
  blockId: string;
}

/**
 * Every chart key of a locale, in page order, and where to find it. Only keys and pages are kept, not the
 * charts: at national scale the charts would fill the build's memory; each is drawn again from its page
 * when its routes render (see chartsOfPage).
 */
const chartEntries = perDataset((q: Query, locale: Locale): Map<string, Entry> => {
  const map = new Map<string, Entry>();
  for (const page of chartPages(q))
    for (const block of pageBlocks(q, page, locale))
      if (!map.has(block.key)) map.set(block.key, { page, blockId: block.id });
  for (const m of overviewPage(q, locale).maps) map.set(m.key, { page: MAPS, blockId: m.id });
  return map;
});

const MAPS: BlockPage = { kind: 'overview', entity: 'map' };

/** The charts of the last few pages drawn (routes render chart by chart in page order), and no more: every page's would fill the memory. */
const chartsOfPage = perDataset(
  (q: Query, locale: Locale, kind: BlockPage['kind'], entity: string): Map<string, RegisteredChart> => {
    const page = { kind, entity };
    const list =
      kind === MAPS.kind && entity === MAPS.entity
        ? overviewMaps(q, locale)
        : pageBlocks(q, page, locale).map((b) => blockChart(q, locale, page, b));
    return new Map(list.map((c) => [c.key, c]));
  },
  { keep: 8 },
);

/** How many charts a locale has. */
export const chartCount = (q: Query, locale: Locale): number => chartEntries(q, locale).size;

/** Whether a locale has a chart of this key. */
export const hasChart = (q: Query, locale: Locale, key: string): boolean => chartEntries(q, locale).has(key);

/** Every chart key of a locale (the overview maps included), in page order. */
export const chartKeys = (q: Query, locale: Locale): string[] => [...chartEntries(q, locale).keys()];

/** Every chart of a locale, drawn page by page (for tests and the image glyph set). */
export function* chartRegistry(q: Query, locale: Locale): Generator<RegisteredChart> {
  for (const key of chartKeys(q, locale)) yield registeredChart(q, locale, key);
}

/** One chart by its key, or an error naming the key. */
export function registeredChart(q: Query, locale: Locale, key: string): RegisteredChart {
  const entry = chartEntries(q, locale).get(key);
  const chart = entry && chartsOfPage(q, locale, entry.page.kind, entry.page.entity).get(key);
  if (!chart) throw new Error(`no chart "${key}" in ${locale}`);
  return chart;
}
