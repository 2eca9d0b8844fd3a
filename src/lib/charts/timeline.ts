import { html, raw } from '../html/html.ts';
import type { ChartRole } from '../theme.ts';
import { DEFAULT_WIDTH, paint, px, svgRoot, text, type ChartSize, TEXT_X } from './svg.ts';
import { textWidth, wrapText } from './text.ts';
import type { Plot, TimelineRow } from './types.ts';

/** The words a timeline draws or says; all localised by the caller. */
export interface TimelineWords {
  /** Twelve short month names, January first: `Jan` … / `1月` …. */
  months: readonly string[];
  /** A year on the axis: `2020` / `2020年`. */
  year: (y: number) => string;
  /** The legend, naming what each mark means. */
  legend: { running: string; uncertain: string; open: string; asOf: string };
  /** The text alternative, from the data: title and one phrase per row (see `row`). */
  alt: (rows: string[]) => string;
  /** A row as the text alternative says it; dates are the data's ISO dates, to be put in words by the caller. */
  row: (r: TimelineRow) => string;
}

const DAY = 86_400_000;
/** A date known to the year, the month or the day, as in the data: `2020`, `2020-10`, `2020-10-10`. */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const FONT = 15;
// Axis and legend text: 12 px or more on a 375 px phone, where the chart scales to about 0.82.
const SMALL = 15;
const LINE = 19;
const BAR = 14;
const AS_OF = 6; // height of an as-of mark under its bar
const ROW_GAP = 10;
const ARROW = 8; // width of the arrowhead of an open-ended run
const MIN_TICK_GAP = 56; // px between axis labels

/** The days a partial date covers: a whole year or month when only that is given. */
export function dateSpan(date: string): { from: number; to: number } {
  const m = PARTIAL_DATE.exec(date);
  if (!m) throw new Error(`timeline: "${date}" is not a YYYY, YYYY-MM or YYYY-MM-DD date`);
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) - 1 : undefined, m[3] ? Number(m[3]) : undefined];
  if (mo === undefined) return { from: Date.UTC(y, 0, 1) / DAY, to: Date.UTC(y + 1, 0, 1) / DAY };
  if (d === undefined) return { from: Date.UTC(y, mo, 1) / DAY, to: Date.UTC(y, mo + 1, 1) / DAY };
  return { from: Date.UTC(y, mo, d) / DAY, to: Date.UTC(y, mo, d + 1) / DAY };
}

/** Day number of the first of the month on or before / after a day. */
const monthStart = (day: number, after = false) => {
  const t = new Date(day * DAY);
  const start = Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1) / DAY;
  return after && start < day ? Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1) / DAY : start;
};

/** Month ticks between two days, every 1, 2, 3, 6 or 12 months so labels do not collide. */
function ticks(from: number, to: number, width: number): { day: number; year: number; month: number }[] {
  const all: { day: number; year: number; month: number }[] = [];
  for (let t = new Date(from * DAY); t.getTime() / DAY <= to; t.setUTCMonth(t.getUTCMonth() + 1))
    all.push({ day: t.getTime() / DAY, year: t.getUTCFullYear(), month: t.getUTCMonth() });
  const fit = Math.max(1, Math.floor(width / MIN_TICK_GAP));
  const step = [1, 2, 3, 6, 12].find((s) => Math.ceil(all.length / s) <= fit) ?? 12;
  return all.filter((t) => (step === 12 ? t.month === 0 : t.month % step === 0));
}

/**
 * A campaign timeline as plain SVG: one row per operation or case, from its start to its end (a date
 * known only to the year or month drawn as a pale span of that year or month), a run with no set end
 * drawn to the right edge with an arrowhead, as-of dates of its figures as dark marks under the bar.
 * Month and year axis at the bottom, legend under it. Row labels link to `href` when given.
 */
export function timelineSvg(
  id: string,
  rows: TimelineRow[],
  words: TimelineWords,
  width = DEFAULT_WIDTH,
  size: ChartSize = 'fit',
): Plot {
  if (words.months.length !== 12) throw new Error('timeline: words.months needs twelve month names');
  const spans = rows.map((r) => ({
    start: r.start ? dateSpan(r.start) : undefined,
    end: r.end ? dateSpan(r.end) : undefined,
    asOf: r.asOf.map(dateSpan),
  }));
  const known = spans.flatMap((s) => [s.start, s.end, ...s.asOf].filter((k) => k !== undefined));
  if (known.length === 0) throw new Error(`timeline ${id}: no dates to draw`);
  const open = spans.some((s) => !s.end || !s.start);
  let from = monthStart(Math.min(...known.map((k) => k.from)));
  let to = monthStart(Math.max(...known.map((k) => k.to)), true);
  // Room for the arrowheads of open runs, and never a zero-length axis.
  if (open || to - from < 28) to = monthStart(to + 31);
  if (to - from < 28) from = monthStart(from - 1);
  const x = (day: number) => ((day - from) / (to - from)) * (width - 1);
  const isDay = (d: { from: number; to: number }) => d.to - d.from === 1;

  // Pale (outer): the run may be going on; solid (inner): it surely is, from the end of a start known
  // only to the month or year to the beginning of such an end.
  const geometry = spans.map((s) => {
    const outer = { from: s.start ? x(s.start.from) : ARROW, to: s.end ? x(s.end.to) : width - ARROW };
    const inner = {
      from: s.start ? x(isDay(s.start) ? s.start.from : s.start.to) : outer.from,
      to: s.end ? x(isDay(s.end) ? s.end.to : s.end.from) : outer.to,
    };
    return { ...s, outer, inner, sure: inner.to > inner.from };
  });

  const body: string[] = [];
  let y = 0;
  const rect = (a: number, b: number, top: number, h: number, fill: ChartRole) =>
    `<rect x="${px(a)}" y="${px(top)}" width="${px(Math.max(b - a, 2))}" height="${h}" ${paint(fill)}/>`;
  const arrow = (tip: number, base: number, top: number, h: number, fill: ChartRole) =>
    `<path d="M${px(base)} ${px(top)}L${px(tip)} ${px(top + h / 2)}L${px(base)} ${px(top + h)}Z" ${paint(fill)}/>`;
  rows.forEach((r, i) => {
    const g = geometry[i]!;
    const lines = wrapText(r.label, width - 2, FONT);
    const linkAttrs = r.href ? `${paint('link')} text-decoration="underline"` : '';
    const label = lines.map((line, j) => text(TEXT_X, y + LINE * (j + 1) - 5, line, linkAttrs)).join('');
    body.push(r.href ? String(html`<a href="${r.href}">${raw(label)}</a>`) : label);
    y += LINE * lines.length + 3;
    body.push(rect(g.outer.from, g.outer.to, y, BAR, 'track'));
    if (g.sure) body.push(rect(g.inner.from, g.inner.to, y, BAR, 'bar'));
    const fill = g.sure ? 'bar' : 'track';
    if (!g.end) body.push(arrow(width, width - ARROW, y - 3, BAR + 6, fill));
    if (!g.start) body.push(arrow(0, ARROW, y - 3, BAR + 6, fill));
    // A day is under a pixel wide: centre a 3 px mark on it.
    for (const a of g.asOf) {
      const [l, r] = isDay(a) ? [x(a.from) - 1, x(a.from) + 2] : [x(a.from), x(a.to)];
      body.push(rect(l, r, y + BAR + 1, AS_OF, 'text'));
    }
    y += BAR + 1 + (g.asOf.length ? AS_OF : 0) + ROW_GAP;
  });

  // Grid lines behind the rows, then the axis labels: month, and the year under each January and the first tick.
  const axisTicks = ticks(from, to, width);
  const yearly = axisTicks.every((t) => t.month === 0);
  const grid = axisTicks
    .map((t) => `<path d="M${px(x(t.day))} 0V${px(y)}" ${paint(undefined, 'grid')}/>`)
    .join('');
  y += SMALL;
  const small = `font-size="${SMALL}" ${paint('meta')}`;
  // Each label starts just after its tick, moved left as far as it must to end inside the chart; a
  // label that would then run into the one before it on its line is left out.
  const ends = [-Infinity, -Infinity];
  const label = (at: number, line: 0 | 1, content: string) => {
    const w = textWidth(content, SMALL);
    const tx = Math.min(at + 2, width - w - 1);
    if (tx < ends[line]! + 6 || tx < 0) return;
    ends[line] = tx + w;
    body.push(text(tx, y + line * (SMALL + 3), content, small));
  };
  axisTicks.forEach((t, i) => {
    const at = x(t.day);
    label(at, 0, yearly ? words.year(t.year) : words.months[t.month]!);
    if (!yearly && (t.month === 0 || i === 0)) label(at, 1, words.year(t.year));
  });
  // The legend a line under the last axis line (months, or the years under them).
  y += yearly ? SMALL + 9 : 2 * SMALL + 12;

  // Legend: one swatch per kind of mark in use, wrapping at the chart's width.
  const used = {
    running: geometry.some((g) => g.sure),
    uncertain: geometry.some((g) => [g.start, g.end].some((d) => d && !isDay(d))),
    open: geometry.some((g) => !g.end || !g.start),
    asOf: geometry.some((g) => g.asOf.length > 0),
  };
  let lx = 0;
  for (const key of ['running', 'uncertain', 'open', 'asOf'] as const) {
    if (!used[key]) continue;
    const w = 16 + textWidth(words.legend[key], SMALL);
    if (lx > 0 && lx + w > width) {
      lx = 0;
      y += SMALL + 6;
    }
    const mark = {
      running: rect(lx, lx + 12, y - 10, 10, 'bar'),
      uncertain: rect(lx, lx + 12, y - 10, 10, 'track'),
      open: arrow(lx + 12, lx, y - 11, 12, 'bar'),
      asOf: rect(lx, lx + 12, y - 8, AS_OF, 'text'),
    }[key];
    body.push(mark + text(lx + 16, y, words.legend[key], small));
    lx += w + 14;
  }
  return svgRoot(width, y + 4, words.alt(rows.map(words.row)), grid + body.join(''), { size, role: 'group' });
}
