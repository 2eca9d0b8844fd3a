import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { barLayout, barOption } from '../../../src/lib/charts/bar.ts';
import { chartFigureHtml } from '../../../src/lib/charts/figure-html.ts';
import { partWholeSvg } from '../../../src/lib/charts/part-whole.ts';
import { rankedBarSvg } from '../../../src/lib/charts/ranked-bar.ts';
import { altText, renderChartSvg } from '../../../src/lib/charts/render.ts';
import { statHtml } from '../../../src/lib/charts/stat.ts';
import { gansuOnly } from './fixtures.ts';
import { partWhole, provincesRanked, stat } from './form-samples.ts';
import { partWholeWords, rankedWords, statWords } from './form-words.ts';

const br = (s: string) =>
  brotliCompressSync(Buffer.from(s), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Today's one-bar chart (ECharts SSR), the thing the new forms replace. */
const oneBarSvg = () => {
  const spec = gansuOnly('en');
  return renderChartSvg(barOption(spec), {
    width: 420,
    height: barLayout(spec).height,
    label: altText(spec),
  });
};

describe('the new forms are leaner than the one-bar charts they replace (pages stay within 14 kB brotli)', () => {
  it('a stat block weighs less than half a one-bar chart figure', () => {
    const stats = statHtml(stat('gansu-suspects', 'en'), statWords('en'));
    expect(br(stats)).toBeLessThan(br(chartFigureHtml(gansuOnly('en'))) / 2);
  });

  it('a ranked chart of three places weighs less than one ECharts bar', () => {
    expect(br(rankedBarSvg(provincesRanked('en'), rankedWords('en')))).toBeLessThan(br(oneBarSvg()));
  });

  it('a part drawn inside its whole weighs less than one ECharts bar', () => {
    const svg = partWholeSvg(partWhole('daqing-people-caught', 'en'), partWholeWords('en'));
    expect(br(svg)).toBeLessThan(br(oneBarSvg()));
  });
});
