// In Chromium, over the built index (dist/pagefind/, by Pagefind's own API as the site loads it):
// every term of the glossary and of the thesaurus finds its page, in the language of each site.
// Pagefind splits a Chinese query into words (断卡 into 断 / 卡), so this checks the real index,
// not a model of it. A term's pages are those whose searched words hold it (names, definitions,
// quotes) or whose search terms do (src/lib/views/search-terms.ts).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteData, siteThesaurus } from '../../src/lib/data/index.ts';
import { normalTerm } from '../../src/lib/data/thesaurus.ts';
import type { Locale } from '../../src/lib/i18n/locale.ts';
import * as urls from '../../src/lib/urls.ts';
import { figureTitle } from '../../src/lib/views/figure-name.ts';
import { campaignTerms, figureTerms, metricTerms, placeTerms } from '../../src/lib/views/search-terms.ts';
import {
  launchBrowser,
  listHtmlPages,
  offlineContext,
  startStaticServer,
  type StaticServer,
} from '../helpers/site.ts';

const built = new Set(listHtmlPages()); // throws "run npm run build first" when dist/ is missing

/**
 * The terms of the glossary (../shared/sources/glossary.md), as its tables write them, one form
 * each: Chinese for the Chinese site, English for the English one.
 */
const GLOSSARY: Record<Locale, string[]> = {
  zh: [
    ...['断卡行动', '两卡', '净网2020', '雷霆11号', '陇风-2020', '专项行动', '集中收网'],
    ...['侵犯公民个人信息', '电信网络诈骗', '黑产', '黑灰产业链', '犯罪嫌疑人', '涉案人员', '团伙', '窝点'],
    ...['内部人员', '内鬼', '四件套', 'U盾', 'GOIP', '对公账户'],
    ...[
      '抓获',
      '刑事拘留',
      '采取刑事强制措施',
      '破获',
      '侦破',
      '捣毁',
      '打掉',
      '缴获',
      '查获',
      '扣押',
      '关停',
    ],
    ...['涉案金额', '涉案价值', '非法获利', '截至', '以来'],
    ...['黑龙江省', '大庆市', '长春市', '广东省', '揭阳市', '山东省', '肥城市', '甘肃省', '榆中县', '泾川县'],
    ...['江苏省', '宜兴市', '四川省', '河南省', '周口市', '江西省'],
  ],
  en: [
    ...['Card-breaking', 'two cards', 'Clean Internet 2020', 'Thunder No. 11', 'Longfeng 2020'],
    ...['personal information', 'suspects', 'gang', 'den', 'insiders', 'four-piece set', 'U-shield', 'GoIP'],
    ...['corporate account', 'arrested', 'criminally detained', 'cases solved', 'seized', 'shut down'],
    ...['money involved', 'illegal gain'],
    ...['Heilongjiang', 'Daqing', 'Changchun', 'Guangdong', 'Jieyang', 'Shandong', 'Feicheng', 'Gansu'],
    ...['Yuzhong', 'Jingchuan', 'Jiangsu', 'Yixing', 'Sichuan', 'Henan', 'Zhoukou', 'Jiangxi'],
  ],
};

/** Every searched entity page of a language with the words it is found by. */
function searchedPages(locale: Locale): { path: string; text: string }[] {
  const q = siteData();
  const name = (r: { name_zh: string; name_en: string }) => (locale === 'zh' ? r.name_zh : r.name_en);
  return [
    ...q.data.places.map((p) => ({
      path: urls.place(locale, p.id),
      text: `${name(p)} ${placeTerms(q, p.id)}`,
    })),
    ...q.data.campaigns.map((c) => ({
      path: urls.campaign(locale, c.id),
      text: `${name(c)} ${campaignTerms(q, c.id)}`,
    })),
    ...q.data.metrics.map((m) => ({
      path: urls.metric(locale, m.id),
      text: `${name(m)} ${locale === 'zh' ? m.definition_zh : m.definition_en} ${metricTerms(q, m.id)}`,
    })),
    ...q.data.figures.map((f) => ({
      path: urls.figure(locale, f.id),
      text: `${figureTitle(q, f.id, locale).title} ${locale === 'zh' ? f.quote : ''} ${figureTerms(q, f.id)}`,
    })),
  ]
    .filter((p) => built.has(p.path)) // a place with no figures has no page
    .map((p) => ({ ...p, text: comparable(p.text) }));
}

/** A text as the index reads it: the thesaurus's normal form without quotation marks (“断卡”行动 holds 断卡行动). */
const comparable = (text: string) => normalTerm(text).replace(/[“”"‘’'「」]/g, '');

/** The pages of a language whose words hold `term`. */
const pagesOf = (locale: Locale, term: string) =>
  searchedPages(locale)
    .filter((p) => p.text.includes(comparable(term)))
    .map((p) => p.path);

const thesaurusTerms = (locale: Locale) =>
  siteThesaurus()
    .flatMap((g) => g.terms.map((t) => t.term))
    .filter((t) => pagesOf(locale, t).length > 0);

let browser: Browser;
let server: StaticServer;
let pages: Record<Locale, Page>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startStaticServer()]);
  const open = async (path: string) => {
    const page = await (await browser.newContext({ ...offlineContext })).newPage();
    await page.goto(new URL(path, server.url).href);
    return page;
  };
  pages = { zh: await open('/'), en: await open('/en/') };
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The paths of the first `limit` results for `term`, by Pagefind's API in the page's language. */
function search(locale: Locale, term: string, limit = 60): Promise<string[]> {
  // A string, not a function: the test's bundler would rewrite a function's import().
  return pages[locale].evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const found = await pagefind.search(${JSON.stringify(term)});
    const data = await Promise.all(found.results.slice(0, ${limit}).map((r) => r.data()));
    return data.map((d) => d.url);
  })()`);
}

/** The terms whose search lists none of the pages that carry them, each with what it found instead. */
async function missedTerms(locale: Locale, terms: string[]): Promise<string[]> {
  const missed: string[] = [];
  for (const term of terms) {
    const expected = pagesOf(locale, term);
    const found = await search(locale, term);
    if (!found.some((p) => expected.includes(p)))
      missed.push(
        `${term} (expected one of ${expected.slice(0, 3).join(', ')}; found ${found.slice(0, 3).join(', ')})`,
      );
  }
  return missed;
}

describe.each(['zh', 'en'] as const)('on the %s site', (locale) => {
  test('every glossary term is on a page, or said not to be', () => {
    // Terms of the glossary that no searched part of a page of the seed data holds in this language:
    // they are in notes and discrepancies only (电信网络诈骗, and the period words 截至, 以来), or not
    // in the data (集中收网). When a figure's quote or a name holds one, it is checked below.
    const absent = GLOSSARY[locale].filter((t) => pagesOf(locale, t).length === 0);
    expect(absent).toEqual(locale === 'zh' ? ['电信网络诈骗', '截至', '以来'] : []);
  });

  test('every glossary term finds its page', async () => {
    // Those on no page are checked by the test above.
    const onPages = GLOSSARY[locale].filter((t) => pagesOf(locale, t).length > 0);
    expect(await missedTerms(locale, onPages)).toEqual([]);
  }, 120_000);

  test('every thesaurus term finds a page that carries it', async () => {
    const terms = thesaurusTerms(locale);
    expect(terms).toEqual(expect.arrayContaining(['断卡', '两卡', 'card-breaking', '甘肃', '甘']));
    expect(await missedTerms(locale, terms)).toEqual([]);
  }, 120_000);
});
