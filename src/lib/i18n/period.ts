import type { Locale } from './locale.ts';
import { PARTIAL_DATE } from '../data/schema.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A YYYY, YYYY-MM or YYYY-MM-DD date in words: 2020年12月25日 / 25 Dec 2020. */
export function formatDate(date: string, locale: Locale): string {
  const [, y, m, d] = PARTIAL_DATE.exec(date) ?? [];
  if (!y) return date;
  if (locale === 'zh') return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
  return [d ? Number(d) : '', m ? MONTHS[Number(m) - 1] : '', y].filter(Boolean).join(' ');
}

interface Period {
  period_type: 'cumulative' | 'operation';
  period_start: string;
  period_end: string;
  as_of: string;
}

/** What period a figure covers, in words: "as of 25 Dec 2020", "since 10 Oct 2020 (no as-of date given)". */
export function periodLabel(p: Period, locale: Locale): string {
  const zh = locale === 'zh';
  const start = p.period_start && formatDate(p.period_start, locale);
  if (p.period_type === 'cumulative') {
    const asOf = p.as_of && formatDate(p.as_of, locale);
    if (start && asOf) return zh ? `${start}至${asOf}累计` : `${start} to ${asOf}, cumulative`;
    if (asOf) return zh ? `行动开展以来，截至${asOf}` : `since the campaign began, as of ${asOf}`;
    if (start) return zh ? `${start}以来（原文未注明截至日期）` : `since ${start} (no as-of date given)`;
    return zh ? `行动期间累计（原文未注明日期）` : 'during the operation (no dates given)';
  }
  const end = p.period_end && formatDate(p.period_end, locale);
  if (start && end) return start === end ? start : zh ? `${start}至${end}` : `${start} to ${end}`;
  if (start) return zh ? `${start}起` : `from ${start}`;
  if (end) return zh ? `至${end}` : `until ${end}`;
  return zh ? '原文未注明日期' : 'date not given';
}

/** A key that is equal for figures whose periods can be compared. */
export const periodKey = (p: Period) => [p.period_type, p.period_start, p.period_end, p.as_of].join('|');
