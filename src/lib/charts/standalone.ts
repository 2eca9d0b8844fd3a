import { html, raw } from '../html/html.ts';
import { FONT_FAMILY, MUTED_COLOR, TITLE_COLOR } from '../theme.ts';
import { barLayout, barOption, DEFAULT_WIDTH } from './bar.ts';
import { chartFootnote } from './figure-html.ts';
import { altText, renderRawSvg } from './render.ts';
import { wrapText } from './text.ts';
import { formSvg, type FormWords } from './form-html.ts';
import type { ChartSpec, FormChartSpec } from './types.ts';

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
  const height = barLayout(spec, chartWidth).height;
  const chart = (x: number, y: number) =>
    renderRawSvg(
      barOption(spec, chartWidth),
      chartWidth,
      height,
      `sa-${spec.id}`,
      JSON.stringify(spec),
    ).replace(
      /^<svg width="[\d.]+" height="[\d.]+"/,
      `<svg x="${x}" y="${y}" width="${chartWidth}" height="${height}"`,
    );
  return framed(spec, chart, height, altText(spec), chartWidth);
}

/** The standalone SVG file of a chart of the new forms (ranked bars, parts of a whole). */
export function standaloneFormSvg(spec: FormChartSpec, words: FormWords, chartWidth = DEFAULT_WIDTH): string {
  const svg = formSvg(spec, words, chartWidth);
  const height = Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(svg)![1]);
  const alt = /aria-label="([^"]*)"/.exec(svg)![1]!;
  const chart = (x: number, y: number) =>
    svg
      .replace(/ width="100%" style="[^"]*"/, ` x="${x}" y="${y}" width="${chartWidth}" height="${height}"`)
      .replace(/ role="img" aria-label="[^"]*"/, '');
  return framed(spec, chart, height, alt, chartWidth, true);
}

/** A chart drawn at (x, y) inside a white page with the title, subtitle, unit and source around it. */
function framed(
  spec: ChartSpec,
  chart: (x: number, y: number) => string,
  chartHeight: number,
  alt: string,
  inner: number,
  altEscaped = false,
): string {
  const width = inner + 2 * MARGIN;
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
  const source = lines(
    wrapText(chartFootnote(spec), inner, 12),
    chartY + chartHeight + 22,
    12,
    16,
    `fill="${MUTED_COLOR}"`,
  );
  const height = Math.ceil(source.y - 16 + MARGIN);
  // The alt text of a drawn form comes out of its SVG already escaped.
  const label = altEscaped ? raw(alt) : alt;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    String(
      html`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}" font-family="${FONT_FAMILY}">`,
    ),
    String(html`<title>${spec.title}</title>`),
    String(html`<desc>${label}</desc>`),
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    title.svg,
    sub.svg,
    chart(MARGIN, chartY),
    source.svg,
    `</svg>`,
    '',
  ].join('\n');
}
