// Embeds and briefing sheets in Chromium: the chart is drawn without JavaScript, an iframe fits its
// content through postMessage, oEmbed is advertised, and a briefing sheet prints on one A4 page.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distDir, offlineContext, listHtmlPages, readPage, siteInBrowser } from '../helpers/site.ts';

const site = siteInBrowser();

describe('embed pages', () => {
  test.each([
    '/embed/places/gansu/ctx-suspects_arrested-province/',
    '/en/embed/places/gansu/ctx-suspects_arrested-province/',
    '/embed/overview/map/suspects_arrested/',
  ])('%s draws its chart with JavaScript disabled', async (path) => {
    const context = await site.browser.newContext({ ...offlineContext, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url + path);
    const svg = page.locator('figure svg').first();
    expect(await svg.isVisible()).toBe(true);
    expect((await svg.boundingBox())!.height).toBeGreaterThan(50);
    // Absolute with SITE_URL; a path (on the site, as the frame's own page) without.
    expect(await page.locator('a[target="_top"]').getAttribute('href')).toMatch(/^(https?:\/\/|\/)/);
    await context.close();
  });

  test('an iframe in a host page grows to the embed’s height with the resizer script', async () => {
    const context = await site.browser.newContext(offlineContext);
    const page = await context.newPage();
    const host = `<!doctype html><body><iframe id="f" src="${site.server.url}/embed/places/gansu/ctx-suspects_arrested-province/" height="60" style="border:0;width:400px"></iframe><script src="${site.server.url}/embed-resize.js"></script></body>`;
    await page.route(`${site.server.url}/host.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: host }),
    );
    await page.goto(`${site.server.url}/host.html`);
    await page.waitForFunction(
      () => document.getElementById('f')!.getBoundingClientRect().height > 150,
      null,
      {
        timeout: 10_000,
      },
    );
    const frame = page.frameLocator('#f');
    const content = await frame
      .locator('html')
      .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    const height = await page.locator('#f').evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(height - content)).toBeLessThanOrEqual(2);
    await context.close();
  });

  test('?theme=dark switches the embed to the dark palette', async () => {
    const context = await site.browser.newContext(offlineContext);
    const page = await context.newPage();
    await page.goto(`${site.server.url}/embed/places/gansu/ctx-suspects_arrested-province/?theme=dark`);
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    const bg = await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    await context.close();
  });
});

describe('oEmbed', () => {
  test('the share and embed pages advertise a valid oEmbed JSON', () => {
    for (const page of [
      '/share/places/gansu/ctx-suspects_arrested-province/',
      '/en/embed/places/gansu/ctx-suspects_arrested-province/',
    ]) {
      const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(
        readPage(page),
      )?.[1];
      expect(href, page).toBeDefined();
      const json = JSON.parse(readFileSync(`${distDir}${new URL(href!, 'http://x').pathname}`, 'utf8'));
      expect(json).toMatchObject({ version: '1.0', type: 'rich', provider_name: expect.any(String) });
      // An absolute address on a build with SITE_URL, the path on one without (no placeholder).
      expect(json.html).toMatch(
        /^<iframe src="(https?:\/\/[^"/]+)?(\/en)?\/embed\/places\/gansu\/ctx-suspects_arrested-province\/"/,
      );
      expect(json.width).toBeGreaterThan(0);
      expect(json.height).toBeGreaterThan(0);
    }
  });
});

describe('self-contained chart file', () => {
  test('opens from disk with no request and draws the chart', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const file = `file://${distDir}/en/embed/places/gansu/ctx-suspects_arrested-province/chart.html`;
    await page.goto(file);
    expect(requests).toEqual([file]);
    expect(await page.locator('figure.chart svg').isVisible()).toBe(true);
    expect(await page.textContent('body')).toContain('Source:');
    // Its inline tooltip script runs (allowed by its hash in the file's own CSP).
    await page.locator('figure.chart svg [data-index="0"]').hover();
    await expect.poll(() => page.locator('.chart-tooltip').isVisible()).toBe(true);
    expect(await page.locator('.chart-tooltip').textContent()).toContain('5,011');
    await context.close();
  });
});

describe('share page', () => {
  test('a copy button works from the keyboard and copies its snippet', async () => {
    const context = await site.browser.newContext({
      ...offlineContext,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/en/share/places/gansu/ctx-suspects_arrested-province/`);
    const button = page.locator('button[data-copy="snippet-iframe"]');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#snippet-iframe').inputValue());
    expect(copied).toMatch(
      /^<iframe src="https?:\/\/[^"]+\/en\/embed\/places\/gansu\/ctx-suspects_arrested-province\/"/,
    );
    await context.close();
  });
});

describe('briefing sheets', () => {
  const briefs = () => listHtmlPages().filter((p) => /^\/(en\/)?brief\//.test(p));
  test('there is one per campaign with figures and per place, in both languages', () => {
    expect(briefs()).toContain('/brief/campaigns/duanka/');
    expect(briefs()).toContain('/en/brief/places/gansu/');
    expect(briefs().length).toBeGreaterThan(40);
  });

  test.each(listHtmlPages().filter((p) => /^\/(en\/)?brief\//.test(p)))(
    '%s prints on one A4 page',
    async (path) => {
      const context = await site.browser.newContext(offlineContext);
      const page = await context.newPage();
      await page.goto(site.server.url + path);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBe(1);
      await context.close();
    },
  );
});
