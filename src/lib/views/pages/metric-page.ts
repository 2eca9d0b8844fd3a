import type { Query } from '../../data/query.ts';
import { fieldOf, nameOf, type Locale } from '../../i18n/locale.ts';
import { unitName } from '../../i18n/units.ts';
import { figureRows } from '../figure-table.ts';
import { metricCharts } from '../blocks/page-blocks.ts';
import { pageOembedPath } from '../blocks/keys.ts';
import { cap, MAX_ROWS, moreNote } from '../cap.ts';
import * as urls from '../../urls.ts';
import { words } from '../../i18n/words.ts';

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
    oembed: pageOembedPath(locale, [...compared, ...apart]),
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

/** The metrics index: one row per metric with figures. */
export function metricsIndex(q: Query, locale: Locale) {
  return q.metricsWithData().map((m) => ({
    href: urls.metric(locale, m.id),
    name: nameOf(m, locale),
    unit: unitName(m.unit, locale),
    definition: fieldOf(m, 'definition', locale),
    figures: q.figuresOfMetric(m.id).length,
  }));
}
