import type { Locale } from './locale.ts';
import { PARTIAL_DATE, type PeriodType } from '../data/schema.ts';
import { words } from './words.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A YYYY, YYYY-MM or YYYY-MM-DD date in words: 2020年12月25日 / 25 Dec 2020. */
export function formatDate(date: string, locale: Locale): string {
  const [, y, m, d] = PARTIAL_DATE.exec(date) ?? [];
  if (!y) return date;
  if (locale === 'zh') return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
  return [d ? Number(d) : '', m ? MONTHS[Number(m) - 1] : '', y].filter(Boolean).join(' ');
}

interface Period {
  period_type: PeriodType;
  period_start: string;
  period_end: string;
  as_of: string;
  reported: string;
}

/** What period a figure covers, in words: "as of 25 Dec 2020", "since the campaign began, reported 25 Dec 2020". */
export function periodLabel(p: Period, locale: Locale): string {
  const w = words(locale).periods;
  const start = p.period_start && formatDate(p.period_start, locale);
  const reported = p.reported ? w.reported(formatDate(p.reported, locale)) : '';
  if (p.period_type === 'operation') {
    const end = p.period_end && formatDate(p.period_end, locale);
    if (start && end) return (start === end ? start : w.operation.range(start, end)) + reported;
    if (start) return w.operation.from(start) + reported;
    if (end) return w.operation.until(end) + reported;
    return reported ? w.operation.unknown + reported : w.operation.undated;
  }
  const asOf = p.as_of && formatDate(p.as_of, locale);
  if (p.period_type === 'since-launch') {
    if (asOf) return w.sinceLaunch.asOf(asOf) + reported;
    return reported ? w.sinceLaunch.plain + reported : w.sinceLaunch.undated;
  }
  if (start && asOf) return w.cumulative.range(start, asOf) + reported;
  if (asOf) return w.cumulative.asOf(asOf) + reported;
  if (start) return w.cumulative.since(start) + (reported || w.noEnd);
  return reported ? w.cumulative.total + reported : w.cumulative.undated;
}

/** A key that is equal for figures whose periods can be compared. */
export const periodKey = (p: Period) =>
  [p.period_type, p.period_start, p.period_end, p.as_of, p.reported].join('|');
