// Every built page, both languages, in Chromium: no console or page errors, no Content-Security-
// Policy violation, no request leaving the local server, no failed request, no horizontal
// scrolling on a 375 px phone.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, ConsoleMessage, Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cspViolations, recordCspViolations } from '../helpers/csp.ts';
import {
  launchBrowser,
  listHtmlPages,
  offlineContext,
  repoDir,
  startStaticServer,
  type StaticServer,
} from '../helpers/site.ts';

const pages = listHtmlPages(); // throws "run npm run build first" when dist/ is missing
const screenshotPages = ['/', '/en/', '/places/gansu/', '/en/places/gansu/'];
const widePages = [
  ...screenshotPages,
  '/campaigns/duanka/',
  '/en/campaigns/duanka/',
  '/en/metrics/suspects_arrested/',
  '/places/zhoukou/',
  '/data/',
  '/en/methodology/',
].filter((p) => pages.includes(p));
const screenshotDir = join(repoDir, 'test-results', 'screenshots');

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  [browser, server] = await Promise.all([launchBrowser(), startStaticServer()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function screenshotName(path: string, width: number): string {
  const parts = path.split('/').filter(Boolean);
  const lang = parts[0] === 'en' ? 'en' : 'zh';
  if (lang === 'en') parts.shift();
  return `${[lang, ...(parts.length ? parts : ['home'])].join('-')}-${width}.png`;
}

/**
 * Tabs for checkPage, one per test running at once. A tab goes from page to page about three times
 * faster than a new browser context opens (each one a new renderer process), and nothing on these
 * pages writes storage without a click; with the cache off, each page still loads every file afresh.
 */
const idleTabs: Page[] = [];

async function takeTab(): Promise<Page> {
  const idle = idleTabs.pop();
  if (idle) return idle;
  const context = await browser.newContext(offlineContext);
  const page = await context.newPage();
  await page.addInitScript(recordCspViolations);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return page;
}

/** Loads one page at the given width and returns every problem found (empty when all is well). */
async function checkPage(path: string, width: number): Promise<string[]> {
  const problems: string[] = [];
  const page = await takeTab();
  const local = new URL(server.url).origin;
  const isExternal = (url: string): boolean => {
    const u = new URL(url);
    return !['data:', 'blob:', 'about:'].includes(u.protocol) && u.origin !== local;
  };
  // Chromium asks for /favicon.ico by itself now and then; that is not the page's doing.
  const favicon = `${local}/favicon.ico`;
  const inflight = new Set<Request>();
  const onConsole = (msg: ConsoleMessage): void => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    if (loc.url === favicon) return;
    problems.push(`console error: ${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
  };
  const onPageError = (err: Error): void => void problems.push(`page error: ${err.message}`);
  const onRequest = (req: Request): void => {
    inflight.add(req);
    if (isExternal(req.url())) problems.push(`request to another origin: ${req.url()}`);
  };
  const onRequestFinished = (req: Request): void => void inflight.delete(req);
  const onRequestFailed = (req: Request): void => {
    inflight.delete(req);
    if (!isExternal(req.url())) problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  };
  const onResponse = (res: Response): void => {
    if (res.status() >= 400 && res.url() !== favicon) problems.push(`HTTP ${res.status()} for ${res.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  page.on('requestfinished', onRequestFinished);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  try {
    await page.setViewportSize({ width, height: 800 });
    const response = await page.goto(server.url + path, { waitUntil: 'load' });
    if (!response?.ok()) problems.push(`page answered HTTP ${response?.status()}`);
    // Let scripts run after load, then wait for whatever they fetched (no fixed idle time).
    const frames = (): Promise<void> =>
      page.evaluate(
        () => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))),
      );
    await frames();
    for (const deadline = Date.now() + 10_000; inflight.size > 0 && Date.now() < deadline;)
      await page.waitForTimeout(50);
    for (const req of inflight)
      if (!req.url().startsWith(favicon)) problems.push(`request still pending after 10 s: ${req.url()}`);
    await frames();

    problems.push(...(await cspViolations(page)));

    const overflow = await page.evaluate(() => {
      const doc = document.documentElement;
      const limit = window.innerWidth;
      if (doc.scrollWidth <= limit) return null;
      // The deepest elements sticking out past the right edge, to say what to fix.
      const culprits: string[] = [];
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        const right = el.getBoundingClientRect().right;
        if (right <= limit + 0.5) continue;
        const childOut = Array.from(el.children).some((c) => c.getBoundingClientRect().right > limit + 0.5);
        if (childOut) continue;
        const cls =
          typeof el.className === 'string' && el.className
            ? `.${el.className.trim().split(/\s+/).join('.')}`
            : '';
        culprits.push(
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} (right edge ${Math.round(right)} px)`,
        );
        if (culprits.length >= 5) break;
      }
      return { scrollWidth: doc.scrollWidth, innerWidth: limit, culprits };
    });
    if (overflow) {
      problems.push(
        `horizontal scrolling: scrollWidth ${overflow.scrollWidth} > innerWidth ${overflow.innerWidth}; ` +
          `widest: ${overflow.culprits.join(', ') || 'unknown'}`,
      );
    }

    if (screenshotPages.includes(path)) {
      await page.screenshot({ path: join(screenshotDir, screenshotName(path, width)), fullPage: true });
    }
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('request', onRequest);
    page.off('requestfinished', onRequestFinished);
    page.off('requestfailed', onRequestFailed);
    page.off('response', onResponse);
    idleTabs.push(page);
  }
  return problems;
}

describe('built pages in Chromium', () => {
  test('the pages humans look at exist', () => {
    expect(
      screenshotPages.filter((p) => !pages.includes(p)),
      'missing from dist/',
    ).toEqual([]);
  });

  test('a CSP violation is noticed (the recorder works)', async () => {
    const context = await browser.newContext(offlineContext);
    try {
      const page = await context.newPage();
      await page.addInitScript(recordCspViolations);
      await page.goto(`${server.url}/`);
      // A script injected against the page's own policy, as an attacker's would be.
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__ran = true';
        document.body.append(s);
      });
      await page.waitForFunction(() => (window as unknown as { __csp: string[] }).__csp.length > 0);
      expect((await cspViolations(page)).join('\n')).toMatch(/script-src/);
    } finally {
      await context.close();
    }
  });

  describe.concurrent('375 px wide (phone)', () => {
    test.each(pages)('%s', async (path) => {
      expect(await checkPage(path, 375)).toEqual([]);
    });
  });

  describe.concurrent('1280 px wide (desktop)', () => {
    test.each(widePages)('%s', async (path) => {
      expect(await checkPage(path, 1280)).toEqual([]);
    });
  });

  // The layout must hold across the whole range the site supports, not only at the two usual widths.
  describe.concurrent('360 and 1440 px wide (the ends of the range)', () => {
    test.each(
      widePages.flatMap(
        (path) =>
          [
            [path, 360],
            [path, 1440],
          ] as const,
      ),
    )('%s at %i px', async (path, width) => {
      expect(await checkPage(path, width)).toEqual([]);
    });
  });
});
