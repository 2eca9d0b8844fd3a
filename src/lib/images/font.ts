/**
 * The CJK font images are drawn with: Noto Sans SC from npm (@expo-google-fonts/noto-sans-sc), subset to
 * the characters used, so Chinese is text in every PNG and SVG and the build needs no system font.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';

export const IMAGE_FONT_FAMILY = 'Noto Sans SC';
/**
 * The Latin face English images set their text in: Source Sans 3, the Latin design inside Noto Sans SC
 * (so letters keep their widths), whose quotes, dashes and dots are proportional where the CJK face's
 * are full-width (`Source:   “Police…crime” ,`).
 */
export const LATIN_FONT_FAMILY = 'Source Sans 3';

/**
 * The font-family list of an image in a language: Chinese in the CJK face, English Latin first. The
 * names are quoted: "Source Sans 3" unquoted is not a valid family name (a word may not start with a
 * digit), and resvg and browsers then skip it, drawing the CJK face's full-width quotes after all.
 */
export const imageFontFamily = (locale: 'zh' | 'en') =>
  locale === 'en' ? `'${LATIN_FONT_FAMILY}', '${IMAGE_FONT_FAMILY}'` : `'${IMAGE_FONT_FAMILY}'`;

const require = createRequire(import.meta.url);
const weights = {
  regular: 'noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: 'noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  latinRegular: 'source-sans-3/400Regular/SourceSans3_400Regular.ttf',
  latinBold: 'source-sans-3/700Bold/SourceSans3_700Bold.ttf',
};
type Weight = keyof typeof weights;

const full: Partial<Record<Weight, Buffer>> = {};
function fullFont(weight: Weight): Buffer {
  return (full[weight] ??= readFileSync(require.resolve(`@expo-google-fonts/${weights[weight]}`)));
}

/** The characters of a text, with digits, Latin letters and common punctuation always included. */
function glyphSet(text: string): string {
  const basic = ' 0123456789,.:;%+-–—·()（）：；，。、…/';
  return [...new Set([...basic, ...text])].sort().join('');
}

/**
 * Punctuation both faces draw, which an English image must take from the Latin one. resvg draws a line
 * that holds any Chinese character (a quoted 其中) with the CJK face's full-width “ ” · where the Latin
 * face has them too, so for English images the CJK subset leaves them out.
 */
const SHARED_PUNCTUATION = /[\u00b7\u2010-\u2027\u2030-\u205e]/gu;

/**
 * The fonts subset to the glyphs of `text`, as TTF: CJK regular and bold, then Latin regular and bold;
 * `latinFirst` (English images) leaves the shared punctuation out of the CJK faces.
 */
export async function subsetFonts(text: string, latinFirst = false): Promise<Buffer[]> {
  const chars = glyphSet(text);
  const cjkChars = latinFirst ? chars.replace(SHARED_PUNCTUATION, '') : chars;
  return Promise.all(
    (Object.keys(weights) as Weight[]).map((w) =>
      subsetFont(fullFont(w), w.startsWith('latin') ? chars : cjkChars, { targetFormat: 'truetype' }),
    ),
  );
}

/** Characters of `text` a font (TTF bytes) has no glyph for: they would print as boxes (tofu). */
export function missingGlyphs(font: Uint8Array, text: string): string[] {
  const face = new Face(new Blob(font));
  const has = new Set(face.collectUnicodes());
  return [...new Set(text)].filter((ch) => ch.trim() && !has.has(ch.codePointAt(0)!));
}
