// What the built pages weigh at load, as `npm run bench` measures them (src/lib/bench/page-weight.ts):
// every page is within 14 kB brotli, and chart pages load no search or explorer code and stay within
// the JS budget. Brotli at quality 11 is slow, so every page is measured once, here, for both checks.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { measureSite, type PageWeight } from '../../src/lib/bench/page-weight.ts';
import { BUDGETS, loadBrotli } from '../../src/lib/bench/report.ts';
import { distDir, requireDist } from '../helpers/site.ts';

/** Pages with charts: place, campaign and metric pages, and their share, embed and briefing pages. */
const CHART_PAGE = /^(\/en)?\/(places|campaigns|metrics|share|embed|brief)\//;

/** The pages over the page budget at load, with their weight. */
const overPageBudget = (weights: PageWeight[]): string[] =>
  weights
    .filter((w) => loadBrotli(w) > BUDGETS.pageBrotli)
    .map((w) => `${w.page}: ${loadBrotli(w)} B brotli at load`);

/** What chart pages load that they must not: search or explorer code, or more JS than the budget. */
function chartPageProblems(weights: PageWeight[], dir: string): string[] {
  return weights
    .filter((w) => CHART_PAGE.test(w.page))
    .flatMap((w) => [
      ...w.jsFiles
        .map((f) => f.slice(dir.length))
        .filter((f) => /search|explorer|pagefind/i.test(f))
        .map((f) => `${w.page}: loads ${f}`),
      ...(w.js.brotli > BUDGETS.jsBrotli ? [`${w.page}: ${w.js.brotli} B brotli of JS`] : []),
    ]);
}

describe('the checks notice a page over budget and search code on a chart page', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'page-weight-site-'));
    // Random bytes do not compress: in base64 they still take at least their own number of bytes.
    const noise = (bytes: number) => randomBytes(bytes).toString('base64');
    const files: Record<string, string> = {
      'index.html': '<p>home</p>',
      'places/heavy/index.html': `<p>${noise(BUDGETS.pageBrotli + 1_000)}</p>`,
      'campaigns/finds/index.html': '<script type="module" src="/_astro/search.abc.js"></script>',
      'metrics/scripted/index.html': '<script type="module" src="/_astro/chart.abc.js"></script>',
      'figures/index.html': '<script type="module" src="/_astro/explorer.abc.js"></script>',
      '_astro/search.abc.js': 'export const search = 1;',
      '_astro/explorer.abc.js': 'export const explorer = 1;',
      '_astro/chart.abc.js': `export const noise = "${noise(BUDGETS.jsBrotli + 500)}";`,
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a page over 14 kB brotli, a chart page loading search code, one over the JS budget', () => {
    const weights = measureSite(dir);
    expect(weights.map((w) => w.page)).toEqual([
      '/campaigns/finds/',
      '/figures/',
      '/',
      '/metrics/scripted/',
      '/places/heavy/',
    ]);
    expect(overPageBudget(weights)).toEqual([expect.stringMatching(/^\/places\/heavy\/: \d+ B brotli/)]);
    expect(chartPageProblems(weights, dir)).toEqual([
      '/campaigns/finds/: loads /_astro/search.abc.js',
      expect.stringMatching(/^\/metrics\/scripted\/: \d+ B brotli of JS$/),
    ]);
  });
});

describe('the built pages at load', () => {
  let weights: PageWeight[];
  beforeAll(() => {
    requireDist();
    weights = measureSite(distDir);
  });

  test('every page is within 14 kB brotli at load', () => {
    expect(weights.length).toBeGreaterThan(100);
    expect(overPageBudget(weights)).toEqual([]);
  });

  test('every page loads at most 2 kB brotli of JavaScript, and no page loads ECharts before it is asked for', () => {
    const over = weights
      .filter((w) => w.js.brotli > BUDGETS.jsBrotli)
      .map((w) => `${w.page}: ${w.js.brotli} B`);
    expect(over).toEqual([]);
    const explorer = weights.find((w) => w.page === '/en/figures/')!;
    expect(explorer.js.brotli).toBeGreaterThan(0);
    expect(weights.flatMap((w) => w.jsFiles.filter((f) => /selection-chart\.|echarts/i.test(f)))).toEqual([]);
  });

  test('chart pages load no search or explorer code and stay within the JS budget', () => {
    const chartPages = weights.filter((w) => CHART_PAGE.test(w.page));
    expect(chartPages.length).toBeGreaterThan(20);
    for (const type of ['share', 'embed', 'brief'])
      expect(
        chartPages.some((w) => w.page.startsWith(`/${type}/`)),
        type,
      ).toBe(true);
    expect(chartPageProblems(weights, distDir)).toEqual([]);
  });
});
