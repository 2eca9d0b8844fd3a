// Writes src/lib/charts/fallback-widths.json: the advance widths (per mille of an em) of DejaVu Sans,
// regular and bold, for the Latin letters, digits and punctuation a chart prints. DejaVu Sans is the
// common Linux system font, where pages' Latin text falls back to and which runs wider than the
// images' Noto Sans SC; src/lib/charts/measure.ts takes the wider of the two, so page charts fit on
// Linux too. Run once where DejaVu Sans is installed (fonts-dejavu-core): node scripts/font-widths.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Blob, Face, Font } from 'harfbuzzjs';

const dir = process.env.DEJAVU_DIR ?? '/usr/share/fonts/truetype/dejavu';
const chars = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => String.fromCodePoint(0xa0 + i)),
  ...'–—‘’“”•…‰′″€≈≤≥×−→',
].join('');

function widths(file: string): number[] {
  const face = new Face(new Blob(readFileSync(resolve(dir, file))), 0);
  const font = new Font(face);
  return [...chars].map((ch) => {
    const glyph = font.nominalGlyph(ch.codePointAt(0)!);
    return glyph ? Math.round((font.glyphHAdvance(glyph) / face.upem) * 1000) : 0;
  });
}

const out = {
  font: 'DejaVu Sans 2.37',
  chars,
  regular: widths('DejaVuSans.ttf'),
  bold: widths('DejaVuSans-Bold.ttf'),
};
const file = resolve(import.meta.dirname, '../src/lib/charts/fallback-widths.json');
writeFileSync(file, JSON.stringify(out) + '\n');
console.log(`${chars.length} widths written to ${file}`);
