/**
 * The selection chart of the figure explorer (src/client/selection-chart.ts draws it with ECharts):
 * the rows the explorer shows (figures-explained columns, see src/lib/exports/export.ts) put in
 * comparable groups, one chart each. A group holds one metric (one definition and unit) at one place
 * level on one topic, so no axis ever mixes units, levels or definitions; each figure is one bar.
 * Pure: words come in with the call, as for every chart of src/lib/charts.
 */
import type { Level } from '../data/schema.ts';
import type { Locale, Qualifier } from './types.ts';

/** One row of the explorer's view: a figures-explained row. */
export type SelectionRow = Record<string, string | number>;

/** One bar: one figure. */
export interface SelectionBar {
  id: string;
  value: number;
  qualifier: Qualifier;
  quote: string;
  /** Place id and name. */
  place: string;
  placeName: string;
  /** What tells the bar apart from another of its place in the chart (its detail, else its agency); '' when its place has one bar. */
  aside: string;
  period: string;
  page: number;
  /** Its period is not the one most bars of its chart share (every bar's, when no two share one). */
  periodDiffers: boolean;
  /** The figure's address (the figures-explained `url`). */
  url: string;
  /** It is a part (其中) of another bar of its chart: never to be added to it. */
  isPart: boolean;
}

/** One chart: figures of one metric, unit, level and topic. */
export interface SelectionGroup {
  key: string;
  metric: string;
  metricName: string;
  unit: string;
  level: Level;
  topic: string;
  /** Another group of the selection has the same metric and level on another topic: the title names the topic. */
  topicNamed: boolean;
  bars: SelectionBar[];
  /** The bars' periods are not all the same. */
  periodsDiffer: boolean;
  /** Some bars are parts of another bar of the chart. */
  hasParts: boolean;
  /** The source's id and its title in Chinese (the client names it in the page's language), and the pages the bars are on, ascending. */
  sourceId: string;
  source: string;
  pages: number[];
}

export type SelectionSort = 'value' | 'name' | 'view';
export const SELECTION_SORTS: readonly SelectionSort[] = ['value', 'name', 'view'];

const text = (row: SelectionRow, key: string) => String(row[key] ?? '');

/** A key equal for figures whose periods can be compared (the same fields as periodKey of src/lib/i18n/period.ts). */
export const rowPeriodKey = (row: SelectionRow) =>
  ['period_type', 'period_start', 'period_end', 'as_of', 'reported'].map((k) => text(row, k)).join('|');

/** The item most share, when one is shared by more than any other; none when no two share one or two tie. */
function usual(items: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] > 1 && (!second || first[1] > second[1]) ? first[0] : undefined;
}

/** Groups the view's rows into charts, in the order their first figure appears; bars keep the view's order. */
export function groupSelection(rows: readonly SelectionRow[], locale: Locale): SelectionGroup[] {
  const named = (row: SelectionRow, key: string) => text(row, `${key}_${locale}`);
  const byKey = new Map<string, SelectionRow[]>();
  for (const row of rows) {
    const key = ['metric', 'unit', 'level', 'topic'].map((k) => text(row, k)).join('|');
    const group = byKey.get(key);
    if (group) group.push(row);
    else byKey.set(key, [row]);
  }
  // The topics charted for each metric and level: two, and each title names its topic.
  const topics = new Map<string, Set<string>>();
  for (const [first] of byKey.values()) {
    const k = `${text(first!, 'metric')}|${text(first!, 'level')}`;
    topics.set(k, (topics.get(k) ?? new Set()).add(text(first!, 'topic')));
  }
  return [...byKey].map(([key, group]) => {
    const first = group[0]!;
    const periods = group.map(rowPeriodKey);
    const common = usual(periods);
    const ids = new Set(group.map((row) => text(row, 'id')));
    const perPlace = new Map<string, number>();
    for (const row of group) perPlace.set(text(row, 'place'), (perPlace.get(text(row, 'place')) ?? 0) + 1);
    const bars = group.map((row, i): SelectionBar => ({
      id: text(row, 'id'),
      value: Number(row.value),
      qualifier: text(row, 'qualifier') as Qualifier,
      quote: text(row, 'quote'),
      place: text(row, 'place'),
      placeName: named(row, 'place'),
      aside: (perPlace.get(text(row, 'place')) ?? 0) > 1 ? named(row, 'detail') || named(row, 'agency') : '',
      period: named(row, 'period'),
      page: Number(row.page),
      periodDiffers: new Set(periods).size > 1 && periods[i] !== common,
      url: text(row, 'url'),
      isPart: ids.has(text(row, 'part_of')),
    }));
    return {
      key,
      metric: text(first, 'metric'),
      metricName: named(first, 'metric'),
      unit: text(first, 'unit'),
      level: text(first, 'level') as Level,
      topic: text(first, 'topic'),
      topicNamed: (topics.get(`${text(first, 'metric')}|${text(first, 'level')}`)?.size ?? 0) > 1,
      bars,
      periodsDiffer: new Set(periods).size > 1,
      hasParts: bars.some((b) => b.isPart),
      sourceId: text(first, 'source'),
      source: text(first, 'source_title_zh'),
      pages: [...new Set(bars.map((b) => b.page))].sort((a, b) => a - b),
    };
  });
}

/** A bar's name: its place, what tells it from another bar of that place, and (其中) for a part, by `ofWhich` (`{label}` filled in). */
export const barName = (bar: SelectionBar, join: string, ofWhich = '{label}') => {
  const name = bar.aside ? `${bar.placeName}${join}${bar.aside}` : bar.placeName;
  return bar.isPart ? ofWhich.replace('{label}', () => name) : name;
};

/** The bars in the chosen order: largest first, by name, or as the explorer lists them; ties keep the view's order. */
export function sortBars(
  bars: readonly SelectionBar[],
  sort: SelectionSort,
  locale: Locale,
  join: string,
): SelectionBar[] {
  if (sort === 'value') return [...bars].sort((a, b) => b.value - a.value);
  if (sort === 'name')
    return [...bars].sort((a, b) => barName(a, join).localeCompare(barName(b, join), locale));
  return [...bars];
}

/** Fills `{name}` placeholders of a template from the page's words. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
