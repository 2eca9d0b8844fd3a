import { describe, expect, it } from 'vitest';
import { rankedBarSvg } from '../../../src/lib/charts/ranked-bar.ts';
import { BAR_COLOR, CONTEXT_BAR_COLOR as MUTED_COLOR } from '../../../src/lib/theme.ts';
import { textWidth } from '../../../src/lib/charts/text.ts';
import type { RankedSpec } from '../../../src/lib/charts/types.ts';
import { rankedWords } from './form-words.ts';
import { manyCounties, provincesRanked } from './form-samples.ts';
import { bars, rects, root, selfContained, texts, textsWith } from './svg-helpers.ts';

const en = rankedWords('en');
const zh = rankedWords('zh');

describe('rankedBarSvg', () => {
  it('draws one bar per place in the given order, lengths in proportion to the values', () => {
    const svg = rankedBarSvg(provincesRanked('en'), en).svg;
    const drawn = bars(svg).map((r) => Number(r.width));
    expect(drawn).toHaveLength(3);
    expect(drawn[0]! / drawn[1]!).toBeCloseTo(5011 / 2289, 2);
    expect(drawn[0]! / drawn[2]!).toBeCloseTo(5011 / 963, 2);
    expect(textsWith(svg, 'font-weight="bold"').filter((t) => /\d/.test(t))).toEqual([
      '5,011',
      '2,289',
      '963',
    ]);
  });

  it('labels each bar with its own period and marks the periods that differ', () => {
    const svg = rankedBarSvg(provincesRanked('en'), en).svg;
    expect(texts(svg)).toEqual(
      expect.arrayContaining([
        'Gansu',
        '*running total as of 30 Oct 2020',
        '*since 10 Oct 2020 (no as-of date given)',
      ]),
    );
    // A period wider than the chart wraps onto lines of its own.
    expect(texts(svg).join(' ')).toContain(
      '*since the operation began there (start not given), reported 25 Dec 2020',
    );
    const spec = provincesRanked('en');
    const same = { ...spec, data: spec.data.map((d) => ({ ...d, periodDiffers: false })) };
    expect(texts(rankedBarSvg(same, en).svg).join(' ')).toContain(
      'since the operation began there (start not given), reported 25 Dec 2020',
    );
    expect(texts(rankedBarSvg(same, en).svg).some((t) => t.startsWith('*'))).toBe(false);
  });

  it('draws the highlighted place in the accent colour and the others muted', () => {
    const svg = rankedBarSvg(provincesRanked('en', 'gansu'), en).svg;
    expect(bars(svg).map((r) => r.fill)).toEqual([MUTED_COLOR, BAR_COLOR, MUTED_COLOR]);
    expect(textsWith(svg, 'font-weight="bold"')).toContain('Gansu');
    // Without a highlight every bar is in the accent colour.
    expect(bars(rankedBarSvg(provincesRanked('en', ''), en).svg).map((r) => r.fill)).toEqual([
      BAR_COLOR,
      BAR_COLOR,
      BAR_COLOR,
    ]);
  });

  it('hatches values that are not exact, and only those', () => {
    const spec = provincesRanked('zh');
    const plain = rankedBarSvg(spec, zh).svg;
    expect(plain).not.toContain('hatch');
    const jiangxi = {
      ...spec,
      data: spec.data.map((d, i) => (i === 0 ? { ...d, qualifier: 'at_least' as const } : d)),
    };
    const svg = rankedBarSvg(jiangxi, zh).svg;
    const overlays = rects(svg).filter((r) => r.fill === `url(#${spec.id}-hatch)`);
    expect(overlays).toHaveLength(1);
    expect(overlays[0]!.y).toBe(bars(svg)[0]!.y);
    expect(texts(svg)).toContain('5011余');
  });

  it('caps at the bars given and says how many more are in the table', () => {
    const svg = rankedBarSvg(manyCounties('en'), en).svg;
    expect(bars(svg)).toHaveLength(25);
    expect(texts(svg).at(-1)).toBe('and 412 more in the table');
    expect(texts(rankedBarSvg(provincesRanked('en'), en).svg).join(' ')).not.toContain('more in the table');
  });

  it('has one hit target per bar, in order, for the tooltip script', () => {
    const targets = rects(rankedBarSvg(manyCounties('en'), en).svg).filter(
      (r) => r['data-index'] !== undefined,
    );
    expect(targets.map((r) => r['data-index'])).toEqual(Array.from({ length: 25 }, (_, i) => String(i)));
    expect(targets.some((r) => Object.keys(r).some((k) => k.startsWith('ecmeta_')))).toBe(false);
  });

  it('keeps every hit target inside the chart', () => {
    for (const spec of [provincesRanked('en'), manyCounties('zh')]) {
      const svg = rankedBarSvg(spec, rankedWords(spec.locale)).svg;
      const targets = rects(svg).filter((r) => r['data-index'] !== undefined);
      const bottom = Math.max(...targets.map((r) => Number(r.y) + Number(r.height)));
      expect(bottom).toBeLessThanOrEqual(root(svg).height);
    }
  });

  it('has a text alternative naming every bar with its value and period', () => {
    const svg = rankedBarSvg(provincesRanked('en', 'gansu'), en).svg;
    const { role, label } = root(svg);
    expect(role).toBe('img');
    expect(label).toBe(
      'Bar chart: Suspects arrested, Province level · *periods differ. 3 bars, largest first: ' +
        'Jiangxi 5,011 (since 10 Oct 2020 (no as-of date given)); Gansu 2,289 (since the operation began there (start not given), reported 25 Dec 2020); ' +
        'Sichuan 963 (running total as of 30 Oct 2020). Gansu is highlighted. Unit: people.',
    );
  });

  it('keeps every value inside the design width', () => {
    for (const spec of [provincesRanked('en'), provincesRanked('zh'), manyCounties('en')]) {
      const svg = rankedBarSvg(spec, rankedWords(spec.locale)).svg;
      const { width } = root(svg);
      const values = [...svg.matchAll(/<text x="([\d.]+)"[^>]*font-weight="bold">([^<]*)</g)].filter((m) =>
        /\d/.test(m[2]!),
      );
      for (const [, x, v] of values)
        expect(Number(x) + textWidth(v!, 15, 'bold'), v).toBeLessThanOrEqual(width);
    }
  });

  it('puts a long period under its label instead of beside it', () => {
    const spec = provincesRanked('en');
    const long: RankedSpec = {
      ...spec,
      data: [{ ...spec.data[0]!, label: 'A place with a rather long name' }, spec.data[1]!],
    };
    const svg = rankedBarSvg(long, en).svg;
    const label = /<text x="1" y="([\d.]+)"[^>]*>A place/.exec(svg);
    const period = /<text x="([\d.]+)" y="([\d.]+)"[^>]*>\*since 10 Oct/.exec(svg);
    expect(period![1]).toBe('1');
    expect(Number(period![2])).toBeGreaterThan(Number(label![1]));
  });

  it('leaves out empty periods (bars sharing one period said in the subtitle)', () => {
    const spec = provincesRanked('en');
    const svg = rankedBarSvg({ ...spec, data: spec.data.map((d) => ({ ...d, period: '' })) }, en).svg;
    expect(texts(svg)).toEqual(['Jiangxi', '5,011', 'Gansu', '2,289', 'Sichuan', '963']);
  });

  it('escapes labels, is deterministic and self-contained', () => {
    const spec = provincesRanked('en');
    const evil = { ...spec, data: [{ ...spec.data[0]!, label: '<script>"x"&' }, ...spec.data.slice(1)] };
    const svg = rankedBarSvg(evil, en).svg;
    expect(svg).not.toContain('<script>');
    expect(texts(svg)).toContain('<script>"x"&');
    expect(rankedBarSvg(evil, en).svg).toBe(svg);
    expect(selfContained(svg)).toBe(true);
  });
});
