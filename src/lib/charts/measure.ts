/**
 * Widths of text from real fonts' metrics, for laying charts out without a browser. Each character
 * is as wide as the wider of two fonts: Noto Sans SC, the images' font (read with harfbuzzjs from
 * @expo-google-fonts/noto-sans-sc, the file the images subset), and DejaVu Sans, the common Linux
 * system font that page text falls back to, wider in Latin (its advances are in
 * fallback-widths.json, written by scripts/font-widths.ts). Other system fonts (Segoe UI, San
 * Francisco, PingFang, Microsoft YaHei) are no wider than one of the two, so text measured here fits
 * on a page in any of them and in the images. Kerning is left out: it only narrows.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Blob, Face, Font } from 'harfbuzzjs';
import fallback from './fallback-widths.json' with { type: 'json' };

export type Weight = 'regular' | 'bold';

const FILES: Record<Weight, string> = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};

const require = createRequire(import.meta.url);
const fonts: Partial<Record<Weight, { font: Font; upem: number }>> = {};
function noto(weight: Weight) {
  if (!fonts[weight]) {
    const face = new Face(new Blob(readFileSync(require.resolve(FILES[weight]))), 0);
    fonts[weight] = { font: new Font(face), upem: face.upem };
  }
  return fonts[weight];
}

const fallbackIndex = new Map([...fallback.chars].map((ch, i) => [ch, i]));
const cache: Record<Weight, Map<string, number>> = { regular: new Map(), bold: new Map() };

/** The advance of one character in em: the wider font's, or an em for one neither font has. */
export function charWidth(ch: string, weight: Weight = 'regular'): number {
  const known = cache[weight].get(ch);
  if (known !== undefined) return known;
  const { font, upem } = noto(weight);
  const code = ch.codePointAt(0) ?? 0;
  const glyph = font.nominalGlyph(code);
  const i = fallbackIndex.get(ch);
  const linux = i === undefined ? 0 : fallback[weight][i]! / 1000;
  let em = Math.max(glyph ? font.glyphHAdvance(glyph) / upem : 0, linux);
  // Zero-width marks stay zero; a character neither font has is drawn by some other one, an em at most.
  if (!glyph && i === undefined && !/\p{M}|\p{Cf}/u.test(ch)) em = 1;
  cache[weight].set(ch, em);
  return em;
}

/** Width in px of a single line of text at a font size and weight. */
export function measureText(text: string, fontSize: number, weight: Weight = 'regular'): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch, weight);
  return em * fontSize;
}
