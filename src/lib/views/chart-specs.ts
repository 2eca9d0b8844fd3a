import type { ChartDatum, ChartSpec } from '../charts/types.ts';
import type { Figure } from '../data/dataset.ts';
import type { Query, Series } from '../data/query.ts';
import { fieldOf, nameOf, noteOf, type Locale } from '../i18n/locale.ts';
import { figureHref, metricHref, placeHref } from './links.ts';
import { periodLabel } from '../i18n/period.ts';
import { ui } from '../i18n/ui.ts';
import { unitName } from '../i18n/units.ts';
import type { FigureGroup } from './figure-groups.ts';

/** The citation of a set of figures: `Source: “<title>”, p. 57` (a page range when several). */
export function figuresCitation(q: Query, figures: Figure[], locale: Locale): string {
  const t = ui(locale);
  const source = q.source(figures[0]!.source);
  const pages = figures.map((f) => f.page);
  const pub = t.publication(fieldOf(source, 'title', locale));
  return t.sourceLine(pub, t.page(Math.min(...pages), Math.max(...pages)));
}

/** One bar: a figure with its label, link, period, page and quote. */
function datum(f: Figure, label: string, href: string, locale: Locale): ChartDatum {
  return {
    id: f.id,
    label,
    value: f.value,
    qualifier: f.qualifier,
    period: periodLabel(f, locale),
    page: f.page,
    quote: f.quote,
    note: noteOf(f, locale) || undefined,
    href: figureHref(locale, f.id),
  };
}

/** A bar's label within one place: the figure's detail when it has one, else its metric. */
export function figureLabel(q: Query, f: Figure, locale: Locale): string {
  const base = fieldOf(f, 'detail', locale) || nameOf(q.metric(f.metric), locale);
  return f.part_of ? ui(locale).ofWhich(base) : base;
}

/** One chart per unit for a group of figures of one place, campaign and period; bars are metrics. */
export function groupCharts(q: Query, group: FigureGroup, locale: Locale, idPrefix: string): ChartSpec[] {
  const period = periodLabel(group.figures[0]!, locale);
  const t = ui(locale);
  return [...q.byUnit(group.figures)].map(([unit, figures], i) => {
    const metrics = [...new Set(figures.map((f) => nameOf(q.metric(f.metric), locale)))];
    return {
      id: `${idPrefix}-${i + 1}`,
      locale,
      words: t.chart,
      title:
        metrics.length <= 2
          ? metrics.join(t.and)
          : `${nameOf(group.place, locale)}: ${unitName(unit, locale)}`,
      subtitle: `${nameOf(group.place, locale)} · ${nameOf(group.campaign, locale)} · ${period}`,
      unitLabel: unitName(unit, locale),
      source: figuresCitation(q, figures, locale),
      // The chart's own key explains hatched (not exact) bars; parts need a word of their own.
      notes: figures.some((f) => f.part_of) ? [t.partsNote] : [],
      categoryLabel: t.columns.metric,
      data: figures.map((f) => datum(f, figureLabel(q, f, locale), metricHref(locale, f.metric), locale)),
    };
  });
}

/** A chart comparing places within one comparable series of a metric; bars are places. */
export function seriesChart(q: Query, series: Series, locale: Locale, id: string): ChartSpec {
  const t = ui(locale);
  const first = series.figures[0]!;
  return {
    id,
    locale,
    words: t.chart,
    title:
      series.figures.length === 1
        ? t.titleOf(nameOf(q.place(first.place), locale), nameOf(series.metric, locale))
        : nameOf(series.metric, locale),
    subtitle: `${t.levels[series.level]} · ${periodLabel(first, locale)}`,
    unitLabel: unitName(series.metric.unit, locale),
    source: figuresCitation(q, series.figures, locale),
    notes: [],
    categoryLabel: t.columns.place,
    data: series.figures.map((f) => {
      const agency = q.agency(f.agency);
      const label =
        nameOf(q.place(f.place), locale) + (agency.kind === 'operator' ? ` (${nameOf(agency, locale)})` : '');
      return datum(f, label, placeHref(locale, f.place), locale);
    }),
  };
}
