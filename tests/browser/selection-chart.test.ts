// The explorer's "Chart this selection" (src/client/selection-chart.ts) in Chromium: ECharts is not
// loaded before it is asked for; once asked, it draws one bar per figure of the selection, in
// charts that never mix levels; tooltips by hover and keyboard give the unit; the state is in the
// URL and a shared link reopens the chart; the SVG download carries the title and the source.
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { siteData } from '../../src/lib/data/index.ts';
import { cspViolations, recordCspViolations } from '../helpers/csp.ts';
import { axeViolations, downloadOf } from '../helpers/browser.ts';
import { offlineContext, siteInBrowser } from '../helpers/site.ts';

/** The chart's own chunk: Vite names it after src/client/selection-chart.ts. */
const CHART_CHUNK = /\/_astro\/selection-chart\.[^/]*\.js$/;
const q = siteData();
const suspects = q.data.figures.filter((f) => f.metric === 'suspects_arrested');
const levels = new Set(suspects.map((f) => q.place(f.place).level));

const site = siteInBrowser();
const contexts: BrowserContext[] = [];
// Registered after siteInBrowser's, so it runs before the browser closes.
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
});

/** A page at `path`, with every request it makes recorded in `requested`. */
async function open(
  path: string,
  width = 1280,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; requested: string[] }> {
  const context = await site.browser.newContext({
    ...offlineContext,
    viewport: { width, height: 900 },
    acceptDownloads: true,
    ...options,
  });
  contexts.push(context);
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.addInitScript(recordCspViolations);
  await page.goto(new URL(path, site.server.url).href);
  return { page, requested };
}

/** The bars of each chart, as boxes in the page: the SVG paths filled with a bar colour (highlighted or not). */
async function barBoxes(page: Page): Promise<{ x: number; y: number; width: number; height: number }[][]> {
  return page.$$eval('.xc-canvas', (boxes) => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const colour = (v: string) => {
      probe.style.color = `var(${v})`;
      return getComputedStyle(probe).color.replace(/\s/g, '');
    };
    const fills = new Set([colour('--chart-bar'), colour('--chart-context')]);
    probe.remove();
    return boxes.map((box) =>
      [...box.querySelectorAll('svg path')]
        .filter((p) => fills.has((p.getAttribute('fill') ?? '').replace(/\s/g, '')))
        .map((p) => {
          const r = p.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }),
    );
  });
}
const barsPerChart = async (page: Page) => (await barBoxes(page)).map((bars) => bars.length);

const openChart = async (page: Page) => {
  await page.locator('#x-chart-open').click();
  await page.locator('.xc-canvas svg').first().waitFor();
};

describe('Chart this selection', () => {
  test('loads no ECharts at page load; the click loads it and draws one bar per figure, a chart per level', async () => {
    const { page, requested } = await open('/en/figures/?metric=suspects_arrested');
    await page.locator('#x-chart-open').waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => CHART_CHUNK.test(u))).toEqual([]);
    const [chunk] = await Promise.all([
      page.waitForResponse((r) => CHART_CHUNK.test(r.url())),
      openChart(page),
    ]);
    expect(await chunk.text()).toContain('echarts_instance_');
    const bars = await barsPerChart(page);
    expect(bars.reduce((a, b) => a + b, 0)).toBe(suspects.length);
    expect(bars.every((n) => n > 0)).toBe(true);
    // One chart (at least) per level, never two levels in one: each chart's title names its level.
    const titles = await page.locator('.xc-group h3').allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(levels.size);
    for (const t of titles)
      expect(t).toMatch(/^Suspects arrested · (provinces|prefectures|counties)( · .+)?$/);
    // The data table beside each chart has the same rows.
    const rows = await page.$$eval('.xc-group', (groups) =>
      groups.map((g) => g.querySelectorAll('.xc-table tbody tr').length),
    );
    expect(rows).toEqual(bars);
    expect(await cspViolations(page)).toEqual([]);
    // No page scrolls sideways at 360 px; checked here at the chart's widest content.
    await page.setViewportSize({ width: 360, height: 800 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(360);
  });

  test('hovering a bar shows its value with its unit; arrow keys move the tooltip from bar to bar', async () => {
    const { page } = await open('/en/figures/?metric=suspects_arrested&csort=value');
    await openChart(page);
    const province = page.locator('.xc-group', { hasText: 'Suspects arrested · provinces' });
    const tip = province.locator('.xc-tip');
    // The provinces, largest first: Jiangxi 5,011, then Gansu 2,289.
    await province.locator('.xc-canvas').scrollIntoViewIfNeeded();
    const titles = await page.locator('.xc-group h3').allTextContents();
    const bar = (await barBoxes(page))[titles.indexOf('Suspects arrested · provinces')]![0]!;
    await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/Jiangxi.*5,011 people/);
    await page.mouse.move(0, 0);
    await province.locator('.xc-canvas').focus();
    await expect.poll(() => tip.textContent()).toMatch(/Jiangxi/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => tip.textContent()).toMatch(/Gansu.*2,289 people/);
    expect(await page.locator('.xc-live').textContent()).toMatch(/^Gansu: 2,289 people/);
  });

  test("redraws in the dark theme's colours when the reader switches theme", async () => {
    const { page } = await open('/en/figures/?metric=suspects_arrested&chart=1');
    await page.locator('.xc-canvas svg').first().waitFor();
    const fills = () =>
      page.$$eval('.xc-canvas svg path', (paths) => [...new Set(paths.map((p) => p.getAttribute('fill')))]);
    expect(await fills()).toContain('rgb(0, 114, 178)'); // Okabe-Ito blue, the light theme's bars
    // The switch goes auto → light → dark.
    await page.locator('#theme').click();
    await page.locator('#theme').click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(fills).toContain('rgb(86, 180, 233)'); // sky blue, the dark theme's
    expect(await fills()).not.toContain('rgb(0, 114, 178)');
  });

  test('the state is in the URL, and the link reopens the chart as it was', async () => {
    const { page } = await open('/figures/?metric=suspects_arrested');
    await openChart(page);
    expect(new URL(page.url()).searchParams.get('chart')).toBe('1');
    await page.locator('.xc-controls select').first().selectOption('name');
    await page.locator('.xc-controls select').nth(1).selectOption('gansu');
    const url = new URL(page.url());
    expect([
      url.searchParams.get('metric'),
      url.searchParams.get('csort'),
      url.searchParams.get('chl'),
    ]).toEqual(['suspects_arrested', 'name', 'gansu']);
    const again = (await open(url.pathname + url.search)).page;
    await again.locator('.xc-canvas svg').first().waitFor();
    expect(await again.locator('.xc-controls select').first().inputValue()).toBe('name');
    expect(await again.locator('.xc-controls select').nth(1).inputValue()).toBe('gansu');
    expect((await barsPerChart(again)).reduce((a, b) => a + b, 0)).toBe(suspects.length);
    // The highlighted place's row is marked in its table; the others are not.
    expect(await again.locator('.xc-table tr.is-lit').count()).toBe(
      suspects.filter((f) => f.place === 'gansu').length,
    );
    // Closing takes the chart's parameters out of the address and keeps the filters.
    await again.locator('.xc-controls button').click();
    expect(new URL(again.url()).search).toBe('?metric=suspects_arrested');
  });

  test('the SVG and PNG downloads are the chart with its title, source, data version and address', async () => {
    const { page } = await open('/en/figures/?metric=suspects_arrested');
    await openChart(page);
    const group = page.locator('.xc-group', { hasText: 'Suspects arrested · provinces' });
    const svgFile = await downloadOf(page, group.locator('.xc-actions button').nth(1));
    expect(svgFile.name).toBe('suspects_arrested-province.svg');
    const svg = svgFile.bytes.toString('utf8');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Suspects arrested · provinces');
    // The source named in the page's language, as on the site's own charts.
    expect(svg).toMatch(
      /Source: “Police across the country act against telecom and related crime”, pp?\. \d+/,
    );
    expect(svg).toMatch(/Data version \d{4}-\d{2}-\d{2}/);
    expect(svg).toContain(page.url().replace(/&/g, '&amp;'));
    expect(svg).toContain('Jiangxi');
    const pngFile = await downloadOf(page, group.locator('.xc-actions button').first());
    expect(pngFile.name).toBe('suspects_arrested-province.png');
    expect(pngFile.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(await cspViolations(page)).toEqual([]);
  });

  test.each(['light', 'dark'] as const)(
    'axe-core finds nothing wrong with the open chart, %s theme',
    async (colorScheme) => {
      // axe is injected as an inline script, which the page's own CSP rightly refuses.
      const { page } = await open('/en/figures/?metric=suspects_arrested&chart=1', 375, {
        colorScheme,
        bypassCSP: true,
      });
      await page.locator('.xc-canvas svg').first().waitFor();
      await page.locator('.xc-table summary').first().click();
      expect(await axeViolations(page, {}, '#x-chart-panel')).toEqual([]);
    },
  );
});
