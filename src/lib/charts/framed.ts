import { html, raw } from '../html/html.ts';
import { MUTED_COLOR, TITLE_COLOR } from '../theme.ts';
import { textWidth, wrapAddress, wrapText } from './text.ts';
import type { Plot } from './types.ts';

/** What is drawn around a chart in a standalone SVG or a slide. */
export interface Frame {
  title: string;
  subtitle: string;
  unit: string;
  source: string;
  /** The chart's public address; empty when the build does not know it (no SITE_URL): left out. */
  address: string;
  /** Data version line, e.g. `Data version 2026-11-26`. */
  version: string;
}

export interface FrameOptions {
  fontFamily: string;
  /** CSS put in <style> (e.g. an @font-face with the font subset). */
  style?: string;
  /** Drawn this many times larger (a 2× PNG): the viewBox stays, width and height grow. */
  scale?: number;
}

function textLines(texts: string[], x: number, y: number, size: number, step: number, attrs: string) {
  const svg = texts
    .map((t, i) =>
      String(html`<text x="${x}" y="${y + i * step}" font-size="${size}" ${raw(attrs)}>${t}</text>`),
    )
    .join('');
  return { svg, y: y + texts.length * step };
}

/** An inner chart SVG placed at x, y and scaled to width × height. */
function nested(plot: Plot, x: number, y: number, w: number, h: number) {
  const inner = plot.svg.replace(/^<\?xml[^>]*>\s*/, '');
  return `<svg x="${x}" y="${y}" width="${w}" height="${h}" viewBox="0 0 ${plot.width} ${plot.height}">${inner}</svg>`;
}

function document(width: number, height: number, frame: Frame, opts: FrameOptions, body: string): string {
  const style = opts.style ? `<style>${opts.style}</style>` : '';
  const scale = opts.scale ?? 1;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    String(
      html`<svg xmlns="http://www.w3.org/2000/svg" width="${width * scale}" height="${height * scale}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${frame.title}: ${frame.subtitle}" font-family="${opts.fontFamily}">`,
    ),
    String(html`<title>${frame.title}</title>`),
    style,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}

const M = 16;

/** The address and data version: one line when they fit, else the address wrapped and the version under it. */
function addressLines(frame: Frame, width: number, fontSize: number): string[] {
  if (!frame.address) return [frame.version];
  const line = `${frame.address} · ${frame.version}`;
  if (textWidth(line, fontSize) <= width) return [line];
  return [...wrapAddress(frame.address, width, fontSize), frame.version];
}

/** One chart as an SVG file with title, period, unit, source, address and data version drawn in. */
export function framedSvg(plot: Plot, frame: Frame, opts: FrameOptions): string {
  const inner = plot.width;
  const title = textLines(
    wrapText(frame.title, inner, 18),
    M,
    M + 16,
    18,
    24,
    `font-weight="bold" fill="${TITLE_COLOR}"`,
  );
  const sub = textLines(
    wrapText(`${frame.subtitle} · ${frame.unit}`, inner, 13),
    M,
    title.y,
    13,
    18,
    `fill="${MUTED_COLOR}"`,
  );
  const chartY = sub.y + 4;
  const foot = [...wrapText(frame.source, inner, 12), ...addressLines(frame, inner, 12)];
  const source = textLines(foot, M, chartY + plot.height + 22, 12, 16, `fill="${MUTED_COLOR}"`);
  const width = inner + 2 * M;
  const height = Math.ceil(source.y - 16 + M);
  return document(
    width,
    height,
    frame,
    opts,
    title.svg + sub.svg + nested(plot, M, chartY, plot.width, plot.height) + source.svg,
  );
}

export const SLIDE = { width: 1920, height: 1080 };

/** One chart on a 16:9 slide (1920 × 1080) for briefings, with the same words drawn in, larger. */
export function slideSvg(plot: Plot, frame: Frame, opts: FrameOptions): string {
  const { width, height } = SLIDE;
  const X = 96;
  const inner = width - 2 * X;
  const title = textLines(
    wrapText(frame.title, inner, 56).slice(0, 2),
    X,
    120,
    56,
    68,
    `font-weight="bold" fill="${TITLE_COLOR}"`,
  );
  const sub = textLines(
    wrapText(`${frame.subtitle} · ${frame.unit}`, inner, 32).slice(0, 2),
    X,
    title.y + 4,
    32,
    42,
    `fill="${MUTED_COLOR}"`,
  );
  const foot = [...wrapText(frame.source, inner, 24).slice(0, 3), ...addressLines(frame, inner, 24)];
  const footTop = height - 64 - (foot.length - 1) * 32;
  const source = textLines(foot, X, footTop, 24, 32, `fill="${MUTED_COLOR}"`);
  const top = sub.y + 16;
  const boxH = footTop - 48 - top;
  const scale = Math.min(inner / plot.width, boxH / plot.height);
  const w = plot.width * scale;
  const h = plot.height * scale;
  return document(
    width,
    height,
    frame,
    opts,
    title.svg + sub.svg + nested(plot, X + (inner - w) / 2, top, w, h) + source.svg,
  );
}
