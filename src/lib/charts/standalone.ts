import { html, raw } from '../html/html.ts';
import { FONT_FAMILY, MUTED_COLOR, TITLE_COLOR } from '../theme.ts';
import { barLayout, barOption, DEFAULT_WIDTH } from './bar.ts';
import { chartFootnote } from './figure-html.ts';
import { altText, renderRawSvg } from './render.ts';
import { wrapText } from './text.ts';
import type { ChartSpec } from './types.ts';

const MARGIN = 16;

/** Text lines as SVG <text> elements from y (baseline of the first line); returns markup and next y. */
function lines(texts: string[], y: number, size: number, lineHeight: number, style: string) {
  const svg = texts
    .map((t, i) =>
      String(
        html`<text x="${MARGIN}" y="${y + i * lineHeight}" font-size="${size}" ${raw(style)}>${t}</text>`,
      ),
    )
    .join('\n');
  return { svg, y: y + texts.length * lineHeight };
}

/** A self-contained SVG file of one chart with its title, subtitle, unit and source drawn in (for slides). */
export function standaloneSvg(spec: ChartSpec, chartWidth = DEFAULT_WIDTH): string {
  const inner = chartWidth;
  const width = chartWidth + 2 * MARGIN;
  const layout = barLayout(spec, inner);
  const title = lines(
    wrapText(spec.title, inner, 18),
    MARGIN + 16,
    18,
    24,
    `font-weight="bold" fill="${TITLE_COLOR}"`,
  );
  const sub = lines(
    wrapText(`${spec.subtitle} · ${spec.words.unit(spec.unitLabel)}`, inner, 13),
    title.y,
    13,
    18,
    `fill="${MUTED_COLOR}"`,
  );
  const chartY = sub.y + 4;
  const chart = renderRawSvg(
    barOption(spec, inner),
    inner,
    layout.height,
    `sa-${spec.id}`,
    JSON.stringify(spec),
  ).replace(
    /^<svg width="[\d.]+" height="[\d.]+"/,
    `<svg x="${MARGIN}" y="${chartY}" width="${inner}" height="${layout.height}"`,
  );
  const source = lines(
    wrapText(chartFootnote(spec), inner, 12),
    chartY + layout.height + 22,
    12,
    16,
    `fill="${MUTED_COLOR}"`,
  );
  const height = Math.ceil(source.y - 16 + MARGIN);
  const alt = altText(spec);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    String(
      html`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${alt}" font-family="${FONT_FAMILY}">`,
    ),
    String(html`<title>${spec.title}</title>`),
    String(html`<desc>${alt}</desc>`),
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    title.svg,
    sub.svg,
    chart,
    source.svg,
    `</svg>`,
    '',
  ].join('\n');
}
