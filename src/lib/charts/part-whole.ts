import {
  barRect,
  DEFAULT_WIDTH,
  hatchDef,
  TEXT_X,
  hitTarget,
  paint,
  px,
  svgRoot,
  text,
  type ChartSize,
} from './svg.ts';
import { textWidth, wrapText } from './text.ts';
import type { PartWholeDatum, PartWholeSpec, Plot, Qualifier } from './types.ts';

/** The words a part-to-whole chart draws or says; all localised by the caller. */
export interface PartWholeWords {
  /** A value with its qualifier mark: `2,000+` / `2000余`. */
  value: (value: number, qualifier: Qualifier, quote?: string) => string;
  /** A part with its whole: `129 of 181` / `181人中的129人`; values come with units only when these differ. */
  of: (part: string, whole: string) => string;
  /** A value with its unit, used when a part's unit differs from its whole's: `5 companies` / `5家公司`. */
  withUnit: (value: string, unit: string) => string;
  /** The text alternative, from the data: the whole, then each part with its whole, as `phrase`s. */
  alt: (a: { whole: string; parts: string[] }) => string;
  /** A labelled value as the text alternative says it: `People caught: 181` / `Placed under …: 129 of 181`. */
  item: (label: string, value: string) => string;
}

const FONT = 15;
const LINE = 19;
const BAR = 20;
const GAP = 4;
const ROW_GAP = 12;

/** The value texts of the whole and each part ("129 of 181"), units added when a part's differs. */
function valueTexts(spec: PartWholeSpec, words: PartWholeWords) {
  const v = (d: PartWholeDatum) => words.value(d.value, d.qualifier, d.quote);
  const whole = v(spec.whole);
  const parts = spec.parts.map((p) =>
    p.unitLabel === spec.whole.unitLabel
      ? words.of(v(p), whole)
      : words.of(words.withUnit(v(p), p.unitLabel), words.withUnit(whole, spec.whole.unitLabel)),
  );
  return { whole, parts };
}

/**
 * Parts of a whole as plain SVG: the whole as a full bar, then each part drawn inside a track as long
 * as the whole, labelled with both numbers. Not-exact values are hatched. Rows are whole, then parts
 * in the order given (the order of data-index for tooltips).
 */
export function partWholeSvg(
  spec: PartWholeSpec,
  words: PartWholeWords,
  width = DEFAULT_WIDTH,
  size: ChartSize = 'fit',
): Plot {
  const texts = valueTexts(spec, words);
  const rows = [
    { d: spec.whole, value: texts.whole },
    ...spec.parts.map((d, i) => ({ d, value: texts.parts[i]! })),
  ];
  const hatched = rows.some((r) => r.d.qualifier !== 'exact');
  const whole = Math.max(spec.whole.value, 1);
  const body: string[] = [hatched ? hatchDef(spec.id) : ''];
  const targets: string[] = [];
  let y = 0;
  rows.forEach(({ d, value }, i) => {
    const top = y;
    const lines = wrapText(d.label, width - 2, FONT);
    const last = lines.at(-1)!;
    // The numbers follow the label on its last line when they fit, else get a line of their own.
    const sameLine = textWidth(`${last}  `, FONT) + textWidth(value, FONT, 'bold') <= width;
    lines.forEach((line, j) => body.push(text(TEXT_X, y + LINE * (j + 1) - 5, line)));
    y += LINE * lines.length;
    if (!sameLine) y += LINE;
    body.push(text(sameLine ? textWidth(`${last}  `, FONT) : TEXT_X, y - 5, value, 'font-weight="bold"'));
    y += GAP;
    const exact = d.qualifier === 'exact';
    if (i === 0) body.push(barRect(0, y, width, BAR, 'bar', !exact, spec.id));
    else {
      body.push(`<rect x="0" y="${px(y)}" width="${width}" height="${BAR}" ${paint('track')}/>`);
      body.push(barRect(0, y, (width * Math.min(d.value, whole)) / whole, BAR, 'bar', !exact, spec.id));
    }
    y += BAR;
    // The last target ends inside the chart, so its focus outline shows in full.
    targets.push(hitTarget(i, top, width, y + (i === rows.length - 1 ? 2 : ROW_GAP / 2) - top));
    y += ROW_GAP;
  });
  const alt = words.alt({
    whole: words.item(spec.whole.label, texts.whole),
    parts: spec.parts.map((p, i) => words.item(p.label, texts.parts[i]!)),
  });
  return svgRoot(width, y - ROW_GAP + 2, alt, body.join('') + targets.join(''), { size, targets: true });
}
