import { describe, expect, it } from 'vitest';
import { statHtml } from '../../../src/lib/charts/stat.ts';
import { decodeEntities, findTags } from '../../helpers/html.ts';
import { stat } from './form-samples.ts';
import { selfContained } from './svg-helpers.ts';

const plain = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, ''));

describe('statHtml', () => {
  it('shows the value with its unit: 2,289 people / 2289人', () => {
    expect(plain(statHtml(stat('gansu-suspects', 'en')))).toContain('2,289 people');
    expect(plain(statHtml(stat('gansu-suspects', 'zh')))).toContain('2289人');
  });

  it('marks a value that is not exact and explains the mark', () => {
    const html = statHtml(stat('yuzhong-cards-opened', 'en'));
    const abbr = findTags(html, 'abbr')[0];
    expect(abbr?.attrs.title).toBe('more than (余 or 多)');
    expect(plain(html)).toContain('开办电话卡两千余张 (more than (余 or 多))');
    expect(plain(statHtml(stat('yuzhong-cards-opened', 'zh')))).toContain(
      '开办电话卡两千余张，余、多（多于此数）',
    );
    expect(plain(html)).toContain('2,000+ cards');
    expect(plain(statHtml(stat('yuzhong-cards-opened', 'zh')))).toContain('2000余张');
    expect(findTags(statHtml(stat('gansu-suspects', 'en')), 'abbr')).toEqual([]);
  });

  it('names the metric, the period and the source page, and links to itself', () => {
    const html = statHtml(stat('gansu-suspects', 'en'));
    const div = findTags(html, 'div')[0]!;
    expect(div.attrs.id).toBe('stat-gansu-suspects');
    expect(div.attrs.lang).toBe('en');
    expect(plain(html)).toContain('Suspects arrested');
    expect(plain(html)).toContain(
      'since the operation began there (start not given), reported 25 Dec 2020 · p. 57',
    );
    expect(findTags(html, 'a').map((a) => a.attrs.href)).toEqual([
      '/metrics/suspects_arrested/',
      '#stat-gansu-suspects',
    ]);
  });

  it('gives the quote on demand, in a closed details element', () => {
    const html = statHtml(stat('gansu-suspects', 'zh'));
    expect(findTags(html, 'details')[0]!.attrs.open).toBeUndefined();
    expect(html).toMatch(/<summary>原文<\/summary><q lang="zh">[^<]*2289[^<]*<\/q>/);
  });

  it('escapes every text and stays self-contained', () => {
    const spec = { ...stat('gansu-suspects', 'en'), label: '<b>x</b>', quote: '"q" & <i>' };
    const html = statHtml(spec);
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<i>');
    expect(plain(html)).toContain('"q" & <i>');
    expect(selfContained(html)).toBe(true);
  });
});
