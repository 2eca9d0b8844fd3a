import { formatLocale } from 'd3-format';
import type { Qualifier } from '../data/schema.ts';
import type { Locale } from './locale.ts';

const EN = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['', ''] }).format(',.6~f');
// Chinese statistical and police reports print digits without separators (2289人) and write
// large round numbers with 万 / 亿 (7500余万元, 4.9万张).
const ZH = formatLocale({ decimal: '.', thousands: '', grouping: [3], currency: ['', ''] }).format('.6~f');
const ZH_DECIMALS = formatLocale({ decimal: '.', thousands: '', grouping: [3], currency: ['', ''] }).format(
  '.2~f',
);

interface ZhParts {
  digits: string;
  /** '' | '万' | '亿' */
  big: string;
}

/** Splits a number into Chinese digits and magnitude, keeping the value exactly recoverable. */
function zhParts(value: number): ZhParts {
  const abs = Math.abs(value);
  if (Number.isInteger(value) && abs >= 1e8 && abs % 1e6 === 0)
    return { digits: ZH_DECIMALS(value / 1e8), big: '亿' };
  if (Number.isInteger(value) && abs >= 1e5 && abs % 100 === 0)
    return { digits: ZH_DECIMALS(value / 1e4), big: '万' };
  return { digits: ZH(value), big: '' };
}

/** Formats a number exactly: en `2,289`, zh `2289` / `7500万` (万 only when exact). */
export function formatNumber(value: number, locale: Locale): string {
  if (locale === 'en') return EN(value);
  const { digits, big } = zhParts(value);
  return digits + big;
}

/**
 * Formats a value with its qualifier mark: en `2,000+` / `~200` / `≈49,000`, zh `2000余` / `7500余万` /
 * `近200` / `≈4.9万`. In Chinese 余 stands where the source puts it when the quote is given: 42万余
 * (420,000 and a little more) and 42余万 (more than 420,000, up to 490,000) are different statements.
 */
export function formatValue(value: number, qualifier: Qualifier, locale: Locale, quote?: string): string {
  if (locale === 'en') {
    const n = EN(value);
    if (qualifier === 'rounded') return `≈${n}`;
    return qualifier === 'at_least' ? `${n}+` : qualifier === 'approximately' ? `~${n}` : n;
  }
  // A rounded count is written as the source writes it: 4.9万, not 49000.
  if (qualifier === 'rounded' && value >= 1e4 && value % 100 === 0) return `≈${ZH_DECIMALS(value / 1e4)}万`;
  const { digits, big } = zhParts(value);
  if (qualifier === 'approximately') return `近${digits}${big}`;
  // ≈, not 约: the source writes no 约 before a rounded number, and 约 is a word sources use for "about".
  if (qualifier === 'rounded') return `≈${digits}${big}`;
  if (qualifier === 'exact') return digits + big;
  // 7500余万 for whole counts of 万, 4.9万余 otherwise, 2000余 without a magnitude; the quote's own
  // order wins (53万余元, 100万余条).
  if (big && quote && quoteSays(quote, `${digits}${big}余`)) return `${digits}${big}余`;
  return big && !digits.includes('.') ? `${digits}余${big}` : `${digits}${big}余`;
}

/** True when `phrase` stands in the quote as a whole number (42万余 in 缴获42万余条, not in 142万余). */
function quoteSays(quote: string, phrase: string): boolean {
  const at = quote.indexOf(phrase);
  return at >= 0 && !/[0-9.]/.test(quote[at - 1] ?? '');
}

/** A value as a reader would say it: en `more than 2,000`, zh `2000余` (for text alternatives). */
export function valueInWords(value: number, qualifier: Qualifier, locale: Locale, quote?: string): string {
  if (locale === 'zh') return formatValue(value, qualifier, locale, quote);
  const n = EN(value);
  if (qualifier === 'rounded') return `about ${n}`;
  return qualifier === 'at_least' ? `more than ${n}` : qualifier === 'approximately' ? `nearly ${n}` : n;
}
