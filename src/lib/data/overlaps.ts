/**
 * Which figures may count the same people or things because one lies inside the other: a figure of a
 * place and a figure of a place within it (a county inside its province, a city inside its province),
 * counting the same kind of thing (one metric, or metrics of one family: all suspects arrested and card
 * sellers arrested) over periods that overlap, or that the text does not give in full. A
 * provincial running total may include the county operations of its period (Gansu's 2,289 arrests and
 * the Yuzhong and Jingchuan cases); a provincial round-up may take in the people a city's case had
 * caught (Heilongjiang and Daqing). Derived here, for every such pair, rather than written by hand.
 */
import type { Figure } from './dataset.ts';
import type { PeriodType } from './schema.ts';

/** The period fields of a figure (see figures.csv in data/README.md). */
export interface PeriodFields {
  period_type: PeriodType;
  period_start: string;
  period_end: string;
  as_of: string;
  reported: string;
}

/** The first and the last day a figure's period can reach, as ISO dates; '' where the text leaves it open. */
export interface Span {
  from: string;
  to: string;
}

/** The first day a date of the source can mean: 2020 → 2020-01-01, 2020-12 → 2020-12-01. */
const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
/** The last day a date can mean: 2020 → 2020-12-31, 2020-12 → 2020-12-31 (a 31st in any month: dates are only compared). */
const lastDay = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
const open = (d: string, bound: (d: string) => string) => (d ? bound(d) : '');

/**
 * The days a figure's period may cover. A running total runs from its start (since-launch: the
 * campaign's, `campaignStart`) to its as-of date, or else to the day it was reported; an operation from
 * its start to its end (or the day it was reported). A bound the text does not give stays open.
 */
export function periodSpan(p: PeriodFields, campaignStart = ''): Span {
  const start = p.period_type === 'since-launch' ? p.period_start || campaignStart : p.period_start;
  const end = p.period_type === 'operation' ? p.period_end || p.reported : p.as_of || p.reported;
  return { from: open(start, firstDay), to: open(end, lastDay) };
}

/** Whether two spans may share a day: always, when a bound that would part them is open. */
export const spansMeet = (a: Span, b: Span): boolean =>
  (!a.from || !b.to || a.from <= b.to) && (!b.from || !a.to || b.from <= a.to);

/** One figure of a place and one of a place within it that may count the same people or things. */
export interface OverlapPair {
  /** The figure of the larger place (a province's total). */
  outer: Figure;
  /** The figure of the place within it (a county's case). */
  inner: Figure;
}

/** What the derivation needs to know beyond the figures: each place's parent and each campaign's start. */
export interface OverlapFacts {
  parentOf(placeId: string): string;
  /** The metric's family (metrics.csv `family`, or the metric itself): metrics that count one kind of thing. */
  familyOf(metricId: string): string;
  campaignStart(campaignId: string): string;
}

/**
 * Every pair of figures that may overlap: the inner figure's place lies within the outer's (at any
 * depth, so its level is lower), both count one kind of thing (one metric family), and their periods may share a day
 * (overlapping, or not given in full). Ordered by the outer figure, then the inner, in file order.
 */
export function overlapPairs(figures: Figure[], facts: OverlapFacts): OverlapPair[] {
  const byPlaceMetric = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = `${f.place}|${facts.familyOf(f.metric)}`;
    const list = byPlaceMetric.get(key);
    if (list) list.push(f);
    else byPlaceMetric.set(key, [f]);
  }
  const spans = new Map(figures.map((f) => [f, periodSpan(f, facts.campaignStart(f.campaign))]));
  const pairs: OverlapPair[] = [];
  for (const inner of figures) {
    for (let place = facts.parentOf(inner.place); place; place = facts.parentOf(place)) {
      for (const outer of byPlaceMetric.get(`${place}|${facts.familyOf(inner.metric)}`) ?? [])
        if (spansMeet(spans.get(outer)!, spans.get(inner)!)) pairs.push({ outer, inner });
    }
  }
  return pairs.sort((a, b) => a.outer.line - b.outer.line || a.inner.line - b.inner.line);
}
