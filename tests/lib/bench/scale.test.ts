import { describe, expect, test } from 'vitest';
import { peakRssOf, renderMsOf, type BuildRun } from '../../../src/lib/bench/build-run.ts';
import { pageType } from '../../../src/lib/bench/report.ts';
import { parseScale, scaleReport } from '../../../src/lib/bench/scale.ts';

const run = (wallMs: number, bytes: number): BuildRun => ({
  ok: true,
  log: '',
  wallMs,
  renderMs: wallMs / 2,
  peakRss: 512e6,
  peakTreeRss: 600e6,
  pages: 1000,
  files: 3000,
  bytes,
});

describe('build measurements', () => {
  test('Astro’s rendering time, in s or ms, colours stripped', () => {
    expect(renderMsOf('08:10:32 [build] 201 page(s) built in 4.96s')).toBe(4960);
    expect(renderMsOf('\x1b[32m12 page(s) built in 850ms\x1b[0m')).toBe(850);
    expect(renderMsOf('4421 page(s) built in 7m 24s')).toBe(444_000);
    expect(renderMsOf('no such line')).toBeUndefined();
  });

  test('peak RSS from /proc/<pid>/status', () => {
    expect(peakRssOf('VmPeak:\t 2000 kB\nVmHWM:\t  1024 kB\nVmRSS:\t 900 kB\n')).toBe(1024 * 1024);
    expect(peakRssOf('Name: node\n')).toBeUndefined();
  });
});

describe('--scale', () => {
  test('figure counts', () => {
    expect(parseScale(undefined)).toEqual([]);
    expect(parseScale('10000, 40000')).toEqual([10000, 40000]);
    expect(() => parseScale('10k')).toThrow(/--scale 10k: give figure counts/);
    expect(() => parseScale('50')).toThrow(/integers >= 100/);
  });

  test('the table has a row per data set and the growth from one synthetic size to the next', () => {
    const text = scaleReport([
      { data: 'seed', run: run(6000, 8e6) },
      {
        data: '10k',
        run: run(100_000, 300e6),
        largest: { file: 'campaigns/duanka/index.html', raw: 2e6, gzip: 1e5 },
      },
      { data: '40k', run: run(400_000, 1200e6) },
    ]);
    expect(text).toMatch(
      /^10k\s+100\.0\s+50\.0\s+512\s+600\s+1000\s+10\s+3000\s+300\.0\s+100\.0, 2000\.0 \(campaigns\/duanka\/index\.html\)$/m,
    );
    expect(text).toContain('40k / 10k: build time x4.00, dist/ x4.00');
    expect(text).not.toContain('10k / seed');
  });
});

test('page types blank the ids and keep the language', () => {
  expect(pageType('/')).toBe('zh /');
  expect(pageType('/en/places/gansu/')).toBe('en /places/*');
  expect(pageType('/campaigns/')).toBe('zh /campaigns');
});
