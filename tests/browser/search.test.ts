// In Chromium, over the built site: the header search box, its "see all" link, Enter to the
// results page, the results page (every result, excerpts with the match marked, paging, keyboard),
// and what is found: figures by their raw value, synonyms and names in the other language.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { listHtmlPages } from '../helpers/site.ts';

listHtmlPages(); // throws "run npm run build first" when dist/ is missing

const { withPage, url } = useSite();

/** Types `term` into the header search and returns the top hits' paths, in order (not the "see all" link). */
async function topHits(page: Page, term: string): Promise<string[]> {
  await page.locator('#q').focus();
  await page.locator('#q').fill(term);
  await page.locator('#q-results a').first().waitFor({ timeout: 10_000 });
  return page.$$eval('#q-results li:not(.all) a', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

/** Every result of the results page for `term` in `locale`, following its pages: paths in order. */
async function allResults(page: Page, prefix: '' | '/en', term: string): Promise<string[]> {
  await page.goto(url(`${prefix}/search/?q=${encodeURIComponent(term)}`));
  const found: string[] = [];
  for (;;) {
    await expect.poll(() => page.locator('#sq-status').textContent()).toMatch(/\d|没有|No results/);
    found.push(
      ...(await page.$$eval('#sq-results > li > a', (as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      )),
    );
    const next = page.locator('#sq-pages a[rel=next]');
    if (!(await next.count())) return found;
    await Promise.all([page.waitForURL(/page=\d+/), next.click()]);
  }
}

describe('what search finds', () => {
  test.each([
    ['/', '2289', ['/figures/gansu-suspects/', '/places/gansu/']],
    ['/', '5011', ['/figures/jiangxi-suspects/', '/places/jiangxi/']],
    ['/en/', '2289', ['/en/figures/gansu-suspects/', '/en/places/gansu/']],
    ['/', '甘肃 抓获', ['/figures/gansu-suspects/', '/places/gansu/']],
    ['/en/', 'gansu suspects', ['/en/figures/gansu-suspects/', '/en/places/gansu/']],
  ])('on %s, %s lists its figure and its place first', async (path, term, expected) => {
    await withPage(path, async (page) => {
      const found = await topHits(page, term);
      expect(found.slice(0, 3)).toEqual(expect.arrayContaining(expected));
    });
  });

  test.each([
    ['/', '两卡', '/campaigns/duanka/'],
    ['/', 'card-breaking', '/campaigns/duanka/'],
    ['/en/', '断卡', '/en/campaigns/duanka/'],
    ['/en/', '两卡', '/en/campaigns/duanka/'],
    ['/', 'Gansu', '/places/gansu/'],
    ['/', '甘', '/places/gansu/'],
    ['/en/', '甘肃', '/en/places/gansu/'],
  ])('on %s, %s finds %s among the top hits', async (path, term, expected) => {
    await withPage(path, async (page) => {
      const found = await topHits(page, term);
      const lang = path === '/' ? /^\/(?!en\/)/ : /^\/en\//;
      expect(found.every((p) => lang.test(p))).toBe(true); // the current language only
      // Among the eight shown: for 两卡, figures whose own name holds it (card sellers arrested) may come first.
      expect(found).toContain(expected);
      if (!term.includes('卡')) expect(found[0]).toBe(expected);
    });
  });
});

describe('the header box and the results page', () => {
  test('the header box ends its top hits with a link to all results, reached by the arrow keys', async () => {
    await withPage('/', async (page) => {
      await topHits(page, '甘肃');
      const all = page.locator('#q-results li.all a');
      const text = (await all.textContent()) ?? '';
      const n = Number(/(\d+)/.exec(text)?.[1]);
      expect(text).toBe(`查看全部${n}条结果`);
      await expect.poll(() => page.locator('#q-status').textContent()).toBe(`找到${n}条结果`);
      expect(await all.getAttribute('href')).toBe(`/search/?q=${encodeURIComponent('甘肃')}`);
      const links = await page.locator('#q-results a').count();
      await page.locator('#q').press('ArrowDown');
      for (let i = 1; i < links; i++) await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.closest('li')?.className)).toBe('all');
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    });
  });

  test('Enter in the header box opens the results page, which lists every result with marked excerpts and pages', async () => {
    await withPage('/', async (page) => {
      await topHits(page, '抓获');
      const text = (await page.locator('#q-results li.all a').textContent()) ?? '';
      const n = Number(/(\d+)/.exec(text)?.[1]);
      expect(n).toBeGreaterThan(10); // more than one page of results
      await Promise.all([page.waitForURL(/\/search\/\?q=/), page.locator('#q').press('Enter')]);
      expect(new URL(page.url()).pathname).toBe('/search/');
      expect(new URL(page.url()).searchParams.get('q')).toBe('抓获');
      await expect
        .poll(() => page.locator('#sq-status').textContent())
        .toMatch(new RegExp(`^找到${n}条结果`));
      expect(await page.locator('#sq').inputValue()).toBe('抓获');
      // Each result: a title link and an excerpt with the match marked.
      const first = page.locator('#sq-results > li').first();
      expect(await first.locator('a').textContent()).toBeTruthy();
      expect(await first.locator('p mark').count()).toBeGreaterThan(0);
      // Keyboard: from the box down into the results and back.
      await page.locator('#sq').focus();
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.closest('#sq-results') !== null)).toBe(true);
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('sq');
      // Every result, once, over its pages.
      const found = await allResults(page, '', '抓获');
      expect(found).toHaveLength(n);
      expect(new Set(found).size).toBe(n);
    });
  });

  test('the English results page lists every result of a short query', async () => {
    await withPage('/en/', async (page) => {
      const found = await allResults(page, '/en', 'Gansu');
      expect(found[0]).toBe('/en/places/gansu/');
      expect(found.every((p) => p.startsWith('/en/'))).toBe(true);
      await expect.poll(() => page.locator('#sq-status').textContent()).toMatch(/^\d+ results|^1 result/);
    });
  });

  test('without JavaScript Enter still lands on the results page, which says search needs JavaScript', async () => {
    await withPage(
      '/en/places/',
      async (page) => {
        await page.locator('#q').fill('Gansu');
        await Promise.all([page.waitForURL(/\/en\/search\/\?q=Gansu/), page.locator('#q').press('Enter')]);
        const note = page.locator('#search-page .no-js');
        expect(await note.isVisible()).toBe(true);
        expect(await note.textContent()).toContain('Search needs JavaScript');
        expect(await note.locator('a').count()).toBeGreaterThan(0);
      },
      { javaScriptEnabled: false },
    );
  });
});

describe('what a result shows', () => {
  test.each([
    ['', '2289', '甘肃省 · 抓获犯罪嫌疑人：2289 人'],
    ['/en', '5011', 'Jiangxi · Suspects arrested: 5,011 people'],
  ])(
    '%s/search/?q=%s titles its figure in full and excerpts the page’s own words',
    async (prefix, term, title) => {
      await withPage(`${prefix}/search/?q=${term}`, async (page) => {
        const first = page.locator('#sq-results > li').first();
        await first.waitFor({ timeout: 10_000 });
        expect(await first.locator('a').textContent()).toBe(title);
        const excerpts = await page.$$eval('#sq-results > li > p', (ps) =>
          ps.map((p) => p.textContent ?? ''),
        );
        // Never the hidden search terms: a name in the other language, or the number spelt out again.
        for (const text of excerpts) {
          expect(text).not.toMatch(new RegExp(`${term}\\. ${term}`));
          expect(text).not.toMatch(/甘肃 省 Gansu|Jiangxi 江西 省/);
        }
      });
    },
  );
});
