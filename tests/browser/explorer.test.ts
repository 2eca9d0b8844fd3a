// In Chromium, against the built dist/: the figure explorer as a reader uses it. Counts of all
// figures, a place with the places within it, the text filter in both languages, the no-result
// state, sorting by the headings from the keyboard, state from the URL, the .xlsx of a view, and
// the page without JavaScript.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { siteData } from '../../src/lib/data/index.ts';
import { formatNumber } from '../../src/lib/i18n/numbers.ts';
import { axeViolations, downloadOf, readWorkbook, useSite } from '../helpers/browser.ts';
import { listHtmlPages } from '../helpers/site.ts';

const q = siteData();
const figures = q.data.figures;
const total = figures.length;
const pages = listHtmlPages(); // throws "run npm run build first" when dist/ is missing
const GANSU = new Set([
  'gansu',
  ...q.data.places.filter((p) => q.ancestors(p.id).some((a) => a.id === 'gansu')).map((p) => p.id),
]);
const inGansu = figures.filter((f) => GANSU.has(f.place));
const valueOf = new Map(figures.map((f) => [f.id, f.value]));

const { withPage } = useSite();

/** Waits for the script to take over the table (the form shows once the shards are loaded). */
const ready = (page: Page) => page.locator('#x-filters').waitFor({ state: 'visible' });
const count = (page: Page) => page.locator('#x-count').textContent();
/** The figure ids of the rows shown, in order, from each row's link to its figure page. */
const shownIds = (page: Page) =>
  page.$$eval('#x-rows tr td:last-child a', (as) =>
    as.map((a) => a.getAttribute('href')!.split('/').filter(Boolean).at(-1)!),
  );
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe('the count', () => {
  test('says how many of all the figures are shown, in both languages', async () => {
    const metric = figures.filter((f) => f.metric === 'suspects_arrested').length;
    expect(metric).toBeGreaterThan(1);
    expect(metric).toBeLessThan(total);
    await withPage('/en/figures/', async (page) => {
      await ready(page);
      await expect.poll(() => count(page)).toBe(`All ${formatNumber(total, 'en')} figures`);
      expect(await page.locator('#x-count').getAttribute('aria-live')).toBe('polite');
      await page.selectOption('select[name=metric]', 'suspects_arrested');
      await expect.poll(() => count(page)).toBe(`${metric} of ${formatNumber(total, 'en')} figures`);
      expect(await page.locator('#x-rows tr').count()).toBe(metric);
    });
    await withPage('/figures/?metric=suspects_arrested', async (page) => {
      await ready(page);
      await expect.poll(() => count(page)).toBe(`显示${formatNumber(total, 'zh')}个数字中的${metric}个`);
    });
  });
  test('with more rows than a batch, says how many are shown of how many match, of all', async () => {
    // Three copies of every shard's rows stand in for a larger dataset: more than one batch of 200.
    await withPage('/en/figures/', async (page) => {
      await page.route('**/figures-data/*.json', async (route) => {
        const shard = (await (await route.fetch()).json()) as { columns: string[]; rows: unknown[][] };
        await route.fulfill({ json: { ...shard, rows: [...shard.rows, ...shard.rows, ...shard.rows] } });
      });
      await page.reload();
      await ready(page);
      const big = total * 3;
      expect(big).toBeGreaterThan(200);
      await expect.poll(() => count(page)).toBe(`200 shown of ${formatNumber(big, 'en')} figures`);
      expect(await page.locator('#x-rows tr').count()).toBe(200);
      // Filtered to more than a batch: shown, matching, and all.
      await page.selectOption('select[name=metric]', 'suspects_arrested');
      const matching = figures.filter((f) => f.metric === 'suspects_arrested').length * 3;
      if (matching > 200)
        await expect
          .poll(() => count(page))
          .toBe(`200 shown of ${formatNumber(matching, 'en')} matching, ${formatNumber(big, 'en')} figures`);
      await page.selectOption('select[name=metric]', '');
      await expect.poll(() => count(page)).toBe(`200 shown of ${formatNumber(big, 'en')} figures`);
      await page.click('#x-more');
      await expect.poll(() => count(page)).toBe(`All ${formatNumber(big, 'en')} figures`);
      expect(await page.locator('#x-more').isVisible()).toBe(false);
    });
  });
});

describe('a place and the places within it', () => {
  test('Gansu includes Yuzhong and Jingchuan; "this place alone" leaves them out', async () => {
    const own = figures.filter((f) => f.place === 'gansu');
    expect(own.length).toBeGreaterThan(0);
    expect(inGansu.some((f) => f.place === 'yuzhong')).toBe(true);
    expect(inGansu.some((f) => f.place === 'jingchuan')).toBe(true);
    await withPage('/en/figures/', async (page) => {
      await ready(page);
      // The place list is a tree: Yuzhong is indented under Lanzhou, under Gansu.
      const options = await page.$$eval('select[name=place] option', (os) => os.map((o) => o.textContent!));
      const at = (name: string) => options.findIndex((o) => o.trim() === name);
      const indent = (name: string) => options[at(name)]!.length - name.length;
      expect(at('Gansu')).toBeLessThan(at('Lanzhou'));
      expect(at('Lanzhou')).toBeLessThan(at('Yuzhong County'));
      expect(indent('Gansu')).toBe(0);
      expect(indent('Lanzhou')).toBeGreaterThan(0);
      expect(indent('Yuzhong County')).toBeGreaterThan(indent('Lanzhou'));
      expect(await page.locator('input[name=alone]').isDisabled()).toBe(true);

      await page.selectOption('select[name=place]', 'gansu');
      await expect.poll(() => page.locator('#x-rows tr').count()).toBe(inGansu.length);
      const places = await page.$$eval('#x-rows tr td:first-child', (tds) => tds.map((td) => td.textContent));
      expect(new Set(places)).toEqual(new Set(['Gansu', 'Yuzhong County', 'Jingchuan County']));
      expect(new Set(await shownIds(page))).toEqual(new Set(inGansu.map((f) => f.id)));

      await page.getByLabel('This place alone').check();
      await expect.poll(() => page.locator('#x-rows tr').count()).toBe(own.length);
      expect(new Set(await shownIds(page))).toEqual(new Set(own.map((f) => f.id)));
      expect(param(page, 'alone')).toBe('1');
      await expect.poll(() => count(page)).toBe(`${own.length} of ${formatNumber(total, 'en')} figures`);
    });
    await withPage('/figures/?place=gansu', async (page) => {
      await ready(page);
      await expect.poll(() => page.locator('#x-rows tr').count()).toBe(inGansu.length);
      await page.getByLabel('只看本地').check();
      await expect.poll(() => page.locator('#x-rows tr').count()).toBe(own.length);
    });
  });
});

describe('the text filter', () => {
  /** Types `text` into the filter and returns the ids shown once the count has changed. */
  async function typeFilter(page: Page, text: string): Promise<string[]> {
    const before = await count(page);
    await page.getByLabel(/^(Words|文字)/).fill(text);
    await expect.poll(() => count(page)).not.toBe(before);
    return shownIds(page);
  }

  test('甘肃 and Gansu find the same figures, Gansu’s and its places’, on either site', async () => {
    const found: string[][] = [];
    for (const path of ['/en/figures/', '/figures/']) {
      await withPage(path, async (page) => {
        await ready(page);
        for (const text of ['甘肃', 'Gansu', 'gansu']) {
          found.push((await typeFilter(page, text)).sort());
          if (text !== 'gansu') await typeFilter(page, ''); // back to all
        }
        expect(param(page, 'q')).toBe('gansu');
      });
    }
    for (const ids of found) expect(ids).toEqual(found[0]);
    for (const f of inGansu) expect(found[0]).toContain(f.id);
    expect(found[0]!.length).toBeLessThan(total);
  });

  test('every word must match, in any of the names: a place and a metric together narrow it', async () => {
    await withPage('/en/figures/', async (page) => {
      await ready(page);
      const both = await typeFilter(page, 'Gansu 抓获');
      expect(both.length).toBeGreaterThan(0);
      expect(both.length).toBeLessThan(inGansu.length);
      for (const id of both) expect(GANSU.has(figures.find((f) => f.id === id)!.place)).toBe(true);
      expect(both).toContain('gansu-suspects');
    });
  });

  test('a thesaurus term finds what its group names: 两卡 finds the card-breaking figures that never say it', async () => {
    await withPage('/figures/', async (page) => {
      await ready(page);
      // Gansu's 2,289 is under “断卡”行动: nothing of its row says 两卡 (data/thesaurus.csv groups them).
      const found = await typeFilter(page, '两卡');
      expect(found).toContain('gansu-suspects');
      expect(found.length).toBeLessThan(total);
    });
  });
});

describe('no result', () => {
  test('says so, shows no table, and a button that clears the filters and brings every figure back', async () => {
    await withPage('/en/figures/?q=no-such-words-anywhere&level=county', async (page) => {
      await ready(page);
      await expect
        .poll(() => count(page))
        .toBe(`None of the ${formatNumber(total, 'en')} figures matches these filters.`);
      expect(await page.locator('#x-rows tr').count()).toBe(0);
      expect(await page.locator('table.x-table').isVisible()).toBe(false);
      const clear = page.locator('#x-clear');
      expect(await clear.isVisible()).toBe(true);
      expect(await page.locator('#x-download-xlsx').isDisabled()).toBe(true);
      await clear.click();
      await expect.poll(() => count(page)).toBe(`All ${formatNumber(total, 'en')} figures`);
      expect(await page.locator('#x-rows tr').count()).toBe(total);
      expect(await clear.isVisible()).toBe(false);
      expect(await page.locator('#x-filters input[name=q]').inputValue()).toBe('');
      expect(new URL(page.url()).search).toBe('');
    });
  });
});

describe('sorting by the column headings', () => {
  test('Enter and Space on a heading sort by it, up then down, with aria-sort and the URL', async () => {
    await withPage(
      '/en/figures/?place=gansu',
      async (page) => {
        await ready(page);
        const value = page.locator('th[data-sort=value]');
        const button = value.locator('button');
        expect(await button.textContent()).toContain('Value');
        expect(await value.getAttribute('aria-sort')).toBeNull();
        const values = async () => (await shownIds(page)).map((id) => valueOf.get(id)!);
        const source = await values();
        expect(source).not.toEqual([...source].sort((a, b) => a - b));

        await button.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => value.getAttribute('aria-sort')).toBe('ascending');
        expect(await values()).toEqual([...source].sort((a, b) => a - b));
        expect(param(page, 'sort')).toBe('value_asc');

        await page.keyboard.press('Space');
        await expect.poll(() => value.getAttribute('aria-sort')).toBe('descending');
        expect(await values()).toEqual([...source].sort((a, b) => b - a));
        expect(param(page, 'sort')).toBe('value_desc');

        // Another heading takes the sort: one column at a time says it is sorted.
        await page.locator('th[data-sort=place] button').click();
        await expect
          .poll(() => page.locator('th[data-sort=place]').getAttribute('aria-sort'))
          .toBe('ascending');
        expect(await value.getAttribute('aria-sort')).toBeNull();
        expect(await page.locator('th[aria-sort]').count()).toBe(1);
        const places = await page.$$eval('#x-rows tr td:first-child', (tds) =>
          tds.map((td) => td.textContent!),
        );
        expect(places).toEqual([...places].sort((a, b) => a.localeCompare(b, 'en')));
      },
      { viewport: { width: 1280, height: 900 } },
    );
  });
});

describe('the URL', () => {
  test('reopens the same view: place, alone, words and sort, keeping parameters that are not the form’s', async () => {
    const own = figures.filter((f) => f.place === 'gansu');
    await withPage('/en/figures/?place=gansu&alone=1&sort=value_desc&chart=1', async (page) => {
      await ready(page);
      await expect.poll(() => page.locator('#x-rows tr').count()).toBe(own.length);
      expect(await page.locator('select[name=place]').inputValue()).toBe('gansu');
      expect(await page.locator('input[name=alone]').isChecked()).toBe(true);
      expect(await page.locator('th[data-sort=value]').getAttribute('aria-sort')).toBe('descending');
      const values = (await shownIds(page)).map((id) => valueOf.get(id)!);
      expect(values).toEqual([...own.map((f) => f.value)].sort((a, b) => b - a));
      // A change of the form keeps the parameter that is not its own (the selection chart's).
      await page.selectOption('select[name=level]', 'province');
      await expect.poll(() => param(page, 'level')).toBe('province');
      expect(param(page, 'chart')).toBe('1');
    });
    await withPage('/figures/?q=%E7%94%98%E8%82%83', async (page) => {
      await ready(page);
      expect(await page.locator('#x-filters input[name=q]').inputValue()).toBe('甘肃');
      await expect.poll(async () => (await shownIds(page)).length).toBeGreaterThanOrEqual(inGansu.length);
      expect((await shownIds(page)).length).toBeLessThan(total);
    });
  });

  test('announces the rows it shows (x-view), for the selection chart', async () => {
    await withPage('/en/figures/', async (page) => {
      await ready(page);
      await page.evaluate(() => {
        document.getElementById('explorer')!.addEventListener('x-view', (e) => {
          (window as unknown as { seen: number }).seen = (
            e as CustomEvent<{ rows: unknown[] }>
          ).detail.rows.length;
        });
      });
      await page.selectOption('select[name=place]', 'gansu');
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { seen?: number }).seen))
        .toBe(inGansu.length);
    });
  });
});

describe('the .xlsx of a view', () => {
  test('holds the rows shown (place within, words, sort), numbers as numbers', async () => {
    await withPage(
      '/en/figures/?place=gansu&q=Gansu&sort=value_asc',
      async (page) => {
        await ready(page);
        await expect.poll(() => page.locator('#x-rows tr').count()).toBe(inGansu.length);
        const shown = await shownIds(page);
        const xlsx = await downloadOf(page, '#x-download-xlsx');
        const workbook = await readWorkbook(xlsx.bytes);
        const sheet = workbook.getWorksheet('figures-explained')!;
        const header = (sheet.getRow(1).values as string[]).slice(1);
        const column = (name: string) =>
          Array.from(
            { length: sheet.rowCount - 1 },
            (_, i) => sheet.getRow(i + 2).getCell(header.indexOf(name) + 1).value,
          );
        expect(column('id')).toEqual(shown);
        const values = column('value');
        expect(values.every((v) => typeof v === 'number')).toBe(true);
        expect(values).toEqual(shown.map((id) => valueOf.get(id)));
        expect(values).toEqual([...(values as number[])].sort((a, b) => a - b));
        expect(column('place')).toContain('yuzhong');
      },
      { acceptDownloads: true },
    );
  });
});

describe('on a phone', () => {
  test('no sideways scroll at 360 px, and the headings still sort', async () => {
    await withPage(
      '/figures/?place=gansu',
      async (page) => {
        await ready(page);
        await expect.poll(() => page.locator('#x-rows tr').count()).toBe(inGansu.length);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        const value = page.locator('th[data-sort=value] button');
        expect(await value.isVisible()).toBe(true);
        await value.click();
        await expect.poll(() => param(page, 'sort')).toBe('value_asc');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      },
      { viewport: { width: 360, height: 800 } },
    );
  });
});

describe('without JavaScript', () => {
  test('says filtering needs it and links the place and metric pages that hold the same figures', async () => {
    await withPage(
      '/en/figures/',
      async (page) => {
        const note = page.locator('#explorer noscript');
        expect(await note.first().textContent()).toContain('need JavaScript');
        const links = await page.$$eval('#explorer noscript a', (as) =>
          as.map((a) => a.getAttribute('href')!),
        );
        expect(links).toContain('/en/places/gansu/');
        expect(links).toContain('/en/metrics/suspects_arrested/');
        for (const href of links) expect(pages).toContain(href);
        // Together the linked pages hold every figure: its province's page or its metric's.
        const linked = new Set(links);
        for (const f of figures) expect(linked.has(`/en/metrics/${f.metric}/`), f.id).toBe(true);
        expect(await page.locator('#x-filters').isHidden()).toBe(true);
      },
      { javaScriptEnabled: false },
    );
  });
});

describe('accessibility of the states the script makes', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing in a sorted view, a place alone and no result, ${colorScheme} theme`, async () => {
      const found: string[] = [];
      for (const path of ['/en/figures/?place=gansu&alone=1&sort=value_desc', '/figures/?q=no-such-words']) {
        await withPage(
          path,
          async (page) => {
            await ready(page);
            const violations = await axeViolations(page);
            found.push(...violations.map((v) => `${path}: ${v}`));
          },
          { colorScheme, bypassCSP: true, viewport: { width: 1280, height: 900 } },
        );
      }
      expect(found).toEqual([]);
    });
  }
});
