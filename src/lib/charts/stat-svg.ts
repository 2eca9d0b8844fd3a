import { html } from '../html/html.ts';
import { formatValue } from '../i18n/numbers.ts';
import { BAR_COLOR, FONT_FAMILY, MUTED_COLOR } from '../theme.ts';
import type { StatSpec } from './types.ts';

export const STAT_SVG = { width: 420, height: 90 };

/** A stat block as an SVG plot (the number and its unit, large; the frame says the period), for images and slides. */
export function statSvg(spec: StatSpec, unitGap: string): string {
  const { width, height } = STAT_SVG;
  const value = formatValue(spec.value, spec.qualifier, spec.locale);
  return String(
    html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px;height:auto;display:block" role="img" aria-label="${spec.label}: ${value}${unitGap}${spec.unitLabel}" font-family="${FONT_FAMILY}"><text x="0" y="72" font-size="56" font-weight="bold" fill="${BAR_COLOR}">${value}<tspan dx="${unitGap ? 8 : 2}" font-size="24" fill="${MUTED_COLOR}">${spec.unitLabel}</tspan></text></svg>`,
  );
}
