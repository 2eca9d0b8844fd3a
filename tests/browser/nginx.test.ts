// In Chromium, the site served by Debian's nginx through docs/nginx.conf (tests/helpers/nginx.ts), not
// the Node static server: a page renders (not downloaded) without a CSP violation, search loads
// Pagefind and finds, and a page on another origin may frame an embed but not any other page.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cspViolations, recordCspViolations } from '../helpers/csp.ts';
import { startNginx, type Nginx } from '../helpers/nginx.ts';
import { launchBrowser, offlineContext, requireDist } from '../helpers/site.ts';

requireDist();
let browser: Browser;
let nginx: Nginx;
/** Another origin (localhost, another port) whose one page frames `?src=`. */
let host: Server;
let hostUrl: string;

beforeAll(async () => {
  host = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://localhost').searchParams.get('src') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><title>host</title><iframe id="f" src="${src.replace(/"/g, '&quot;')}" style="border:0;width:400px;height:500px"></iframe>`,
    );
  });
  await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
  [browser, nginx] = await Promise.all([launchBrowser(), startNginx()]);
});
afterAll(async () => {
  await browser?.close();
  await nginx?.close();
  await new Promise((ok) => host?.close(ok));
});

async function withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext(offlineContext);
  try {
    const page = await context.newPage();
    await page.addInitScript(recordCspViolations);
    return await fn(page);
  } finally {
    await context.close();
  }
}

describe('the site behind nginx, in Chromium', () => {
  test.each(['/', '/en/places/gansu/', '/data/'])('%s renders as a page, without a CSP violation', (path) =>
    withPage(async (page) => {
      let downloaded = false;
      page.on('download', () => (downloaded = true));
      const res = await page.goto(nginx.url + path);
      expect(res?.status()).toBe(200);
      expect(await res?.headerValue('content-security-policy')).toMatch(/frame-ancestors 'self'/);
      expect(await page.locator('h1').first().isVisible()).toBe(true);
      expect(downloaded).toBe(false);
      expect(await cspViolations(page)).toEqual([]);
    }),
  );

  test('the 404 page shows for a missing English address', () =>
    withPage(async (page) => {
      const res = await page.goto(`${nginx.url}/en/no-such-page/`);
      expect(res?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toContain('Page not found');
      expect(await cspViolations(page)).toEqual([]);
    }));

  test('search loads Pagefind and finds the campaign', () =>
    withPage(async (page) => {
      await page.goto(`${nginx.url}/en/search/?q=${encodeURIComponent('card-breaking')}`);
      await page.locator('#sq-results > li > a').first().waitFor({ timeout: 15_000 });
      const found = await page.$$eval('#sq-results > li > a', (as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(found).toContain('/en/campaigns/duanka/');
      expect(await cspViolations(page)).toEqual([]);
    }));

  test('a page on another origin shows an embed in its iframe', () =>
    withPage(async (page) => {
      const embed = `${nginx.url}/embed/places/gansu/ctx-suspects_arrested-province/`;
      await page.goto(`${hostUrl}/?src=${encodeURIComponent(embed)}`);
      const frame = page.frameLocator('#f');
      await frame.locator('figure svg').first().waitFor({ timeout: 10_000 });
      expect((await frame.locator('figure svg').first().boundingBox())!.height).toBeGreaterThan(50);
    }));

  test('a page on another origin cannot frame any other page', () =>
    withPage(async (page) => {
      const refused: string[] = [];
      page.on('console', (m) => {
        if (/frame-ancestors/.test(m.text())) refused.push(m.text());
      });
      await page.goto(`${hostUrl}/?src=${encodeURIComponent(`${nginx.url}/places/gansu/`)}`);
      await expect.poll(() => refused.length, { timeout: 10_000 }).toBeGreaterThan(0);
      // Chromium shows its own error page in the frame instead, once the refused load is over (the
      // console message can come first: read at once, the frame's address was still empty).
      await expect
        .poll(
          () =>
            page
              .frames()
              .find((f) => f !== page.mainFrame())
              ?.url(),
          { timeout: 10_000 },
        )
        .toMatch(/^chrome-error:/);
      expect(await page.frameLocator('#f').getByText('甘肃').count()).toBe(0);
    }));
});
