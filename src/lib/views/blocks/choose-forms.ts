import type { Figure } from '../../data/dataset.ts';
import type { Level, Topic, Unit } from '../../data/schema.ts';
import { periodKey } from '../../i18n/period.ts';
import { comparedKey, operationKey, reporter, type FigureFacts } from './one-chart.ts';

export type { FigureFacts };

/** One bar of a ranked chart: a place's figure, marked when its period is not the chart's usual one. */
interface RankedBar {
  figure: Figure;
  /** Its period differs from the one most bars share (every bar, when no two share one). */
  periodDiffers: boolean;
  /** The place the page is about (drawn in the accent colour, the others muted). */
  highlight: boolean;
}

/** How a page section shows its figures: each figure ends up in exactly one form. */
export type ChartForm =
  /** A single figure: a number, not a chart. */
  | { kind: 'stat'; figure: Figure }
  /** One metric at one level across places (or reporting agencies): bars ranked largest first. */
  | {
      kind: 'ranked';
      metric: string;
      level: Level;
      topic: Topic;
      bars: RankedBar[];
      /** Bars left out by the cap (they stay in the data table). */
      more: number;
      periodsDiffer: boolean;
    }
  /** A whole and its parts (part_of), each part drawn inside the whole; a part keeps its own unit (5 companies of 17 dens). */
  | { kind: 'part-whole'; whole: Figure; parts: Figure[] }
  /** Several metrics of one operation, place and period in one unit: at least two bars, largest first. */
  | { kind: 'metric-bars'; unit: Unit; figures: Figure[]; more: number };

export interface ChooseOptions {
  /** Place id whose bar a ranked chart highlights (a place page's own place). */
  highlight?: string;
  /** Most bars in one chart (default 25); the rest are counted in `more`. */
  maxBars?: number;
}

export const MAX_BARS = 25;

/** The latest date a figure's period reaches, for picking one figure per reporter (ISO dates sort as text). */
const latest = (f: Figure) => [f.as_of, f.reported, f.period_end, f.period_start].sort().at(-1) ?? '';

/** Groups items by key, keeping first-appearance order of keys and input order within a group. */
function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

/** The latest figure of each reporter in a group of one metric at one level: what a ranked chart draws. */
export const latestPerReporter = (group: Figure[]): Figure[] =>
  groupBy(group, reporter).map(
    (g) => g.reduce((a, b) => (latest(b) > latest(a) ? b : a)), // the first of the latest wins a tie
  );

/** Largest first, ties in input order. */
export const byValue = (figures: Figure[]) => [...figures].sort((a, b) => b.value - a.value);

/** The item most bars share (first seen wins a tie); none when no two bars share one. */
function shared(items: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  let best: string | undefined;
  for (const [item, n] of counts) if (n > 1 && (best === undefined || n > counts.get(best)!)) best = item;
  return best;
}

/** The ranked form of figures of one topic, metric and level (one-chart.ts), capped to `max` bars with the highlighted place kept in view. */
export function ranked(figures: Figure[], facts: FigureFacts, opts: ChooseOptions): ChartForm {
  const max = opts.maxBars ?? MAX_BARS;
  const sorted = byValue(figures);
  let shown = sorted.slice(0, max);
  const lit = opts.highlight === undefined ? undefined : sorted.find((f) => f.place === opts.highlight);
  if (lit && !shown.includes(lit)) shown = [...shown.slice(0, max - 1), lit];
  const usual = shared(shown.map(periodKey));
  return {
    kind: 'ranked',
    metric: figures[0]!.metric,
    level: facts.levelOf(figures[0]!),
    topic: facts.topicOf(figures[0]!),
    bars: shown.map((figure) => ({
      figure,
      periodDiffers: periodKey(figure) !== usual,
      highlight: figure.place === opts.highlight,
    })),
    more: sorted.length - shown.length,
    periodsDiffer: new Set(shown.map(periodKey)).size > 1,
  };
}

/**
 * Decides how to show a section's figures, in the order they first appear, grouping them by the rule
 * of one-chart.ts: one metric at one level and of one topic from several reporters → one ranked chart
 * (the latest figure of each reporter; periods may differ and are marked); a whole with its parts
 * (part_of) of its topic and level → part-whole (a whole may also be a bar of a ranked chart: the one form a
 * figure can share); two or more metrics of one operation, reporter, period and unit → small bar
 * chart; anything else → one stat per figure. Topics, units, levels and metrics never mix in one
 * chart; a part is never ranked or charted beside others.
 */
export function chooseForms(figures: Figure[], facts: FigureFacts, opts: ChooseOptions = {}): ChartForm[] {
  const forms: { at: number; form: ChartForm }[] = [];
  const order = new Map(figures.map((f, i) => [f, i]));
  const add = (group: Figure[], form: ChartForm) =>
    forms.push({ at: group.reduce((at, f) => Math.min(at, order.get(f)!), Infinity), form });

  const byId = new Map(figures.map((f) => [f.id, f]));
  // A part is drawn inside its whole when both are here, of one topic and level; otherwise it stands alone.
  const inWhole = (f: Figure) => {
    const whole = f.part_of ? byId.get(f.part_of) : undefined;
    return (
      whole !== undefined &&
      facts.topicOf(whole) === facts.topicOf(f) &&
      facts.levelOf(whole) === facts.levelOf(f)
    );
  };
  const wholes = new Set(figures.filter(inWhole).map((f) => f.part_of));
  const leftover: Figure[] = [];
  for (const group of groupBy(
    figures.filter((f) => !f.part_of),
    (f) => comparedKey(f, facts),
  )) {
    const perReporter = latestPerReporter(group);
    if (perReporter.length < 2) {
      leftover.push(...group);
      continue;
    }
    add(perReporter, ranked(perReporter, facts, opts));
    const ranks = new Set(perReporter);
    leftover.push(...group.filter((f) => !ranks.has(f)));
  }

  const partsOf = Map.groupBy(figures.filter(inWhole), (f) => f.part_of!);
  for (const whole of figures.filter((f) => wholes.has(f.id))) {
    const parts = partsOf.get(whole.id)!;
    add([whole, ...parts], { kind: 'part-whole', whole, parts });
  }

  // A part without its whole (an "of which" figure) stands alone, as a stat.
  const alone = [
    ...leftover.filter((f) => !wholes.has(f.id)),
    ...figures.filter((f) => f.part_of && !inWhole(f)),
  ];
  const max = opts.maxBars ?? MAX_BARS;
  for (const group of groupBy(alone, (f) => (f.part_of ? f.id : operationKey(f, facts)))) {
    if (group.length < 2) add(group, { kind: 'stat', figure: group[0]! });
    else {
      const sorted = byValue(group);
      add(group, {
        kind: 'metric-bars',
        unit: facts.unitOf(group[0]!),
        figures: sorted.slice(0, max),
        more: Math.max(0, sorted.length - max),
      });
    }
  }
  // Stable: at equal positions, a ranked chart comes before the part-whole of its bar.
  return forms.sort((a, b) => a.at - b.at).map((f) => f.form);
}
