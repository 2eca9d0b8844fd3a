// Checked on the built site: a value the source states in round form (4.9万) is never shown as an
// exact number, and "since the campaign began" is said only of since-launch totals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { formatNumber } from '../../src/lib/i18n/numbers.ts';
import { textOf } from '../helpers/html.ts';
import { distDir, listHtmlPages, readPage, repoDir, requireDist } from '../helpers/site.ts';

const data = loadDataset(process.env.DATA_DIR ?? join(repoDir, 'data'));
const rounded = data.figures.filter((f) => f.qualifier === 'rounded');
const csv = (path: string) =>
  Papa.parse<Record<string, string>>(
    readFileSync(join(distDir, 'data', path), 'utf8').replace(/^\ufeff/, ''),
    {
      header: true,
      skipEmptyLines: true,
    },
  ).data;

beforeAll(requireDist);

describe('values stated in round form', () => {
  test('the seed has them (4.9万, 3.8万, 120万)', () => {
    expect(rounded.map((f) => f.value).sort((a, b) => a - b)).toEqual([38000, 49000, 1200000]);
  });

  test('no page shows one without its mark (≈49,000, about 49,000, ≈4.9万)', () => {
    const pages = listHtmlPages();
    let seen = 0;
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => ok || problems.push(what);
    for (const page of pages) {
      // Quotes of the source keep its own words (电话卡4.9万张): take them out first.
      let text = textOf(readPage(page));
      for (const f of data.figures) text = text.replaceAll(f.quote, '');
      // …and the shorter pieces of them that notes cite (原文未写单位（现金120万）).
      for (const f of rounded) {
        const form = `${f.value / 1e4}万`;
        const end = f.quote.indexOf(form) + form.length;
        for (let i = 0; i < end - form.length; i++) text = text.replaceAll(f.quote.slice(i, end), '');
      }
      for (const f of rounded) {
        const en = formatNumber(f.value, 'en');
        for (const m of text.matchAll(new RegExp(`(.{0,6})\\b${en.replace(/,/g, ',')}\\b`, 'g'))) {
          seen++;
          check(/(≈|about )$/.test(m[1]!), `${page}: ${m[0]}`);
        }
        check(!new RegExp(`(?<![\\d.≈])${f.value}(?!\\d)`).test(text), `${page}: ${f.value}`);
        const zhRound = `${f.value / 1e4}万`;
        // English pages cite the source's form (stated as 4.9万); Chinese pages show it as a value.
        if (page.startsWith('/en/')) continue;
        for (const m of text.matchAll(new RegExp(`(.?)${zhRound.replace('.', '\\.')}`, 'g'))) {
          seen++;
          // ≈ marks it; “4.9万” inside quotation marks cites the source's words.
          check(['≈', '“'].includes(m[1]!), `${page}: ${m[0]}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(seen).toBeGreaterThan(rounded.length * 4);
  });

  test('the downloads say how each value is stated', () => {
    for (const file of ['figures.csv', 'figures-explained.csv']) {
      const rows = new Map(csv(file).map((r) => [r.id, r]));
      for (const f of rounded) {
        expect(rows.get(f.id)?.qualifier, `${file} ${f.id}`).toBe('rounded');
        expect(Number(rows.get(f.id)?.precision), `${file} ${f.id}`).toBeGreaterThan(1);
      }
      for (const f of data.figures) expect(rows.get(f.id)?.precision, file).toBe(String(f.precision));
    }
  });
});

describe('periods in the downloads', () => {
  test('"since the campaign began" only for since-launch totals; a release date is "reported"', () => {
    const rows = csv('figures-explained.csv');
    for (const r of rows) {
      expect(r.period_en!.includes('since the operation began there'), r.id).toBe(
        r.period_type === 'since-launch',
      );
      expect(r.period_zh!.includes('行动开展以来'), r.id).toBe(r.period_type === 'since-launch');
      expect(r.period_en!.includes('reported'), r.id).toBe(r.reported !== '');
      if (r.as_of) expect(r.period_en, r.id).toContain('as of');
    }
  });
});

describe('余 in Chinese', () => {
  // 42万余 (a little over 420,000) and 42余万 (over 420,000, up to 490,000) are different statements.
  const wanYu = data.figures.filter((f) => /\d万余/.test(f.quote));

  test('the seed has values the source writes as N万余 (42万余条, 53万余元, 100万余条)', () => {
    expect(wanYu.length).toBeGreaterThanOrEqual(3);
  });

  test('no Chinese page turns N万余 into N余万', () => {
    const wrong = wanYu.map((f) => `${/(\d+)万余/.exec(f.quote)![1]}余万`);
    const problems = listHtmlPages()
      .filter((page) => !page.startsWith('/en/'))
      .flatMap((page) => {
        const text = textOf(readPage(page));
        return wrong.filter((w) => text.includes(w)).map((w) => `${page}: ${w}`);
      });
    expect(problems).toEqual([]);
  });
});
