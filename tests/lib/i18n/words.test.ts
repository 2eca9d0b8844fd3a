import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/lib/i18n/locale.ts';
import { words } from '../../../src/lib/i18n/words.ts';

/** Every leaf of the dictionary as [path, value]; arrays by index. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

describe('the dictionary', () => {
  const [zh, en] = LOCALES.map((l) => leaves(words(l)));

  it('gives every string in both languages, with the same arguments', () => {
    // Keywords are a list of their own in each language.
    const shape = (entries: [string, unknown][]) =>
      entries
        .filter(([path]) => !path.startsWith('exports.about.keywords'))
        .map(([path, v]) => `${path}:${typeof v}${typeof v === 'function' ? v.length : ''}`);
    expect(shape(en!)).toEqual(shape(zh!));
  });

  it('has no empty string', () => {
    // Chinese sets a number and its unit without a space (2289人).
    for (const [path, v] of [...zh!, ...en!])
      if (typeof v === 'string' && path !== 'forms.stat.unitGap') expect(v, path).not.toBe('');
  });

  it('writes the English interface in English (Chinese only inside quoted source words)', () => {
    const untranslated = en!.filter(
      ([path, v]) =>
        typeof v === 'string' &&
        !path.includes('shortNames') &&
        CJK.test(v.replace(/\d[\d.]*余?万?[条张]?|其中|余|多|近/g, '')),
    );
    // The language switch and the share page's language choice name Chinese in Chinese; the rest name
    // a source term as the source writes it.
    expect(untranslated.map(([p]) => p).sort()).toEqual(
      [
        'site.switchLanguage',
        'embed.languages.zh',
        'site.methodology.corrections.1',
        'exports.about.description',
        'exports.columns.period_type',
        'exports.columns.period_start',
        'exports.columns.as_of',
        'exports.columns.reported',
        'exports.readme.periodWords.since-launch',
      ].sort(),
    );
  });

  it('writes each qualifier one way, in tables, tooltips and the methodology alike', () => {
    for (const locale of LOCALES) expect(words(locale).chart.qualifiers).toBe(words(locale).site.qualifiers);
    expect(words('zh').site.qualifiers.at_least).toBe('余、多（多于此数）');
    expect(words('en').site.qualifiers.approximately).toBe('nearly (近)');
  });

  it('cites pages and page ranges one way', () => {
    expect(words('en').site.page(57)).toBe('p. 57');
    expect(words('en').site.page(56, 60)).toBe('pp. 56–60');
    expect(words('zh').site.page(57)).toBe('第57页');
    expect(words('zh').site.page(56, 60)).toBe('第56–60页');
    expect(words('zh').chart.page).toBeTypeOf('function');
    expect(words('en').chart.page(57)).toBe(words('en').site.page(57));
    expect(words('en').chart.unit('people')).toBe('Unit: people');
    expect(words('zh').chart.unit('人')).toBe('单位：人');
  });
});

describe('quoted', () => {
  it('keeps a quote that is itself a quoted name in its own marks, without doubling them', () => {
    expect(words('zh').sources.quoted('第57页', '“陈某荣等人侵犯公民个人信息案”')).toBe(
      '第57页“陈某荣等人侵犯公民个人信息案”',
    );
    expect(words('en').sources.quoted('p. 57', '“陈某荣等人侵犯公民个人信息案”')).toBe(
      'p. 57 “陈某荣等人侵犯公民个人信息案”',
    );
    expect(words('en').sources.quoted('p. 58', '为“陇风-2020”专项行动再添战果')).toBe(
      'p. 58 “为“陇风-2020”专项行动再添战果”',
    );
  });
});
