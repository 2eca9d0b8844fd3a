// Browser tests of the built site: one Chromium and one server of dist/ per test file, a page in a
// fresh offline context, a download's bytes, an .xlsx read back, and axe-core's findings.
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { offlineContext, siteInBrowser } from './site.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Starts Chromium and a server of dist/ before the file's tests and stops them after; gives
 * `withPage` (see withSitePage) and the address of a path on that server.
 */
export function useSite() {
  const site = siteInBrowser();
  return {
    withPage: <T>(path: string, fn: (page: Page) => Promise<T>, options: BrowserContextOptions = {}) =>
      withSitePage(site.browser, site.server.url, path, fn, options),
    url: (path: string) => new URL(path, site.server.url).href,
  };
}

/**
 * Opens `path` of the site at `baseUrl` in a fresh offline context (a phone's width unless told),
 * runs `fn` on the page, and closes the context whatever happens.
 */
export async function withSitePage<T>(
  browser: Browser,
  baseUrl: string,
  path: string,
  fn: (page: Page) => Promise<T>,
  options: BrowserContextOptions = {},
): Promise<T> {
  const context = await browser.newContext({
    ...offlineContext,
    viewport: { width: 375, height: 800 },
    ...options,
  });
  try {
    const page = await context.newPage();
    await page.goto(new URL(path, baseUrl).href);
    return await fn(page);
  } finally {
    await context.close();
  }
}

/** Clicks the download button `target` (a selector or a locator) and returns the file's suggested name and bytes. */
export async function downloadOf(
  page: Page,
  target: string | Locator,
): Promise<{ name: string; bytes: Buffer }> {
  const click = typeof target === 'string' ? page.click(target) : target.click();
  const [download] = await Promise.all([page.waitForEvent('download'), click]);
  const chunks: Buffer[] = [];
  for await (const chunk of (await download.createReadStream()) as AsyncIterable<Buffer>) chunks.push(chunk);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** Reads the bytes of an .xlsx download back as exceljs sees it. */
export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
  );
  return workbook;
}

/**
 * axe-core's violations on the page (or the part of it `within` selects) as `rule: targets`, with
 * `rules` switched on or off beside label-content-name-mismatch (on). The page's context needs
 * bypassCSP: axe is injected inline, which the pages' own CSP rightly refuses.
 */
export async function axeViolations(
  page: Page,
  rules: Record<string, { enabled: boolean }> = {},
  within?: string,
): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(
    async ([rules, within]) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: string | Document,
              o: object,
            ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(within ?? document, {
        rules: { 'label-content-name-mismatch': { enabled: true }, ...rules },
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    [rules, within] as const,
  );
}
