// Charts: the numbers are in the server-rendered SVG (readable with JavaScript off), and with
// JavaScript on, hovering a bar shows a tooltip that cites the source page.
//
// Chart markup contract:
//   <figure class="chart" id="chart-…" data-chart='…json…'>
//     <div class="chart-svg"><svg role="img" aria-label="…">…bars are <path>s…</svg></div>
//     <div class="chart-tooltip" role="tooltip" hidden>…</div>
//   </figure>
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { cspViolations, recordCspViolations } from '../helpers/csp.ts';
import { offlineContext, siteInBrowser } from '../helpers/site.ts';

/**
 * The first bar of a chart, as something to hover. Adapt here if the chart markup changes:
 * the client script marks bars with `data-index`; failing that, a `.bar`, then any SVG path
 * that carries a data value.
 */
async function firstBar(_page: Page, figure: Locator): Promise<Locator> {
  for (const selector of ['[data-index]', 'svg .bar', 'svg path[data-value]']) {
    const bar = figure.locator(selector).first();
    if ((await bar.count()) > 0) return bar;
  }
  throw new Error(
    'no bar found in the chart: expected an element with [data-index] (or .bar, or path[data-value])',
  );
}

const site = siteInBrowser();

async function open(path: string, javaScriptEnabled: boolean): Promise<Page> {
  const context = await site.browser.newContext({
    ...offlineContext,
    javaScriptEnabled,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.addInitScript(recordCspViolations);
  const response = await page.goto(site.server.url + path, { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
  if (javaScriptEnabled) await page.waitForLoadState('networkidle');
  return page;
}

// zh may print 2289 or 2,289; en must print 2,289. \b stops 12,289 or 22890 from matching.
const cases = [
  { path: '/places/gansu/', number: /\b2,?289\b/ },
  { path: '/en/places/gansu/', number: /\b2,289\b/ },
  { path: '/places/jiangxi/', number: /\b5,?011\b/ },
  { path: '/en/places/jiangxi/', number: /\b5,011\b/ },
];

describe('charts without JavaScript', () => {
  test.each(cases)('$path shows $number as SVG text in a figure.chart', async ({ path, number }) => {
    const page = await open(path, false);
    try {
      const texts = page.locator('figure.chart svg text', { hasText: number });
      const all = await page.locator('figure.chart svg text').allTextContents();
      expect(
        await texts.count(),
        `SVG text in figure.chart on ${path}: ${JSON.stringify(all.slice(0, 40))}`,
      ).toBeGreaterThan(0);
      expect(await texts.first().isVisible(), 'the number is rendered (visible)').toBe(true);
    } finally {
      await page.context().close();
    }
  });
});

describe('chart tooltips with JavaScript', () => {
  test.each([
    { path: '/en/places/gansu/', cite: 'p. 57', unit: /6,489 cards · exact/ },
    { path: '/places/gansu/', cite: '第57页', unit: /6489 张 · 确数/ },
  ])(
    'hovering a bar on $path shows a tooltip citing $cite, its value with its unit',
    async ({ path, cite, unit }) => {
      const page = await open(path, true);
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      try {
        const figure = page.locator('figure.chart').first();
        const tooltip = figure.locator('.chart-tooltip');
        expect(await tooltip.count(), 'figure.chart has a .chart-tooltip').toBe(1);
        expect(await tooltip.isVisible(), 'tooltip is hidden before hovering').toBe(false);
        const bar = await firstBar(page, figure);
        await bar.scrollIntoViewIfNeeded();
        await bar.hover();
        await tooltip.waitFor({ state: 'visible', timeout: 3000 });
        expect(await tooltip.getAttribute('hidden'), 'tooltip loses its hidden attribute').toBeNull();
        expect(await tooltip.textContent()).toContain(cite);
        expect(await tooltip.textContent()).toMatch(unit);
        expect(errors).toEqual([]);
        expect(await cspViolations(page), 'no CSP violation after the interaction').toEqual([]);
      } finally {
        await page.context().close();
      }
    },
  );
});

describe('ranked charts with JavaScript', () => {
  test.each([
    { path: '/en/campaigns/duanka/', id: 'chart-cmp-suspects_arrested-province' },
    { path: '/en/places/gansu/', id: 'chart-ctx-suspects_arrested-province' },
  ])('hovering the Gansu bar of $path#$id shows its tooltip', async ({ path, id }) => {
    const page = await open(path, true);
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    try {
      const figure = page.locator(`figure#${id}`);
      const tooltip = figure.locator('.chart-tooltip');
      expect(await tooltip.isVisible(), 'tooltip is hidden before hovering').toBe(false);
      // Jiangxi's 5,011 ranks first, Gansu's 2,289 second.
      const bar = figure.locator('[data-index="1"]');
      await bar.scrollIntoViewIfNeeded();
      await bar.hover();
      await tooltip.waitFor({ state: 'visible', timeout: 3000 });
      const text = await tooltip.textContent();
      expect(text).toContain('Gansu');
      expect(text).toContain('2,289');
      expect(text).toContain('reported 25 Dec 2020');
      await page.mouse.move(0, 0);
      await tooltip.waitFor({ state: 'hidden', timeout: 3000 });
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
