// What the chart forms promise, checked on the built pages: no chart draws a single value; Gansu's 2,289 and
// Jiangxi's 5,011 are drawn in one chart with their periods and "not directly comparable" on the
// card-breaking campaign page, the suspects-arrested metric page and Gansu's own page; no chart draws a
// personal-information case beside card-trade cases; Daqing's 129 is drawn inside its 181; a campaign
// page has a timeline. (That every page stays within 14 kB brotli at load is checked in
// page-weight.test.ts.)
import { describe, expect, test } from 'vitest';
import { decodeEntities, findTags, hasClass, innerOf } from '../helpers/html.ts';
import { listHtmlPages, readPage } from '../helpers/site.ts';

const pages = listHtmlPages();

/** The rows of a chart's data table (one per bar, which its tooltip reads): label, value, qualifier, period, page, quote. */
function barsOf(figure: string) {
  return [...figure.matchAll(/<tr><th scope="row">([\s\S]*?)<\/tr>/g)].map((row) => {
    const [label, value, qualifier, period, page, quote] = [
      ...`<th>${row[1]}`.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g),
    ].map((cell) => decodeEntities(cell[1]!.replace(/<[^>]*>/g, '')));
    return { label, value, qualifier, period, page, quote };
  });
}

/** Each figure.chart of a page: its id, its bars (from its data table) and the texts drawn in its SVG. */
function chartsOn(page: string) {
  const html = readPage(page);
  return findTags(html, 'figure')
    .filter((t) => hasClass(t, 'chart'))
    .map((t) => ({
      id: t.attrs.id ?? '',
      bars: barsOf(innerOf(html, t)),
      texts: [...innerOf(html, t).matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
        decodeEntities(m[1]!),
      ),
      subtitle: decodeEntities(/<p class="chart-subtitle">([\s\S]*?)<\/p>/.exec(innerOf(html, t))?.[1] ?? ''),
    }));
}

test('no chart on any page draws a single value', () => {
  const single: string[] = [];
  let charts = 0;
  for (const page of pages)
    for (const c of chartsOn(page)) {
      charts++;
      if (c.bars.length < 2) single.push(`${page}#${c.id}: ${c.bars.length} bar(s)`);
    }
  expect(charts).toBeGreaterThan(20);
  expect(single).toEqual([]);
});

describe("Gansu's 2,289 and Jiangxi's 5,011 in one chart, each with its period, not directly comparable", () => {
  const zh = {
    gansu: '2289',
    jiangxi: '5011',
    period: '当地行动开展以来（原文未注明开始日期），2020年12月25日报道',
    plain: '不能直接比较',
  };
  const en = {
    gansu: '2,289',
    jiangxi: '5,011',
    period: 'since the operation began there (start not given), reported 25 Dec 2020',
    plain: 'not directly comparable',
  };
  test.each([
    { page: '/campaigns/duanka/', ...zh },
    { page: '/en/campaigns/duanka/', ...en },
    { page: '/metrics/suspects_arrested/', ...zh },
    { page: '/en/metrics/suspects_arrested/', ...en },
    { page: '/places/gansu/', ...zh },
    { page: '/en/places/gansu/', ...en },
    { page: '/en/places/jiangxi/', ...en },
  ])('$page', ({ page, gansu, jiangxi, period, plain }) => {
    const chart = chartsOn(page).find((c) => c.texts.includes(gansu) && c.texts.includes(jiangxi));
    expect(chart, `a chart on ${page} drawing ${gansu} and ${jiangxi}`).toBeDefined();
    // Each bar's period is drawn beside it (marked with * as the periods differ; a long one wraps) and in its tooltip.
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    expect(squeeze(chart!.texts.join(''))).toContain(squeeze(period));
    expect(chart!.texts.filter((t) => t.startsWith('*'))).toHaveLength(2);
    expect(chart!.bars.every((b) => b.period !== '')).toBe(true);
    // The line under its title says so in plain words.
    expect(chart!.subtitle).toContain(plain);
  });
});

test('no chart draws a personal-information case beside card-trade cases', () => {
  // Feicheng's 2 arrests (case "2020.3.15", personal information) among the county card-trade cases.
  for (const page of [
    '/places/feicheng/',
    '/en/places/feicheng/',
    '/places/yuzhong/',
    '/en/metrics/suspects_arrested/',
  ])
    for (const c of chartsOn(page)) {
      const labels = c.bars.map((b) => b.label);
      const feicheng = labels.some((l) => l === '肥城市' || l === 'Feicheng');
      const cardCases = labels.some((l) => /榆中县|泾川县|宜兴市|Yuzhong|Jingchuan|Yixing/.test(l ?? ''));
      expect(feicheng && cardCases, `${page}#${c.id}: ${labels.join(', ')}`).toBe(false);
    }
});

test("Daqing's 129 is drawn inside its 181", () => {
  const chart = chartsOn('/en/places/daqing/').find((c) => c.texts.includes('129 of 181'));
  expect(chart?.texts).toContain('181');
  const zh = chartsOn('/places/daqing/').find(
    (c) => c.texts.includes('181人中的129人') || c.texts.includes('181中的129'),
  );
  expect(zh, 'zh part-whole chart').toBeDefined();
});

test('a campaign page has a timeline drawn at build time', () => {
  const html = readPage('/en/campaigns/duanka/');
  const timeline = findTags(html, 'figure').find((t) => hasClass(t, 'timeline'));
  expect(timeline).toBeDefined();
  expect(innerOf(html, timeline!)).toMatch(/<svg[^>]*aria-label="Timeline: /);
});
