// The site header keeps one line at 1280 px: brand, navigation, language link, search and the theme
// button side by side, none of them wrapping inside, on every page type in both languages (with
// scripts on, so the theme button shows).
import { describe, expect, test } from 'vitest';
import { listHtmlPages, offlineContext, siteInBrowser } from '../helpers/site.ts';

const site = siteInBrowser();

/** One page of each type (the first found), in both languages; embeds and briefing sheets have no site header. */
function pageTypes(): string[] {
  const pages = listHtmlPages().filter((p) => !/^\/(en\/)?(embed|brief)\//.test(p));
  const typeOf = (p: string) =>
    p
      .replace(/^\/en\//, '/')
      .split('/')
      .filter(Boolean)
      .map((part, i) => (i === 0 ? part : i === 1 && part === 'page' ? 'page' : '*'))
      .join('/');
  const first = new Map<string, string>();
  for (const p of pages) {
    const key = `${p.startsWith('/en/') ? 'en' : 'zh'} ${typeOf(p)}`;
    if (!first.has(key)) first.set(key, p);
  }
  return [...first.values(), '/404.html'];
}

describe('the header at 1280 px', () => {
  test('covers every page type in both languages', () => {
    const types = pageTypes();
    for (const p of ['/', '/en/', '/places/', '/en/places/', '/en/data/', '/en/methodology/'])
      expect(types).toContain(p);
    for (const re of [
      /^\/en\/share\//,
      /^\/en\/figures\/page\//,
      /^\/en\/figures\/[^/]+\/$/,
      /^\/campaigns\/[^/]+\/$/,
    ])
      expect(
        types.some((p) => re.test(p)),
        String(re),
      ).toBe(true);
  });

  test.each(['light', 'dark'] as const)(
    'is one line on every page type (%s)',
    async (scheme) => {
      const context = await site.browser.newContext({
        ...offlineContext,
        viewport: { width: 1280, height: 800 },
        colorScheme: scheme,
      });
      const page = await context.newPage();
      const wrapped: string[] = [];
      for (const path of pageTypes()) {
        await page.goto(site.server.url + path);
        await page.evaluate(() => document.fonts.ready);
        const problem = await page.evaluate(() => {
          const header = document.querySelector('header.site-header')!;
          const items = [...header.querySelectorAll(':scope > *, nav li')].filter(
            (el) => el.tagName !== 'NAV' && el.getBoundingClientRect().height > 0,
          );
          const boxes = items.map((el) => ({ el, r: el.getBoundingClientRect() }));
          const out: string[] = [];
          const minBottom = Math.min(...boxes.map((b) => b.r.bottom));
          for (const { el, r } of boxes) {
            const name = el.className || el.textContent!.trim().slice(0, 20);
            if (r.top >= minBottom) out.push(`${name} on a second row`);
            const line =
              parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.2;
            // Its text on one line: no taller than a line and its own padding and border.
            const cs = getComputedStyle(el);
            const chrome = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth']
              .map((k) => parseFloat(cs[k as 'paddingTop']) || 0)
              .reduce((a, b) => a + b, 0);
            if (r.height > line * 1.5 + chrome + 4) out.push(`${name} wraps (${Math.round(r.height)} px)`);
          }
          return out.join(', ');
        });
        if (problem) wrapped.push(`${path}: ${problem}`);
      }
      await context.close();
      expect(wrapped).toEqual([]);
    },
    180_000,
  );
});
