import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/lib/i18n/locale.ts';
import { ui } from '../../../src/lib/i18n/ui.ts';

/** Every leaf of a strings object as [path, value]; arrays by index. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

describe('ui', () => {
  const [zh, en] = LOCALES.map((l) => leaves(ui(l)));

  it('gives every string in both languages, with the same arguments', () => {
    const shape = (entries: [string, unknown][]) =>
      entries.map(([path, v]) => `${path}:${typeof v}${typeof v === 'function' ? v.length : ''}`);
    expect(shape(en!)).toEqual(shape(zh!));
  });

  it('has no empty string', () => {
    for (const [path, v] of [...zh!, ...en!]) if (typeof v === 'string') expect(v, path).not.toBe('');
  });

  it('writes the English interface in English (Chinese only inside quoted source words)', () => {
    const untranslated = en!.filter(
      ([path, v]) =>
        typeof v === 'string' &&
        !path.includes('shortNames') &&
        CJK.test(v.replace(/\d[\d.]*余?万?[条张]|其中|余|多|近/g, '')),
    );
    expect(untranslated.map(([p]) => p)).toEqual(['switchLanguage']);
  });

  it('writes each qualifier one way, in tables, tooltips and the methodology alike', () => {
    for (const locale of LOCALES) expect(ui(locale).chart.qualifiers).toBe(ui(locale).qualifiers);
    expect(ui('zh').qualifiers.at_least).toBe('余（多于此数）');
    expect(ui('en').qualifiers.approximately).toBe('nearly (近)');
  });

  it('cites pages and page ranges one way', () => {
    expect(ui('en').page(57)).toBe('p. 57');
    expect(ui('en').page(56, 60)).toBe('pp. 56–60');
    expect(ui('zh').page(57)).toBe('第57页');
    expect(ui('zh').page(56, 60)).toBe('第56–60页');
    expect(ui('zh').chart.page).toBeTypeOf('function');
    expect(ui('en').chart.page(57)).toBe(ui('en').page(57));
    expect(ui('en').chart.unit('people')).toBe('Unit: people');
    expect(ui('zh').chart.unit('人')).toBe('单位：人');
  });
});
