import {
  barRect,
  DEFAULT_WIDTH,
  hatchDef,
  hitTarget,
  paint,
  svgRoot,
  text,
  type ChartSize,
  TEXT_X,
} from './svg.ts';
import { textWidth, wrapText } from './text.ts';
import type { Plot, RankedDatum, RankedSpec } from './types.ts';

/** The words a ranked chart draws or says; all localised by the caller. */
export interface RankedWords {
  /** The line under the bars when some were left out: `and 412 more in the table`. */
  more: (n: number) => string;
  /** Put before a period that differs from the others', e.g. `*`; the subtitle explains it. */
  mark: string;
  /**
   * The text alternative, from the data: e.g. `Bar chart: Suspects arrested, …. 3 places, largest first:
   * Jiangxi 5,011 (since 10 Oct 2020); … Gansu highlighted.`
   * `bars` are `label value (period)` phrases in bar order, values said in words.
   */
  alt: (a: {
    title: string;
    subtitle: string;
    unit: string;
    bars: string[];
    highlighted?: string;
    more: number;
  }) => string;
  /** A bar as the text alternative says it, e.g. `Gansu 2,289 (as of 25 Dec 2020)`. */
  bar: (label: string, value: string, period: string) => string;
  /** A value as a reader would say it: `more than 2,000` / `2000余`. */
  valueInWords: (d: RankedDatum) => string;
}

const FONT = 15; // labels and values
// Periods and the "more" line: as large as the labels (set apart by colour), so on a 375 px phone, where
// the chart scales to about 0.82, they are still 12 px.
const SMALL = 15;
const LINE = 19;
const SMALL_LINE = 19;
const BAR = 20;
const GAP = 4; // between a label block and its bar
const ROW_GAP = 12; // between rows
const VALUE_GAP = 6; // between a bar's end and its value

/** The period text of a bar, marked when it differs from the others'. */
const periodText = (d: RankedDatum, words: RankedWords) =>
  d.period && d.periodDiffers ? `${words.mark}${d.period}` : d.period;

/**
 * Label lines of one row (bold when highlighted), then its period: after the label when it fits on
 * the same line, else on lines of its own below.
 */
function rowText(d: RankedDatum, width: number, words: RankedWords) {
  const weight = d.highlight ? 'bold' : 'regular';
  const label = wrapText(d.label, width, FONT, weight);
  const period = periodText(d, words);
  const periodX = textWidth(`${label.at(-1)!}  `, FONT, weight);
  const sameLine = periodX + textWidth(period, SMALL) <= width;
  return {
    label,
    period: period && sameLine ? [period] : period ? wrapText(period, width, SMALL) : [],
    sameLine,
    periodX: sameLine ? periodX : 0,
  };
}

/**
 * A ranked bar chart as plain SVG: each bar labelled with its place and its own period, the highlighted
 * place in the accent colour and the others muted, hatched when not exact, an "N more" line under
 * a capped chart. Bars are drawn in the order given (data-index order for tooltips). Also draws the
 * small bar chart of several metrics of one operation, with empty periods.
 */
export function rankedBarSvg(
  spec: RankedSpec,
  words: RankedWords,
  width = DEFAULT_WIDTH,
  size: ChartSize = 'fit',
): Plot {
  const data = spec.data;
  const values = data.map((d) => spec.words.value(d.value, d.qualifier, d.quote));
  const valueWidth = Math.max(0, ...values.map((v) => textWidth(v, FONT, 'bold')));
  const scale = (width - valueWidth - VALUE_GAP - 2) / (Math.max(0, ...data.map((d) => d.value)) || 1);
  const anyHighlight = data.some((d) => d.highlight);
  const hatched = data.some((d) => d.qualifier !== 'exact');
  const parts: string[] = [hatched ? hatchDef(spec.id) : ''];
  const targets: string[] = [];
  let y = 0;
  data.forEach((d, i) => {
    const top = y;
    const row = rowText(d, width - 2, words);
    const weight = d.highlight ? 'font-weight="bold"' : '';
    row.label.forEach((line, j) => parts.push(text(TEXT_X, y + LINE * (j + 1) - 5, line, weight)));
    y += LINE * row.label.length;
    // A period that differs from the others is marked by its * and the darker text colour, never slanted
    // (a browser slants Chinese, which has no italic).
    const periodAttrs = `font-size="${SMALL}" ${paint(d.periodDiffers ? 'text' : 'meta')}`;
    // Bars that share one period said in the subtitle (a small chart of one operation) may leave it empty.
    if (row.period.length && row.sameLine) parts.push(text(row.periodX, y - 5, row.period[0]!, periodAttrs));
    else
      for (const line of row.period) {
        parts.push(text(TEXT_X, y + SMALL_LINE - 4, line, periodAttrs));
        y += SMALL_LINE;
      }
    y += GAP;
    const w = Math.max(1, d.value * scale);
    const fill = anyHighlight && !d.highlight ? 'context' : 'bar';
    parts.push(barRect(0, y, w, BAR, fill, d.qualifier !== 'exact', spec.id));
    parts.push(text(w + VALUE_GAP, y + BAR / 2 + 5, values[i]!, 'font-weight="bold"'));
    y += BAR;
    // The last target ends inside the chart, so its focus outline shows in full.
    const pad = i === data.length - 1 && spec.more === 0 ? 2 : ROW_GAP / 2;
    targets.push(hitTarget(i, top, width, y + pad - top));
    y += ROW_GAP;
  });
  if (spec.more > 0) {
    parts.push(
      text(TEXT_X, y + SMALL_LINE - 4, words.more(spec.more), `font-size="${SMALL}" ${paint('meta')}`),
    );
    y += SMALL_LINE;
  } else y -= ROW_GAP;
  return svgRoot(width, y + 2, rankedAlt(spec, words), parts.join('') + targets.join(''), {
    size,
    targets: true,
  });
}

/** The chart's text alternative: title, period, every bar in order with its period, the highlighted place. */
export function rankedAlt(spec: RankedSpec, words: RankedWords): string {
  return words.alt({
    title: spec.title,
    subtitle: spec.subtitle,
    unit: spec.unitLabel,
    bars: spec.data.map((d) => words.bar(d.label, words.valueInWords(d), d.period)),
    highlighted: spec.data.find((d) => d.highlight)?.label,
    more: spec.more,
  });
}
