import { describe, expect, test } from 'vitest';
import { cite, type CiteInput } from '../../../src/lib/exports/cite.ts';

const input = (title: string): CiteInput => ({
  title,
  url: 'https://crackdown-data.example/en/places/gansu/',
  version: '2026-11-26',
  accessed: '2026-12-03',
  source: {
    title: 'Police across the country crack down',
    publication: 'A police magazine',
    year: '2020',
    page: 57,
  },
});

describe('citations', () => {
  test('plain text names the site, page title, data version, URL, access date, source and page', () => {
    const en = cite(input('Gansu'), 'en').text;
    expect(en).toBe(
      'Crackdown Data. “Gansu”. Data version 2026-11-26. https://crackdown-data.example/en/places/gansu/ (accessed 2026-12-03). Source: “Police across the country crack down”, A police magazine, 2020, p. 57.',
    );
    const zh = cite(
      { ...input('甘肃'), source: { ...input('').source!, title: '各地警方', publication: '公安类期刊' } },
      'zh',
    ).text;
    expect(zh).toBe(
      '打击治理数据：《甘肃》，数据版本 2026-11-26。https://crackdown-data.example/en/places/gansu/（访问日期：2026-12-03）。来源：《各地警方》，公安类期刊，2020年，第57页。',
    );
  });

  test('BibTeX escapes special characters and keys the entry by path and version', () => {
    const { bibtex } = cite(input('50% & {more}'), 'en');
    expect(bibtex).toContain('@misc{crackdown-data-en-places-gansu-2026-11-26,');
    expect(bibtex).toContain('title = {50\\% \\& \\{more\\}},');
    expect(bibtex).toContain('urldate = {2026-12-03},');
    expect(bibtex).toContain('p. 57');
  });

  test('CSL-JSON is a dataset with date parts', () => {
    const { csl } = cite(input('Gansu'), 'zh');
    expect(csl).toMatchObject({
      type: 'dataset',
      version: '2026-11-26',
      URL: 'https://crackdown-data.example/en/places/gansu/',
      issued: { 'date-parts': [[2026, 11, 26]] },
      accessed: { 'date-parts': [[2026, 12, 3]] },
      language: 'zh',
      author: [{ literal: '打击治理数据' }],
    });
    expect(csl.note).toContain('第57页');
  });

  test('without a source the citation has no source sentence', () => {
    const { source: _, ...bare } = input('Data');
    expect(cite(bare, 'en').text).not.toContain('Source');
    expect(cite(bare, 'en').bibtex).not.toContain('note');
  });
});

describe('a title with quotation marks of its own', () => {
  test('turns its marks to the inner kind instead of doubling them', () => {
    const input = {
      title: 'Operation “Longfeng 2020”',
      url: 'https://example.org/',
      version: '2026-11-26',
      accessed: '2026-11-26',
    };
    expect(cite(input, 'en').text).toContain('“Operation ‘Longfeng 2020’”.');
    expect(cite({ ...input, title: '《断卡》行动' }, 'zh').text).toContain('《〈断卡〉行动》');
  });
});
