/**
 * The figure explorer at /figures/: every figure in one table. Without JavaScript the table is
 * paginated (PAGE_SIZE rows a page, /figures/page/2/…); src/client/explorer.ts loads the same
 * figures from JSON shards (SHARD_SIZE rows each, figures-explained columns) and filters them.
 */
import { perDataset } from '../../data/memo.ts';
import { workbookReadme } from '../../exports/cite.ts';
import { figuresExplained } from '../../exports/export.ts';
import { dataVersion } from '../../exports/version.ts';
import type { Query } from '../../data/query.ts';
import { LEVELS, PERIOD_TYPES, QUALIFIERS } from '../../data/schema.ts';
import { nameOf, type Locale } from '../../i18n/locale.ts';
import { formatNumber, formatValue } from '../../i18n/numbers.ts';
import { periodLabel } from '../../i18n/period.ts';
import { unitFor, unitName } from '../../i18n/units.ts';
import * as urls from '../../urls.ts';
import { layoutOf } from '../blocks/chart-files.ts';
import { publicSite } from '../../hosting/site-config.ts';
import { figureTitle } from '../figure-name.ts';
import { placePageIds } from '../place-pages.ts';
import { words } from '../../i18n/words.ts';
import { siteThesaurus } from '../../data/index.ts';
import { selectionChart } from '../selection-chart.ts';

export const PAGE_SIZE = 100;
export const SHARD_SIZE = 500;

/** Number of no-JS table pages. */
export const explorerPageCount = (q: Query) => Math.max(1, Math.ceil(q.data.figures.length / PAGE_SIZE));

/** Shard `n` (from 1) of figures-explained: its columns once, then each row as an array. */
export function explorerShard(
  q: Query,
  n: number,
  siteUrl: string,
): { columns: string[]; rows: (string | number)[][] } {
  // Every shard slices the same table, made once per build (see figuresExplained).
  const table = figuresExplained(q, siteUrl);
  const rows = table.rows.slice((n - 1) * SHARD_SIZE, n * SHARD_SIZE);
  return { columns: table.columns, rows: rows.map((r) => table.columns.map((c) => r[c] ?? '')) };
}

export const explorerShardCount = (q: Query) => Math.max(1, Math.ceil(q.data.figures.length / SHARD_SIZE));

interface Option {
  value: string;
  label: string;
  /** How far below its province a place is (0 for the province): the place list is a tree. */
  depth?: number;
}

type Filter = { name: string; label: string; options: Option[] };

/** The explorer's filters and their options (the places, campaigns and metrics that have figures): the same on every page, so made once per language. */
const explorerFilters = perDataset((q: Query, locale: Locale): Filter[] => {
  const t = words(locale).site;
  const w = words(locale).find.explorer;
  const figures = q.data.figures;
  const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, locale);
  const used = <T extends { id: string }>(
    rows: T[],
    key: 'place' | 'campaign' | 'metric',
    name: (r: T) => string,
  ) => {
    const ids = new Set(figures.map((f) => f[key]));
    return rows
      .filter((r) => ids.has(r.id))
      .map((r) => ({ value: r.id, label: name(r) }))
      .sort(byLabel);
  };
  const pages = [...new Set(figures.map((f) => f.page))].sort((a, b) => a - b);
  return [
    { name: 'place', label: w.place, options: placeOptions(q, locale) },
    { name: 'level', label: w.level, options: LEVELS.map((l) => ({ value: l, label: t.levels[l] })) },
    {
      name: 'campaign',
      label: w.campaign,
      options: used(q.data.campaigns, 'campaign', (c) => nameOf(c, locale)),
    },
    { name: 'metric', label: w.metric, options: used(q.data.metrics, 'metric', (m) => nameOf(m, locale)) },
    {
      name: 'qualifier',
      label: w.qualifier,
      options: QUALIFIERS.map((v) => ({ value: v, label: t.qualifiers[v] })),
    },
    {
      name: 'period',
      label: w.periodType,
      options: PERIOD_TYPES.map((v) => ({ value: v, label: w.periodTypes[v] })),
    },
    { name: 'page', label: w.page, options: pages.map((p) => ({ value: String(p), label: t.page(p) })) },
  ];
});

/**
 * The places to choose from, as a tree: every place with figures and the places above it (choosing
 * Gansu shows the figures of its counties too), each province followed by the places within it.
 */
function placeOptions(q: Query, locale: Locale): Option[] {
  const used = new Set(q.data.figures.flatMap((f) => [f.place, ...q.ancestors(f.place).map((p) => p.id)]));
  const byName = (a: { id: string }, b: { id: string }) =>
    nameOf(q.place(a.id), locale).localeCompare(nameOf(q.place(b.id), locale), locale);
  const children = (parent: string | undefined) =>
    q.data.places.filter((p) => (p.parent || undefined) === parent && used.has(p.id)).sort(byName);
  const walk = (id: string, depth: number): Option[] => [
    { value: id, label: nameOf(q.place(id), locale), depth },
    ...children(id).flatMap((c) => walk(c.id, depth + 1)),
  ];
  return children(undefined).flatMap((p) => walk(p.id, 0));
}

/** For each place with figures that lies within others, the ids of those others (nearest first). */
const placesAbove = perDataset((q: Query): Record<string, string[]> =>
  Object.fromEntries(
    [...new Set(q.data.figures.map((f) => f.place))]
      .map((id) => [id, q.ancestors(id).map((p) => p.id)] as const)
      .filter(([, above]) => above.length > 0),
  ),
);

/** Without JavaScript: the pages that hold the same figures, the provinces' (with the places within) and the metrics'. */
function noScriptLinks(q: Query, locale: Locale) {
  const provinces = new Set(q.data.figures.map((f) => q.provinceOf(f.place).id));
  return {
    places: placePageIds(q)
      .filter((id) => provinces.has(id))
      .map((id) => ({ href: urls.place(locale, id), name: nameOf(q.place(id), locale) })),
    metrics: q.metricsWithData().map((m) => ({ href: urls.metric(locale, m.id), name: nameOf(m, locale) })),
  };
}

/** Where the explorer's script puts the address of the view in the README of its .xlsx download. */
export const VIEW_ADDRESS = '{address}';
/** Where it puts the page's origin, in a build without a public address (the citation's address). */
export const PAGE_ORIGIN = '{origin}';

/** The explorer page `n` (from 1): filters, the rows of that page, pagination, shard list and the README of its .xlsx download. */
export function figureExplorer(q: Query, locale: Locale, n: number, siteUrl: string | URL) {
  const t = words(locale).site;
  const w = words(locale).find.explorer;
  const figures = q.data.figures;
  // In the national layout only the first page filters, sorts and charts: its filter options and
  // place tree (470 kB at 40,000 figures) would otherwise be on each of the 400 pages of its listing.
  const app = n === 1 || layoutOf(q) === 'full';
  const filters = app ? explorerFilters(q, locale) : [];
  const count = explorerPageCount(q);
  const rows = figures.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE).map((f) => {
    const place = q.place(f.place);
    const metric = q.metric(f.metric);
    return {
      name: figureTitle(q, f.id, locale).title,
      href: urls.figure(locale, f.id),
      place: nameOf(place, locale),
      level: t.levels[place.level],
      campaign: nameOf(q.campaign(f.campaign), locale),
      metric: nameOf(metric, locale),
      value: `${formatValue(f.value, f.qualifier, locale, f.quote)} ${unitFor(metric.unit, f.value, locale)}`,
      qualifier: t.qualifiers[f.qualifier],
      period: periodLabel(f, locale),
      page: t.page(f.page),
    };
  });
  return {
    locale,
    /** Whether the page carries the explorer (filters, sorting, the selection chart), or lists its figures and links the first page. */
    app,
    /** What its "Chart this selection" prints, and the data version it draws in. */
    selectionChart: selectionChart(q, locale),
    title: n === 1 ? w.title : `${w.title} · ${w.pageOf(n, count)}`,
    words: w,
    total: figures.length,
    /** The count as the page prints it without JavaScript, and its templates for the script. */
    count: w.count.filtered(formatNumber(rows.length, locale), formatNumber(figures.length, locale)),
    counts: {
      all: w.count.all('{total}'),
      filtered: w.count.filtered('{shown}', '{total}'),
      more: w.count.more('{shown}', '{total}'),
      paged: w.count.paged('{shown}', '{matching}', '{total}'),
      none: w.count.none('{total}'),
    },
    filters,
    /** Place id → the ids of the places it lies within, so choosing a place includes those within it. */
    above: app ? placesAbove(q) : {},
    /** The thesaurus's groups of terms (data/thesaurus.csv): a word of the text filter finds what any term of its group names. */
    synonyms: siteThesaurus().map((g) => g.terms.map((t) => t.term)),
    noScript: noScriptLinks(q, locale),
    rows,
    pageOf: w.pageOf(n, count),
    previous: n > 1 ? urls.explorerPage(locale, n - 1) : undefined,
    next: n < count ? urls.explorerPage(locale, n + 1) : undefined,
    shards: Array.from({ length: explorerShardCount(q) }, (_, i) => urls.explorerShard(i + 1)),
    figureBase: urls.figures(locale),
    /** The link text of a row drawn by the script: {place}, {metric} and {value} filled in. */
    figureTitle: t.figureTitle('{place}', '{metric}', '{value}'),
    units: Object.fromEntries(q.data.metrics.map((m) => [m.unit, unitName(m.unit, locale)])),
    readme: [
      ...workbookReadme(locale, dataVersion(), publicSite(siteUrl) ?? PAGE_ORIGIN, w.xlsx.cells),
      w.xlsx.view(VIEW_ADDRESS),
    ],
  };
}

export type FigureExplorerModel = ReturnType<typeof figureExplorer>;
