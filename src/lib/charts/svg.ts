/** Small shared pieces of the plain-SVG chart forms (ranked bars, parts of a whole, timelines). */
import { html, raw } from '../html/html.ts';
import { CHART_PALETTES, type ChartRole } from '../theme.ts';
import type { Plot } from './types.ts';

/** Design width in px of the bar charts and the timeline; on the page they scale down from it. */
export const DEFAULT_WIDTH = 420;

/** Where left-aligned text starts: 1 px in, so a glyph that reaches left of its origin (J, j) stays inside. */
export const TEXT_X = 1;

/** A coordinate rounded to 0.1 px, so output is short and stable. */
export const px = (n: number) => Math.round(n * 10) / 10;

/**
 * The paint attributes of a shape or text by colour role: the light colour as an attribute (for
 * standalone files) and the role as a class, which the page's CSS paints in the reader's theme
 * (src/client/charts.css). `fill` and `stroke` are roles; either may be left out.
 */
export function paint(fill?: ChartRole, stroke?: ChartRole): string {
  const classes = [fill && `cf-${fill}`, stroke && `cs-${stroke}`].filter(Boolean).join(' ');
  const light = CHART_PALETTES.light;
  return [`class="${classes}"`, fill && `fill="${light[fill]}"`, stroke && `stroke="${light[stroke]}"`]
    .filter(Boolean)
    .join(' ');
}

/** The hatch pattern for values that are not exact (余/近); ids are prefixed per chart. */
export function hatchDef(id: string): string {
  return String(
    html`<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="6" ${raw(paint('back'))} fill-opacity="0.7"/></pattern></defs>`,
  );
}

/** A filled bar, with the hatch laid over it when the value is not exact. */
export function barRect(
  x: number,
  y: number,
  w: number,
  h: number,
  fill: ChartRole,
  hatched: boolean,
  id: string,
): string {
  const at = `x="${px(x)}" y="${px(y)}" width="${px(Math.max(w, 0))}" height="${h}"`;
  return (
    `<rect ${at} ${paint(fill)}/>` +
    (hatched ? String(html`<rect ${raw(at)} fill="url(#${id}-hatch)"/>`) : '')
  );
}

/**
 * An invisible full-row target for hover, tap and keyboard focus, drawn over the row (charts.css shades
 * it on hover). src/client/charts.ts finds it by data-index: its row in the figure's data table.
 */
export function hitTarget(i: number, y: number, width: number, height: number): string {
  return `<rect x="0" y="${px(y)}" width="${width}" height="${px(height)}" fill="#000" fill-opacity="0" data-index="${i}"/>`;
}

/** A line of text; `attrs` is trusted markup (sizes, colours), the text is escaped. */
export function text(x: number, y: number, content: string, attrs = ''): string {
  return String(html`<text x="${px(x)}" y="${px(y)}"${raw(attrs ? ` ${attrs}` : '')}>${content}</text>`);
}

/** How a chart's root is sized: `fit` scales down to its container on a page, `fixed` keeps its design size for framing into standalone SVGs, PNGs and slides. */
export type ChartSize = 'fit' | 'fixed';

/** The size attributes of a chart's root <svg>, for its use (see ChartSize). */
export function sizeAttrs(width: number, height: number, size: ChartSize): string {
  return size === 'fit'
    ? `viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px;height:auto;display:block"`
    : `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`;
}

/** Options of a chart's root element. */
export interface RootOptions {
  size: ChartSize;
  /** A chart with links inside (the timeline) is a `group`, not an `img`, whose children would be hidden. */
  role?: 'img' | 'group';
  /** Its hit targets take focus (src/client/charts.ts), so on a page the root itself never does. */
  targets?: boolean;
}

/** The root element with a text alternative, sized for its use; the height is rounded as coordinates are. */
export function svgRoot(width: number, height: number, label: string, body: string, opts: RootOptions): Plot {
  const h = px(height);
  const focusable = opts.targets && opts.size === 'fit' ? 'focusable="false" ' : '';
  return {
    svg: String(
      html`<svg ${raw(focusable)}xmlns="http://www.w3.org/2000/svg" ${raw(sizeAttrs(width, h, opts.size))} role="${opts.role ?? 'img'}" aria-label="${label}" font-size="15" ${raw(paint('text'))}>${raw(body)}</svg>`,
    ),
    width,
    height: h,
  };
}
