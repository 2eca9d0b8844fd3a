import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue, valueInWords } from '../../../src/lib/i18n/numbers.ts';

describe('formatNumber', () => {
  it('groups thousands in English and never abbreviates', () => {
    expect(formatNumber(2289, 'en')).toBe('2,289');
    expect(formatNumber(75_000_000, 'en')).toBe('75,000,000');
    expect(formatNumber(963, 'en')).toBe('963');
    expect(formatNumber(4.5, 'en')).toBe('4.5');
  });
  it('prints Chinese numbers without separators, with 万/亿 only when exact', () => {
    expect(formatNumber(2289, 'zh')).toBe('2289');
    expect(formatNumber(49_000, 'zh')).toBe('49000');
    expect(formatNumber(75_000_000, 'zh')).toBe('7500万');
    expect(formatNumber(1_200_000, 'zh')).toBe('120万');
    expect(formatNumber(123_456, 'zh')).toBe('123456');
    expect(formatNumber(123_400, 'zh')).toBe('12.34万');
    expect(formatNumber(300_000_000, 'zh')).toBe('3亿');
    expect(formatNumber(0, 'zh')).toBe('0');
  });
});

describe('formatValue', () => {
  it('marks qualifiers in English', () => {
    expect(formatValue(2000, 'at_least', 'en')).toBe('2,000+');
    expect(formatValue(200, 'approximately', 'en')).toBe('~200');
    expect(formatValue(2289, 'exact', 'en')).toBe('2,289');
    expect(formatValue(75_000_000, 'at_least', 'en')).toBe('75,000,000+');
  });
  it('marks qualifiers in Chinese the way the sources write them', () => {
    expect(formatValue(2000, 'at_least', 'zh')).toBe('2000余');
    expect(formatValue(200, 'approximately', 'zh')).toBe('近200');
    expect(formatValue(75_000_000, 'at_least', 'zh')).toBe('7500余万');
    expect(formatValue(530_000, 'at_least', 'zh')).toBe('53余万');
    expect(formatValue(125_000, 'at_least', 'zh')).toBe('12.5万余');
    expect(formatValue(2289, 'exact', 'zh')).toBe('2289');
  });
  it('puts 余 where the quote puts it: 42万余 and 42余万 are different statements', () => {
    expect(formatValue(420_000, 'at_least', 'zh', '缴获公民个人信息42万余条')).toBe('42万余');
    expect(formatValue(1_000_000, 'at_least', 'zh', '该名单上有100万余条公民资料信息')).toBe('100万余');
    expect(formatValue(75_000_000, 'at_least', 'zh', '涉案金额7500余万元')).toBe('7500余万');
    // 20万余 inside 120万余 is not the quote's number.
    expect(formatValue(200_000, 'at_least', 'zh', '120万余元')).toBe('20余万');
    expect(valueInWords(530_000, 'at_least', 'zh', '扣押涉案资金53万余元')).toBe('53万余');
    expect(formatValue(530_000, 'at_least', 'en', '扣押涉案资金53万余元')).toBe('530,000+');
  });
});

describe('words', () => {
  it('says values in words', () => {
    expect(valueInWords(2000, 'at_least', 'en')).toBe('more than 2,000');
    expect(valueInWords(200, 'approximately', 'en')).toBe('nearly 200');
    expect(valueInWords(2000, 'at_least', 'zh')).toBe('2000余');
  });
});
