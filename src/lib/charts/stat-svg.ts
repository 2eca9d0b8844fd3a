import { html, raw } from '../html/html.ts';
import { FONT_FAMILY } from '../theme.ts';
import { paint, sizeAttrs, type ChartSize } from './svg.ts';
import type { Plot, StatSpec } from './types.ts';

export const STAT_SVG = { width: 420, height: 90 };

/** A stat block as an SVG plot (the number and its unit, large; the frame says the period), for images and slides. */
export function statSvg(spec: StatSpec, size: ChartSize = 'fit'): Plot {
  const { width, height } = STAT_SVG;
  const { unitGap } = spec.words;
  const value = spec.words.value(spec.value, spec.qualifier, spec.quote);
  return {
    svg: String(
      html`<svg xmlns="http://www.w3.org/2000/svg" ${raw(sizeAttrs(width, height, size))} role="img" aria-label="${spec.label}: ${value}${unitGap}${spec.unitLabel}" font-family="${FONT_FAMILY}"><text x="0" y="72" font-size="56" font-weight="bold" ${raw(paint('bar'))}>${value}<tspan dx="${unitGap ? 8 : 2}" font-size="24" ${raw(paint('muted'))}>${spec.unitLabel}</tspan></text></svg>`,
    ),
    width,
    height,
  };
}
