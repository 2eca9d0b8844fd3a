import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { partWholeSvg } from '../../../src/lib/charts/part-whole.ts';
import { rankedBarSvg } from '../../../src/lib/charts/ranked-bar.ts';
import { statHtml } from '../../../src/lib/charts/stat.ts';
import { partWhole, provincesRanked, stat } from './form-samples.ts';
import { partWholeWords, rankedWords } from './form-words.ts';

const br = (s: string) =>
  brotliCompressSync(Buffer.from(s), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// Budgets about a third above today's sizes (232, 503 and 306 B), so pages stay within 14 kB brotli;
// one bar drawn by ECharts SSR took about 840 B (docs/decisions.md).
describe('the chart forms stay small', () => {
  it('a stat block weighs under 320 B brotli', () => {
    expect(br(statHtml(stat('gansu-suspects', 'en')))).toBeLessThan(320);
  });

  it('a ranked chart of three places weighs under 680 B brotli', () => {
    expect(br(rankedBarSvg(provincesRanked('en'), rankedWords('en')).svg)).toBeLessThan(680);
  });

  it('a part drawn inside its whole weighs under 420 B brotli', () => {
    const svg = partWholeSvg(partWhole('daqing-people-caught', 'en'), partWholeWords('en')).svg;
    expect(br(svg)).toBeLessThan(420);
  });
});
