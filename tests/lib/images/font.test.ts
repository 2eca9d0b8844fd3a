import { describe, expect, it } from 'vitest';
import { missingGlyphs, subsetFonts } from '../../../src/lib/images/font.ts';

describe('subsetFonts', () => {
  // resvg draws a line holding any Chinese character with the CJK face's full-width “ ” · even
  // where the Latin face comes first and has them: English images leave them out of the CJK faces.
  const line = 'Source: “Police across the country”, p. 56 · parts of another (其中): do';

  it('keeps shared punctuation in the CJK faces of Chinese images', async () => {
    const [regular, bold] = await subsetFonts(line);
    expect(missingGlyphs(regular!, '“”·其中')).toEqual([]);
    expect(missingGlyphs(bold!, '“”·')).toEqual([]);
  });

  it('takes it from the Latin faces only in English images, which keep every character drawn', async () => {
    const [regular, bold, latin, latinBold] = await subsetFonts(line, true);
    expect(missingGlyphs(regular!, '“”·')).toEqual(['“', '”', '·']);
    expect(missingGlyphs(bold!, '“”·')).toEqual(['“', '”', '·']);
    expect(missingGlyphs(regular!, '其中')).toEqual([]);
    expect(missingGlyphs(latin!, '“”·Sp')).toEqual([]);
    expect(missingGlyphs(latinBold!, '“”·')).toEqual([]);
  });
});
