import { describe, expect, it } from 'vitest';
import type { PageWeight } from '../../../src/lib/bench/page-weight.ts';
import {
  BUDGETS,
  firstUseReport,
  loadBrotli,
  overBudget,
  pageTypeReport,
  textTable,
  weightReport,
} from '../../../src/lib/bench/report.ts';

const bytes = (brotli: number) => ({ raw: brotli * 4, gzip: brotli * 2, brotli });
const weight = (page: string, html: number, js: number, inline = 0, jsFiles: string[] = []): PageWeight => ({
  page,
  html: bytes(html),
  js: bytes(js),
  jsFiles,
  inlineScripts: inline ? 1 : 0,
  inlineJs: bytes(inline),
  chart: true,
  css: bytes(0),
  lazyJs: bytes(0),
});

describe('budgets', () => {
  it('counts inline JS once in the page at load, and flags what is over', () => {
    const w = weight('/a/', 13_000, 1_500, 500, ['/d/x.js']);
    expect(loadBrotli(w)).toBe(14_000);
    expect(overBudget(w)).toEqual([]);
    expect(overBudget(weight('/b/', BUDGETS.pageBrotli + 1, 0))).toEqual(['page 14.0 kB br > 14.0']);
    expect(overBudget(weight('/c/', 1_000, 2_100, 2_100))).toEqual(['JS 2.1 kB br > 2.0']);
  });
});

describe('textTable', () => {
  it('pads columns to their widest cell, numbers to the right', () => {
    expect(
      textTable(
        [
          ['page', 'kB'],
          ['/long/page/', '1.5'],
          ['/', '12.0'],
        ],
        (i) => i === 1,
      ),
    ).toBe(['page           kB', '/long/page/   1.5', '/            12.0'].join('\n'));
  });
});

describe('weightReport', () => {
  it('gives maxima with their page and names the pages over budget', () => {
    const report = weightReport([weight('/', 5_000, 1_000, 1_000), weight('/big/', 15_000, 0)], new Map());
    expect(report).toContain(
      'HTML max:    raw 60.0 kB (/big/), gzip 30.0 kB (/big/), brotli 15.0 kB (/big/)',
    );
    expect(report).toContain('JS at load max: gzip 2.0 kB (/), brotli 1.0 kB (/)');
    expect(report).toContain('OVER BUDGET: 1 page(s):\n  /big/: page 15.0 kB br > 14.0');
  });

  it('says when nothing is over budget', () => {
    expect(weightReport([weight('/', 5_000, 1_000)], new Map())).toMatch(/Over budget: none$/);
  });
});

it('the page-type table shows the heaviest page of each type with its CSS and JS after interaction', () => {
  const light = weight('/places/a/', 3000, 0);
  const heavy = { ...weight('/places/b/', 9000, 1000, 0, ['x.js']), css: bytes(500), lazyJs: bytes(2000) };
  const text = pageTypeReport([light, heavy, weight('/en/', 4000, 0)]);
  expect(text).toMatch(
    /^zh \/places\/\*\s+2\s+\/places\/b\/\s+.*\s2\.0\/1\.0\/0\.5\s+4\.0\/2\.0\/1\.0\s+12\.0\/6\.0\/3\.0\s+10\.0$/m,
  );
  expect(text).toMatch(/^en \/\s+1\s+\/en\//m);
});

describe('firstUseReport', () => {
  it("prints the chunk's sizes alone and with its imports, or that there is none", () => {
    const s = (raw: number) => ({ raw, gzip: raw / 2, brotli: raw / 4 });
    const chunk = {
      file: '/d/_astro/selection-chart.x.js',
      own: s(8000),
      files: ['a', 'b'],
      withImports: s(9000),
    };
    expect(firstUseReport('the chart', chunk)).toBe(
      [
        'On first use, the chart: selection-chart.x.js 8.0 kB raw, 4.0 kB gzip, 2.0 kB brotli',
        '  with its 1 static import(s): 9.0 kB raw, 4.5 kB gzip, 2.3 kB brotli (never at page load)',
      ].join('\n'),
    );
    expect(firstUseReport('the chart', undefined)).toBe(
      'On first use, the chart: no chunk found in dist/_astro/',
    );
  });
});
