import type { Query } from '../../data/query.ts';
import { fieldOf, nameOf, type Locale } from '../../i18n/locale.ts';
import { unitName } from '../../i18n/units.ts';
import { figureRows } from '../figure-table.ts';
import { metricCharts } from '../blocks/page-blocks.ts';
import { pageOembedPath } from '../blocks/chart-files.ts';
import { cap, MAX_ROWS, moreNote } from '../cap.ts';
import * as urls from '../../urls.ts';
import { words } from '../../i18n/words.ts';
import type { Unit } from '../../data/schema.ts';
import type { Link } from '../links.ts';

/** getStaticPaths params of the metric pages. */
export const metricPageParams = (q: Query) => q.metricsWithData().map((m) => ({ id: m.id }));

/** A metric page: comparable series side by side, the other figures apart, then every figure in a table. */
export function metricPage(q: Query, id: string, locale: Locale) {
  const t = words(locale).site;
  const metric = q.metric(id);
  const { figures, compared, apart, more } = metricCharts(q, id, locale);
  const rows = cap(figures, MAX_ROWS);
  const page = { kind: 'metrics', entity: id } as const;
  return {
    name: nameOf(metric, locale),
    oembed: pageOembedPath(q, locale, [...compared, ...apart]),
    crumbs: [{ href: urls.metrics(locale), name: t.nav.metrics }],
    definition: fieldOf(metric, 'definition', locale),
    unit: t.labelled(t.unit, unitName(metric.unit, locale)),
    compared,
    comparedNote: words(locale).forms.metricComparedNote,
    apart,
    more: moreNote(locale, more, page),
    figures: figureRows(q, rows.shown, locale),
    moreRows: moreNote(
      locale,
      rows.more,
      page,
      words(locale).forms.tableMore(rows.shown.length, figures.length),
    ),
  };
}

/** What a metric counts, by its unit: the groups of the metrics index, in the order it lists them. */
export const METRIC_GROUPS = ['people', 'crime', 'seized', 'money', 'operators', 'police'] as const;
export type MetricGroup = (typeof METRIC_GROUPS)[number];
const GROUP_OF_UNIT: Record<Unit, MetricGroup> = {
  people: 'people',
  cases: 'crime',
  gangs: 'crime',
  groups: 'crime',
  dens: 'crime',
  companies: 'crime',
  sources: 'crime',
  chains: 'crime',
  tools: 'crime',
  cards: 'seized',
  sets: 'seized',
  accounts: 'seized',
  phones: 'seized',
  computers: 'seized',
  devices: 'seized',
  vehicles: 'seized',
  records: 'seized',
  yuan: 'money',
  'yuan-per-set': 'money',
  numbers: 'operators',
  documents: 'operators',
  channels: 'operators',
  officers: 'police',
  teams: 'police',
  zones: 'police',
  departments: 'police',
  'sub-bureaus': 'police',
  provinces: 'police',
  cities: 'police',
  'cities-counties': 'police',
  days: 'police',
  months: 'police',
  leads: 'police',
};

/**
 * The metrics index: the metrics with figures, grouped by what they count (people, cases and gangs,
 * things seized, money, phone numbers and sales channels, police work), each group with its counts
 * and its metrics most reported first, so a reader on a phone finds one in a screen or two.
 */
export function metricsIndex(q: Query, locale: Locale) {
  const t = words(locale).site;
  const rows = q.metricsWithData().map((m) => ({
    href: urls.metric(locale, m.id),
    name: nameOf(m, locale),
    unit: unitName(m.unit, locale),
    group: GROUP_OF_UNIT[m.unit],
    figures: q.figuresOfMetric(m.id).length,
  }));
  return METRIC_GROUPS.map((group) => {
    const metrics = rows
      .filter((r) => r.group === group)
      .sort((a, b) => b.figures - a.figures || a.name.localeCompare(b.name, locale));
    const figures = metrics.reduce((n, m) => n + m.figures, 0);
    return {
      id: `group-${group}`,
      name: t.metricGroups[group],
      counts: t.metricGroupCounts(metrics.length, figures),
      links: metrics.map((m): Link => ({
        href: m.href,
        name: m.name,
        meta: t.metricCounts(m.figures, m.unit),
      })),
    };
  }).filter((g) => g.links.length > 0);
}
