import { describe, expect, test } from 'vitest';
import { fileMsOf, peakRssOf, renderMsOf, type BuildRun } from '../../../src/lib/bench/build-run.ts';
import { fileTimeReport, pageType } from '../../../src/lib/bench/report.ts';
import { parseScale, scaleReport } from '../../../src/lib/bench/scale.ts';

const run = (wallMs: number, bytes: number): BuildRun => ({
  ok: true,
  log: '',
  wallMs,
  renderMs: wallMs / 2,
  peakRss: 512e6,
  peakTreeRss: 600e6,
  fileMs: new Map(),
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
    // A build in parts logs one line a part.
    expect(renderMsOf('451 page(s) built in 6.80s\n…\n448 page(s) built in 1m 11.24s')).toBe(78_040);
  });

  test('Astro’s time per written file, by kind: pages, offline chart files, PNGs…', () => {
    const log = [
      '13:46:04   ├─ /places/gansu/index.html (+3ms) ',
      '\x1b[2m13:46:04\x1b[22m   └─ /embed/places/gansu/x/chart.html \x1b[2m(+12ms)\x1b[22m',
      '13:46:04   ├─ /embed/places/gansu/x/chart@2x.png (+1.20s) ',
      '13:46:04   ├─ /en/places/gansu/index.html (+1ms) ',
      '13:46:04   ├─ /places/jiangxi/index.html',
      '13:46:04   ├─ /data/figures.csv/ (+2ms)',
      '13:46:04   ├─ /data/SHA256SUMS/ (+1ms)',
    ].join('\n');
    const times = fileMsOf(log);
    expect(Object.fromEntries(times)).toEqual({
      page: [3, 1],
      'chart.html': [12],
      png: [1200],
      csv: [2],
      other: [1],
    });
    expect(fileTimeReport(times)).toMatch(/^ {2}page +2 files {2}median 3 ms {2}p95 3 ms {2}max 3 ms$/m);
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
