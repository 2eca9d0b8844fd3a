import { html, raw } from '../html/html.ts';
import { MUTED_COLOR, TITLE_COLOR } from '../theme.ts';
import type { TextKit } from './wrap.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Plot } from './types.ts';

/** What is drawn around a chart in a standalone SVG or a slide. */
export interface Frame {
  /** The language of its words: English sets Latin text in a Latin face. */
  locale: Locale;
  title: string;
  subtitle: string;
  unit: string;
  source: string;
  /** The chart's public address; empty when the build does not know it (no SITE_URL): left out. */
  address: string;
  /** Data version line, e.g. `Data version 2026-11-26`. */
  version: string;
  /** Site name and licence, e.g. `Crackdown Data · CC BY 4.0`: a slide's footer. */
  credit: string;
  /** A QR code of the address, as rows of dark (true) and light modules: a slide's footer. */
  qr?: boolean[][];
}

export interface FrameOptions {
  fontFamily: string;
  /** How its text is measured and wrapped: by the fonts' metrics at build time (text.ts), by the reader's fonts in the browser. */
  text: TextKit;
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

/** The period and the unit, in one line. */
const subtitleLine = (frame: Frame) => [frame.subtitle, frame.unit].filter(Boolean).join(' · ');

/** The address and data version: one line when they fit, else the address wrapped and the version under it. */
function addressLines(
  frame: Frame,
  width: number,
  fontSize: number,
  { textWidth, wrapAddress }: TextKit,
): string[] {
  if (!frame.address) return [frame.version];
  const line = `${frame.address} · ${frame.version}`;
  if (textWidth(line, fontSize) <= width) return [line];
  return [...wrapAddress(frame.address, width, fontSize), frame.version];
}

/** One chart as an SVG file with title, period, unit, source, address and data version drawn in. */
export function framedSvg(plot: Plot, frame: Frame, opts: FrameOptions): string {
  const { wrapText } = opts.text;
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
    wrapText(subtitleLine(frame), inner, 13),
    M,
    title.y,
    13,
    18,
    `fill="${MUTED_COLOR}"`,
  );
  const chartY = sub.y + 4;
  const foot = [...wrapText(frame.source, inner, 12), ...addressLines(frame, inner, 12, opts.text)];
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

/** Chart text is drawn at most this many times its design size on a slide, so the title stays largest. */
const TITLE_SIZE = 64;
const SLIDE_SCALES = [3.2, 2.8, 2.4, 2.1, 1.8, 1.5, 1.25, 1];

/** A QR code's modules as one path, `size` px square at x, y. */
function qrPath(qr: boolean[][], x: number, y: number, size: number): string {
  const n = qr.length;
  const m = size / n;
  let d = '';
  qr.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark)
        d += `M${(x + c * m).toFixed(2)} ${(y + r * m).toFixed(2)}h${m.toFixed(2)}v${m.toFixed(2)}h-${m.toFixed(2)}z`;
    }),
  );
  return `<path d="${d}" fill="${TITLE_COLOR}"/>`;
}

/**
 * One chart on a 16:9 slide (1920 × 1080) for a projector: the title largest, the chart laid out again
 * at the slide's width (not a small chart scaled up) and as large as the space allows, then a footer
 * with source, address, data version, site name and licence, and a QR code of the chart's page.
 * `plotAt(width)` draws the chart at a width; a chart that keeps its own width is scaled to fit.
 */
export function slideSvg(plotAt: (width: number) => Plot, frame: Frame, opts: FrameOptions): string {
  const { wrapText } = opts.text;
  const { width, height } = SLIDE;
  const X = 96;
  const inner = width - 2 * X;
  const title = textLines(
    wrapText(frame.title, inner, TITLE_SIZE).slice(0, 2),
    X,
    128,
    TITLE_SIZE,
    76,
    `font-weight="bold" fill="${TITLE_COLOR}"`,
  );
  const sub = textLines(
    wrapText(subtitleLine(frame), inner, 30).slice(0, 2),
    X,
    title.y - 12,
    30,
    40,
    `fill="${MUTED_COLOR}"`,
  );
  const QR = 150;
  const footWidth = frame.qr ? inner - QR - 32 : inner;
  const foot = [
    ...wrapText(frame.source, footWidth, 24).slice(0, 3),
    ...addressLines(frame, footWidth, 22, opts.text),
    frame.credit,
  ];
  const footTop = height - 56 - (foot.length - 1) * 32;
  const source = textLines(foot, X, footTop, 22, 32, `fill="${MUTED_COLOR}"`);
  const qr = frame.qr ? qrPath(frame.qr, width - X - QR, height - 40 - QR, QR) : '';
  const top = sub.y + 8;
  const boxH = Math.min(footTop - 40, frame.qr ? height - 40 - QR - 24 : Infinity) - 24 - top;
  const fits = (p: Plot) => Math.min(inner / p.width, boxH / p.height);
  let plot = plotAt(inner);
  let scale: number;
  if (plotAt(Math.round(inner / 2)).width === plot.width) {
    // A chart that keeps its own width (a map, a stat) is scaled to the box, up to the largest text size.
    scale = Math.min(fits(plot), SLIDE_SCALES[0]!);
  } else {
    // The largest text size at which the chart, laid out at inner / scale, fits the box.
    scale = 0;
    // No chart text may outgrow the title: the largest is kept under 85% of its size.
    const largest = Math.max(...[...plot.svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1])), 1);
    for (const s of SLIDE_SCALES) {
      if (s > 1 && s * largest > 0.85 * TITLE_SIZE) continue;
      plot = plotAt(Math.round(inner / s));
      scale = Math.min(s, fits(plot));
      if (fits(plot) >= s * 0.999) break;
    }
  }
  const w = plot.width * scale;
  const h = plot.height * scale;
  return document(
    width,
    height,
    frame,
    opts,
    title.svg + sub.svg + nested(plot, X + (inner - w) / 2, top + (boxH - h) / 3, w, h) + source.svg + qr,
  );
}
