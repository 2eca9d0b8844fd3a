// In Chromium: search (Pagefind) in both languages, the figure explorer with and
// without JavaScript, the theme switch, and axe-core on every page type in both themes.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { siteData } from '../../src/lib/data/index.ts';
import { axeViolations, downloadOf, readWorkbook, useSite } from '../helpers/browser.ts';
import { listHtmlPages, mapLimit } from '../helpers/site.ts';

const figureCount = siteData().data.figures.length;
const pages = listHtmlPages(); // throws "run npm run build first" when dist/ is missing

/** One page of every type, in both languages (the 404 page is bilingual). */
const PAGE_TYPES = [
  '/',
  '/places/',
  '/places/gansu/',
  '/campaigns/',
  '/campaigns/duanka/',
  '/metrics/',
  '/metrics/suspects_arrested/',
  '/methodology/',
  '/data/',
  '/figures/',
  '/search/',
  // The pages made to pass a chart on: its share page, its bare embed, a briefing sheet.
  '/share/campaigns/duanka/cmp-cases_solved-province/',
  '/embed/campaigns/duanka/cmp-cases_solved-province/',
  '/brief/places/gansu/',
];
const samples = [...PAGE_TYPES, ...PAGE_TYPES.map((p) => `/en${p}`), '/404.html'];

const { withPage, url } = useSite();

/** Types `term` into the header search and returns the result links' paths, in order. */
async function search(page: Page, term: string): Promise<string[]> {
  await page.locator('#q').focus();
  await page.locator('#q').fill(term);
  await page.locator('#q-results a').first().waitFor({ timeout: 10_000 });
  return page.$$eval('#q-results a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  test('loads nothing for search until the box is focused', async () => {
    const requested: string[] = [];
    await withPage('/places/gansu/', async (page) => {
      page.on('request', (r) => requested.push(r.url()));
      await page.waitForLoadState('networkidle');
      expect(requested.filter((u) => u.includes('pagefind'))).toEqual([]);
      await page.locator('#q').focus();
      await page.waitForRequest((r) => r.url().includes('/pagefind/'));
    });
  });

  test('甘肃 on a Chinese page lists the Gansu page first, and says how many it found', async () => {
    await withPage('/', async (page) => {
      expect((await search(page, '甘肃'))[0]).toBe('/places/gansu/');
      await expect.poll(() => page.locator('#q-status').textContent()).toMatch(/^找到\d+条结果$/);
    });
  });

  test('Gansu on an English page lists the English Gansu page first', async () => {
    await withPage('/en/', async (page) => {
      expect((await search(page, 'Gansu'))[0]).toBe('/en/places/gansu/');
    });
  });

  test.each([
    ['/', '大庆', ['/places/daqing/']],
    ['/', '断卡', ['/campaigns/duanka/']],
    ['/en/', 'card-breaking', ['/en/campaigns/duanka/']],
    // The two cases the source names for this crime.
    ['/', '侵犯公民个人信息', ['/campaigns/case-2020-3-15/', '/campaigns/case-chen/']],
  ])('on %s, %s finds its page among the first results', async (path, term, expected) => {
    await withPage(path, async (page) => {
      const found = await search(page, term);
      const lang = path === '/' ? /^\/(?!en\/)/ : /^\/en\//;
      expect(found.every((p) => lang.test(p))).toBe(true); // the current language only
      expect(found.slice(0, 3).some((p) => expected.includes(p))).toBe(true);
    });
  });
});

describe('figure explorer', () => {
  test('without JavaScript the paginated table holds every figure', async () => {
    const explorerPages = pages.filter((p) => /^\/figures\/(page\/\d+\/)?$/.test(p));
    expect(explorerPages.length).toBeGreaterThan(figureCount > 100 ? 1 : 0);
    const ids = new Set<string>();
    for (const p of explorerPages) {
      await withPage(
        p,
        async (page) => {
          // Each row links its figure's page by the figure's written name, never its id.
          for (const [href, name] of await page.$$eval('#x-rows tr td:last-child a', (as) =>
            as.map((a) => [a.getAttribute('href') ?? '', a.textContent ?? ''] as const),
          )) {
            const id = href.split('/').filter(Boolean).at(-1)!;
            expect(name).not.toContain(id);
            ids.add(id);
          }
          expect(await page.locator('#x-filters').isHidden()).toBe(true);
        },
        { javaScriptEnabled: false },
      );
    }
    expect(ids.size).toBe(figureCount);
  });

  test('filters from the URL, then from the controls, and keeps the state in the URL', async () => {
    const q = siteData();
    const expected = q.data.figures.filter(
      (f) => q.place(f.place).level === 'county' && f.metric === 'suspects_arrested',
    ).length;
    expect(expected).toBeGreaterThan(0);
    await withPage('/en/figures/?level=county&metric=suspects_arrested', async (page) => {
      await expect.poll(() => page.locator('#x-rows tr').count()).toBe(expected);
      expect(await page.locator('select[name=level]').inputValue()).toBe('county');
      await page.selectOption('select[name=level]', '');
      const all = q.data.figures.filter((f) => f.metric === 'suspects_arrested').length;
      await expect.poll(() => page.locator('#x-rows tr').count()).toBe(all);
      expect(new URL(page.url()).search).toBe('?metric=suspects_arrested');
      await expect
        .poll(() => page.locator('#x-count').textContent())
        .toBe(`${all} of ${figureCount} figures`);
      // Each row links its figure's page.
      const href = await page.locator('#x-rows a').first().getAttribute('href');
      expect(href).toMatch(/^\/en\/figures\/[a-z0-9-]+\/$/);
    });
  });

  test('downloads the filtered view as Excel-safe CSV with the figures-explained columns', async () => {
    await withPage(
      '/figures/?level=county',
      async (page) => {
        // Wait for the script to replace the no-JS page of 100 rows with the filtered view.
        await expect.poll(() => page.locator('#x-filters').isVisible()).toBe(true);
        await expect.poll(() => page.locator('#x-rows tr').count()).toBeLessThan(100);
        const rows = await page.locator('#x-rows tr').count();
        expect(rows).toBeGreaterThan(0);
        const excel = await downloadOf(page, '#x-download');
        expect(excel.name).toBe('figures-explained-filtered-excel.csv');
        const csv = excel.bytes.toString('utf8');
        expect(csv.startsWith('\ufeffid,value,qualifier,precision,unit,metric,')).toBe(true);
        expect(csv.trimEnd().split('\r\n')).toHaveLength(rows + 1);
        const exact = await downloadOf(page, '#x-download-plain');
        expect(exact.name).toBe('figures-explained-filtered-exact.csv');
        const plain = exact.bytes.toString('utf8');
        expect(plain.startsWith('id,value,qualifier,precision,unit,metric,')).toBe(true);
        expect(plain.trimEnd().split('\r\n')).toHaveLength(rows + 1);
      },
      { acceptDownloads: true },
    );
  });

  test('downloads the filtered, sorted view as .xlsx: its rows are the rows shown, numbers as numbers, with a README', async () => {
    const q = siteData();
    await withPage(
      '/en/figures/?sort=value_desc',
      async (page) => {
        await expect.poll(() => page.locator('#x-filters').isVisible()).toBe(true);
        await page.selectOption('select[name=level]', 'county');
        const expected = q.data.figures.filter((f) => q.place(f.place).level === 'county').length;
        expect(expected).toBeGreaterThan(1);
        // Every row of the view is drawn (fewer than a batch), so the table is the whole view.
        await expect.poll(() => page.locator('#x-rows tr').count()).toBe(expected);
        const shown = await page.$$eval('#x-rows tr', (trs) =>
          trs.map((tr) => {
            const cells = Array.from(tr.querySelectorAll('td'), (td) => td.textContent?.trim() ?? '');
            const href = tr.querySelector('td:last-child a')?.getAttribute('href') ?? '';
            return { id: href.split('/').filter(Boolean).at(-1), place_en: cells[0], metric_en: cells[3] };
          }),
        );
        const xlsx = await downloadOf(page, '#x-download-xlsx');
        expect(xlsx.name).toBe('figures-explained-filtered.xlsx');
        const workbook = await readWorkbook(xlsx.bytes);
        expect(workbook.worksheets.map((s) => s.name)).toEqual(['README', 'figures-explained']);
        const sheet = workbook.getWorksheet('figures-explained')!;
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        const header = (sheet.getRow(1).values as string[]).slice(1);
        const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => {
          const cell = (column: string) => sheet.getRow(i + 2).getCell(header.indexOf(column) + 1).value;
          return {
            id: cell('id'),
            place_en: cell('place_en'),
            metric_en: cell('metric_en'),
            value: cell('value'),
          };
        });
        expect(rows.map(({ value: _, ...r }) => r)).toEqual(shown);
        // Numbers as numbers, largest first, as sorted on the page; each the figure's own value.
        const values = rows.map((r) => r.value);
        expect(values.every((v) => typeof v === 'number')).toBe(true);
        expect(values).toEqual([...(values as number[])].sort((a, b) => b - a));
        for (const r of rows)
          expect(r.value, String(r.id)).toBe(q.data.figures.find((f) => f.id === r.id)!.value);
        const readme = workbook.getWorksheet('README')!.getColumn(1).values.slice(1) as string[];
        expect(readme[0]).toBe('Crackdown Data');
        expect(readme.join('\n')).toContain('/en/data/');
        expect(readme.at(-1)).toBe(`This view: ${page.url()}`);
        expect(new URL(page.url()).search).toBe('?level=county&sort=value_desc');
      },
      { acceptDownloads: true },
    );
  });
});

describe('theme', () => {
  test('?theme=dark and the remembered switch set the theme before paint', async () => {
    await withPage('/en/places/gansu/?theme=dark', async (page) => {
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).not.toBe('rgb(255, 255, 255)');
    });
    await withPage('/en/', async (page) => {
      await page.click('#theme'); // auto → light
      await page.click('#theme'); // light → dark
      expect(await page.locator('#theme').innerText()).toBe('Theme: dark');
      await page.goto(url('/en/places/'));
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    });
  });
});

describe('axe-core', () => {
  test('the sample covers every page type', () => {
    for (const p of samples.filter((s) => !s.endsWith('.html'))) expect(pages).toContain(p);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`finds no violations on any page type, ${colorScheme} theme`, async () => {
      const found = await mapLimit(samples, 2, (path) =>
        withPage(
          path,
          async (page) => {
            // An embed is a bare chart inside someone else's page: its title is the figure's caption,
            // and a heading one of its own would compete with the host page's.
            const violations = await axeViolations(page, {
              'page-has-heading-one': { enabled: !path.includes('/embed/') },
            });
            return violations.map((v) => `${path}: ${v}`);
          },
          // axe is injected as an inline script, which the pages' own CSP rightly refuses.
          { colorScheme, bypassCSP: true },
        ),
      );
      expect(found.flat()).toEqual([]);
    }, 120_000);
  }
});

describe('citations', () => {
  test("the cite box and the share page's citation carry the reader's access date, not a field to fill", async () => {
    const today = await withPage('/en/figures/gansu-suspects/', async (page) => {
      const date = await page.evaluate(() => {
        const n = new Date();
        const p = (x: number) => String(x).padStart(2, '0');
        return `${n.getFullYear()}-${p(n.getMonth() + 1)}-${p(n.getDate())}`;
      });
      const text = await page.locator('#cite p[data-accessed]').textContent();
      expect(text).toContain(`(accessed ${date})`);
      expect(await page.locator('#cite pre[data-accessed]').textContent()).toContain(`urldate = {${date}}`);
      return date;
    });
    await withPage('/en/share/figures/gansu-suspects/stat/', async (page) => {
      expect(await page.locator('#snippet-citation').inputValue()).toContain(`(accessed ${today})`);
    });
  });
});
