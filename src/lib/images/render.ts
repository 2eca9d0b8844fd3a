/** Chart images made at build time: standalone SVG (font subset inside) and PNGs drawn by resvg. */
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FONT_FAMILY } from '../theme.ts';
import { framedSvg, slideSvg, type Frame } from '../charts/framed.ts';
import type { Plot } from '../charts/types.ts';
import { IMAGE_FONT_FAMILY, imageFontFamily, LATIN_FONT_FAMILY, subsetFonts } from './font.ts';

/** Every font-family in a drawn chart points at the bundled fonts, so resvg never looks for a system one. */
const withImageFont = (svg: string, family: string) =>
  svg.replace(/font-family="[^"]*"/g, `font-family="${family}"`);

const frameText = (plot: Plot, frame: Frame) =>
  Object.values(frame).join('') + plot.svg.replace(/<[^>]*>/g, '');

/**
 * The standalone SVG. With `embedFont` the font subset to its own characters goes inside as @font-face
 * data URIs (about 50 kB, and 0.05–0.2 s of build per chart); without, it names the bundled font first and
 * falls back to the reader's system fonts.
 */
export async function standaloneImageSvg(plot: Plot, frame: Frame, embedFont: boolean): Promise<string> {
  const fontFamily = `${imageFontFamily(frame.locale)}, ${FONT_FAMILY}`;
  if (!embedFont) return framedSvg(plot, frame, { fontFamily });
  const [regular, bold, latinRegular, latinBold] = await subsetFonts(
    frameText(plot, frame),
    frame.locale === 'en',
  );
  const face = (family: string, font: Buffer, weight: number) =>
    `@font-face{font-family:"${family}";font-weight:${weight};src:url(data:font/ttf;base64,${font.toString('base64')}) format("truetype")}`;
  const faces = [face(IMAGE_FONT_FAMILY, regular!, 400), face(IMAGE_FONT_FAMILY, bold!, 700)];
  if (frame.locale === 'en')
    faces.push(face(LATIN_FONT_FAMILY, latinRegular!, 400), face(LATIN_FONT_FAMILY, latinBold!, 700));
  return framedSvg(plot, frame, { fontFamily, style: faces.join('') });
}

const fontCache = new Map<string, Promise<string[]>>();

/** The subset fonts as files (resvg-js takes font files), in a temporary folder named by their glyphs and order of faces. */
async function fontFiles(glyphs: string, latinFirst: boolean): Promise<string[]> {
  const dir = join(
    tmpdir(),
    'crackdown-fonts',
    createHash('sha256').update(`${latinFirst}|${glyphs}`).digest('hex').slice(0, 16),
  );
  const fonts = await subsetFonts(glyphs, latinFirst);
  mkdirSync(dir, { recursive: true });
  return fonts.map((font, i) => {
    const file = join(dir, `${i}.ttf`);
    writeFileSync(file, font);
    return file;
  });
}

/** One subset per glyph set and language kind: every PNG of a build shares the site-wide set (see imageGlyphs). */
const fontsFor = (glyphs: string, latinFirst: boolean) => {
  const key = `${latinFirst}|${glyphs}`;
  if (!fontCache.has(key)) fontCache.set(key, fontFiles(glyphs, latinFirst));
  return fontCache.get(key)!;
};

async function png(svg: string, text: string, family: string): Promise<Buffer> {
  // An English image (its Latin face first) takes the punctuation both faces have from the Latin one.
  const fonts = await fontsFor(text, family.includes(LATIN_FONT_FAMILY));
  const resvg = new Resvg(withImageFont(svg, family), {
    font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: IMAGE_FONT_FAMILY },
    background: '#fff',
  });
  return resvg.render().asPng();
}

/** The chart with its frame as PNG at 1× or 2×. */
export const chartPng = (plot: Plot, frame: Frame, scale: 1 | 2, glyphs = frameText(plot, frame)) => {
  const fontFamily = imageFontFamily(frame.locale);
  return png(framedSvg(plot, frame, { fontFamily, scale }), glyphs, fontFamily);
};

/** The chart on a 1920 × 1080 slide, laid out again at the slide's size by `plotAt(width)`. */
export const slidePng = (
  plotAt: (width?: number) => Plot,
  frame: Frame,
  glyphs = frameText(plotAt(), frame),
) => {
  const fontFamily = imageFontFamily(frame.locale);
  return png(slideSvg(plotAt, frame, { fontFamily }), glyphs, fontFamily);
};

/** The PNG files of a chart, by name: chart.png (1×), chart@2x.png and slide.png. */
export const IMAGE_NAMES = ['chart', 'chart@2x', 'slide'] as const;
export type ImageName = (typeof IMAGE_NAMES)[number];

export function chartImage(
  name: ImageName,
  plotAt: (width?: number) => Plot,
  frame: Frame,
  glyphs?: string,
): Promise<Buffer> {
  if (name === 'slide') return slidePng(plotAt, frame, glyphs);
  return chartPng(plotAt(), frame, name === 'chart' ? 1 : 2, glyphs);
}

/** Every character a frame and its chart print, for checking the font covers them. */
export { frameText };

/** Width and height from a PNG's IHDR header. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The size in px of chart.png (1×), as its framed SVG sets it: for the oEmbed thumbnail. */
export function chartImageSize(plot: Plot, frame: Frame): { width: number; height: number } {
  const svg = framedSvg(plot, frame, { fontFamily: IMAGE_FONT_FAMILY });
  const m = /<svg\b[^>]*\swidth="([\d.]+)" height="([\d.]+)"/.exec(svg);
  if (!m) throw new Error('framed SVG without width and height');
  return { width: Math.round(Number(m[1])), height: Math.round(Number(m[2])) };
}
