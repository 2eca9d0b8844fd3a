// The national layout (src/lib/hosting/layout.ts) on the seed data: SITE_LAYOUT=national builds it as
// a build of more than 5,000 figures would. Charts have no files of their own (but the overview's), their
// embed and share page are made on request from the page that draws them, figure pages stay out of the
// search index and pages share one stylesheet file. Checked against the full layout in dist/: the chart
// made on request shows what its built embed shows.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { census } from '../../src/lib/bench/artifacts.ts';
import { pngSize } from '../../src/lib/images/render.ts';
import { PLACEHOLDER_SITE } from '../../src/lib/hosting/site-config.ts';
import * as urls from '../../src/lib/urls.ts';
import { IFRAME_WIDTH } from '../../src/lib/views/pages/embed-page.ts';
import { axeViolations, downloadOf } from '../helpers/browser.ts';
import { linkCheck } from '../helpers/link-check.ts';
import {
  buildInto,
  distDir,
  launchBrowser,
  offlineContext,
  requireDist,
  startStaticServer,
  type StaticServer,
} from '../helpers/site.ts';

const CHART = 'places/gansu/ctx-suspects_arrested-province';
const STAT_FIGURE = 'gansu-suspects';
const STAT = `figures/${STAT_FIGURE}/stat`;

let out: string;
let browser: Browser;
let server: StaticServer;

beforeAll(() => {
  requireDist();
  out = join(mkdtempSync(join(tmpdir(), 'crackdown-national-')), 'dist');
  const { SITE_URL: _unset, ...env } = process.env;
  buildInto(out, { ...env, SITE_LAYOUT: 'national', CHART_PNG_LIMIT: '0' });
}, 600_000);

afterAll(() => {
  if (out) rmSync(join(out, '..'), { recursive: true, force: true });
});

describe('what the national layout writes', () => {
  test('no chart has files of its own but the overview’s; one embed and one share page per language make the rest', () => {
    for (const dir of [
      'embed/places',
      'embed/figures',
      'share/places',
      'en/embed/campaigns',
      'en/share/figures',
    ])
      expect(existsSync(join(out, dir)), dir).toBe(false);
    for (const page of ['embed', 'share', 'en/embed', 'en/share'])
      expect(existsSync(join(out, page, 'index.html')), page).toBe(true);
    expect(readdirSync(join(out, 'embed', 'overview', 'map')).length).toBeGreaterThan(0);
    const full = census(distDir);
    const national = census(out);
    expect(national.files).toBeLessThan(full.files / 3);
  });

  test('figure pages are not in the search index; each carries its stat for the pages made on request', () => {
    const fragments = readdirSync(join(out, 'pagefind', 'fragment')).length;
    const figurePages = readdirSync(join(out, 'figures')).filter((d) => d !== 'page' && d !== 'index.html');
    expect(fragments).toBeLessThan(
      readdirSync(join(distDir, 'pagefind', 'fragment')).length - figurePages.length + 1,
    );
    const html = readFileSync(join(out, 'en', 'figures', STAT_FIGURE, 'index.html'), 'utf8');
    expect(html).toMatch(
      new RegExp(
        `<template id="${urls.STAT_EMBED_ID}" data-frame="\\{&quot;title&quot;:&quot;Gansu · Suspects arrested`,
      ),
    );
    expect(readFileSync(join(distDir, 'en', 'figures', STAT_FIGURE, 'index.html'), 'utf8')).not.toContain(
      urls.STAT_EMBED_ID,
    );
  });

  test('pages share one stylesheet file instead of inlining their styles', () => {
    const html = readFileSync(join(out, 'en', 'places', 'gansu', 'index.html'), 'utf8');
    expect(html).toMatch(/<link rel="stylesheet" href="\/_astro\/[^"]+\.css"/);
    expect(html).not.toMatch(/<style[^>]*>[^<]{2000,}/);
  });

  test('every internal link resolves; charts link their share page made on request', () => {
    const c = linkCheck(out, PLACEHOLDER_SITE);
    const broken = c.htmlFiles().flatMap((file) => c.brokenLinks(file).map((p) => `${file}: ${p}`));
    expect(broken).toEqual([]);
    const place = readFileSync(join(out, 'en', 'places', 'gansu', 'index.html'), 'utf8');
    expect(place).toContain(`href="${urls.shareOnRequest('en', CHART)}"`);
    expect(place).not.toContain(`/embed/${CHART}/`);
  });
});

describe('charts made on request, in Chromium', () => {
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startStaticServer(out)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, fn: (page: Page) => Promise<void>, theme: 'light' | 'dark' = 'light') {
    const context = await browser.newContext({
      ...offlineContext,
      acceptDownloads: true,
      bypassCSP: true,
      colorScheme: theme,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      await fn(page);
    } finally {
      await context.close();
    }
  }

  const builtTitle = (key: string) =>
    /<title>([^<]*)<\/title>/.exec(
      readFileSync(join(distDir, 'en', 'embed', key, 'index.html'), 'utf8'),
    )![1]!;

  test('an embed shows the chart its built embed shows, with tooltips and a link to its page', async () => {
    await open(urls.embedOnRequest('en', CHART), async (page) => {
      const title = page.locator('h2.chart-title');
      await expect.poll(() => title.textContent()).toBe(builtTitle(CHART));
      expect(await page.title()).toBe(builtTitle(CHART));
      await page.locator('figure.chart [data-index]').first().hover();
      await expect.poll(() => page.locator('.chart-tooltip').isVisible()).toBe(true);
      expect(await page.locator('[data-chart-page]').getAttribute('href')).toBe(
        `${urls.place('en', 'gansu')}#chart-ctx-suspects_arrested-province`,
      );
    });
  });

  test('a stat’s embed comes from its figure page and shows the number its built embed shows', async () => {
    const built = readFileSync(join(distDir, 'embed', STAT, 'index.html'), 'utf8');
    const value = /class="stat-num"[^>]*>([^<]+)</.exec(built)![1]!;
    await open(urls.embedOnRequest('zh', STAT), async (page) => {
      await expect.poll(() => page.locator('.stat-num').textContent()).toBe(value);
      expect(await page.locator('[data-chart-page]').getAttribute('href')).toBe(
        urls.figure('zh', STAT_FIGURE),
      );
    });
  });

  test('a key that names no chart says so', async () => {
    await open(urls.embedOnRequest('en', 'places/gansu/no-such-chart'), async (page) => {
      await expect.poll(() => page.locator('[data-chart-missing]').isVisible()).toBe(true);
    });
  });

  test('the share page makes the embed code, citation and files: SVG with title and address, PNG, offline file', async () => {
    await open(urls.shareOnRequest('en', CHART), async (page) => {
      const title = builtTitle(CHART);
      await expect.poll(() => page.locator('h1').textContent()).toContain(title);
      const snippet = page.locator('#snippet-iframe');
      const embedSrc = `${server.url}${urls.embedOnRequest('en', CHART)}`;
      await expect.poll(() => snippet.inputValue()).toContain(`src="${embedSrc}"`);
      expect(await snippet.inputValue()).toContain(` width="${IFRAME_WIDTH}" `);
      // The height is the preview's, as the embed reports it, and a line more.
      await expect
        .poll(async () => Number(/height="(\d+)"/.exec(await snippet.inputValue())![1]))
        .toBeGreaterThan(200);
      const citation = await page.locator('#snippet-citation').inputValue();
      expect(citation).toContain(title);
      expect(citation).toContain(`${server.url}${urls.place('en', 'gansu')}#chart-`);
      expect(citation).not.toMatch(/%TITLE%|%URL%|YYYY-MM-DD/);

      const svg = await downloadOf(page, page.getByRole('button', { name: 'SVG (vector)' }));
      const text = svg.bytes.toString('utf8');
      expect(text).toContain(`<title>${title}</title>`);
      expect(text).toContain(`${server.url}${urls.place('en', 'gansu')}`);
      const width = Number(/<svg [^>]*width="(\d+)"/.exec(text)![1]);
      const png = await downloadOf(page, page.getByRole('button', { name: 'PNG (2×)' }));
      expect(pngSize(png.bytes)).toMatchObject({ width: 2 * width });

      const offline = await downloadOf(page, page.getByRole('button', { name: /Offline file/ }));
      const file = offline.bytes.toString('utf8');
      expect(file).toContain(title);
      expect(file).toContain('<meta charset="utf-8">');
      expect(file).not.toMatch(/<script|<link rel="stylesheet"|src="\//);
      expect(await page.locator('[data-page-csv] a').getAttribute('href')).toBe(
        urls.pageCsv('places', 'gansu'),
      );
    });
  });

  test('the theme option adds itself to the chart’s address', async () => {
    await open(urls.shareOnRequest('en', CHART), async (page) => {
      const snippet = page.locator('#snippet-iframe');
      await expect.poll(() => snippet.inputValue()).toContain('src="');
      await page.getByLabel('Dark').check();
      await expect.poll(() => snippet.inputValue()).toContain(`?chart=${CHART}&theme=dark"`);
    });
  });

  test.each([
    ['zh', 'light'],
    ['en', 'dark'],
  ] as const)('the share and embed pages made on request pass axe (%s, %s)', async (locale, theme) => {
    for (const path of [urls.shareOnRequest(locale, CHART), urls.embedOnRequest(locale, STAT)]) {
      await open(
        path,
        async (page) => {
          await expect.poll(() => page.locator('.chart-title, .stat-label').first().isVisible()).toBe(true);
          // An embed stands in another page's section: it has no h1 of its own.
          expect(
            await axeViolations(page, { 'page-has-heading-one': { enabled: !path.includes('/embed/') } }),
            path,
          ).toEqual([]);
        },
        theme,
      );
    }
  });
});
