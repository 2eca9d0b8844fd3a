import { describe, expect, it, vi } from 'vitest';
import { fixtureQuery } from '../../../helpers/fixture-data.ts';
import { campaignFacts } from '../../../../src/lib/views/pages/campaign-page.ts';
import { citeBox } from '../../../../src/lib/views/citation.ts';
import { fileSize } from '../../../../src/lib/views/pages/data-page.ts';
import { figurePage, figurePageParams } from '../../../../src/lib/views/pages/figure-page.ts';
import { factOrigin } from '../../../../src/lib/views/provenance.ts';

const q = fixtureQuery();
const SITE = 'https://data.example.org';

describe('figurePage', () => {
  it('has one page per figure', () => {
    expect(figurePageParams(q).map((p) => p.id)).toEqual(q.data.figures.map((f) => f.id));
  });

  it('gives the number with its unit, quote, page, links and where it appears', () => {
    const v = figurePage(q, 'gansu-suspects', 'en', SITE);
    expect(v.shown).toBe('2,289 people');
    expect(v.quote).toBe('已抓获犯罪嫌疑人2289人');
    expect(v.page).toBe('p. 57');
    expect(v.facts).toContainEqual({ label: 'Place', value: 'Gansu', href: '/en/places/gansu/' });
    expect(v.appearsIn.map((l) => l.href)).toEqual([
      '/en/places/gansu/#figure-gansu-suspects',
      '/en/campaigns/duanka/#figure-gansu-suspects',
      '/en/metrics/suspects_arrested/#figure-gansu-suspects',
    ]);
  });

  it('cites the figure page with the source page and data version, the access date left to the reader', () => {
    const cite = figurePage(q, 'gansu-suspects', 'en', SITE).cite;
    expect(cite.text).toContain('https://data.example.org/en/figures/gansu-suspects/');
    expect(cite.text).toContain('p. 57');
    expect(cite.text).toContain('(accessed YYYY-MM-DD)');
    expect(cite.bibtex).toContain('urldate = {YYYY-MM-DD},');
    const csl = JSON.parse(cite.csl);
    expect(csl[0].URL).toBe('https://data.example.org/en/figures/gansu-suspects/');
    expect(csl[0].accessed).toBeUndefined();
  });

  it('is the same on any day it is built', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2030-06-01T12:00:00Z'));
      const later = figurePage(q, 'gansu-suspects', 'zh', SITE).cite;
      vi.setSystemTime(new Date('2026-01-01T12:00:00Z'));
      expect(figurePage(q, 'gansu-suspects', 'zh', SITE).cite).toEqual(later);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists the discrepancies that name the figure, linked to the methodology page', () => {
    const v = figurePage(q, 'yixing-arrests', 'zh', SITE);
    expect(v.discrepancies.map((d) => d.href)).toContain(
      '/methodology/#discrepancy-heading-jingchuan-yixing',
    );
  });

  it('says a counted figure is counted from names, with the reason', () => {
    const counted = figurePage(q, 'yixing-arrests', 'en', SITE).facts.find(
      (f) => f.label === 'How it is counted',
    );
    expect(counted?.value).toMatch(/^counted from names in the text: Two people are named/);
  });
});

describe('provenance on campaign pages', () => {
  it('gives a sourced date its page and quote', () => {
    expect(factOrigin(q, 'campaigns', 'case-4-03', 'start', 'en')).toEqual({
      basis: 'source',
      text: 'p. 56 “2020年2月,大庆市公安局网络警察分局在梳理案件线索中发现”',
      bracketed: ' (p. 56 “2020年2月,大庆市公安局网络警察分局在梳理案件线索中发现”)',
    });
  });

  it('labels an inferred parent and a background date with their reasons', () => {
    const facts = campaignFacts(q, q.campaign('longfeng-2020'), 'zh');
    expect(facts.map((f) => f.label)).toEqual(['类别', '主题', '地区', '开始', '结束', '所属']);
    const parent = facts.at(-1)!;
    expect(parent).toMatchObject({ href: '/campaigns/duanka/', origin: { basis: 'inferred' } });
    expect(parent.origin!.text).toMatch(/^推断：/);
    const duanka = campaignFacts(q, q.campaign('duanka'), 'en');
    expect(duanka.map((f) => f.label)).toEqual(['Kind', 'Topic', 'Start']);
    expect(duanka.at(-1)!.origin!.text).toMatch(
      /^background knowledge: The source gives 10 October 2020 only/,
    );
  });

  it('finds nothing for a fact without a provenance row', () => {
    expect(q.provenanceOf('campaigns', 'duanka', 'end')).toBeUndefined();
  });
});

describe('citeBox and fileSize', () => {
  it('puts the date parts of CSL-JSON on one line', () => {
    const box = citeBox('Data', SITE, '/en/data/', 'en');
    expect(box.csl).toMatch(/"date-parts": \[\[\d{4}, \d{1,2}, \d{1,2}\]\]/);
    expect(JSON.parse(box.csl)[0].URL).toBe('https://data.example.org/en/data/');
  });

  it('writes sizes in B, kB and MB', () => {
    expect([fileSize(900), fileSize(69_300), fileSize(3_000_000)]).toEqual(['900 B', '67.7 kB', '2.9 MB']);
  });
});
