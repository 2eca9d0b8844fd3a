/** Words for the new chart forms in both languages, as src/lib/i18n would provide them. */
import { qualifierWords, valueInWords } from '../../../src/lib/charts/format.ts';
import type { PartWholeWords } from '../../../src/lib/charts/part-whole.ts';
import type { RankedWords } from '../../../src/lib/charts/ranked-bar.ts';
import type { StatWords } from '../../../src/lib/charts/stat.ts';
import type { TimelineWords } from '../../../src/lib/charts/timeline.ts';
import type { Locale } from '../../../src/lib/charts/types.ts';
import { formatDate } from '../../../src/lib/i18n/period.ts';

export function rankedWords(locale: Locale): RankedWords {
  const en = locale === 'en';
  return {
    more: (n) => (en ? `and ${n} more in the table` : `另有${n}项见数据表`),
    mark: '*',
    alt: ({ title, subtitle, unit, bars, highlighted, more }) =>
      en
        ? `Bar chart: ${title}, ${subtitle}. ${bars.length} bars, largest first: ${bars.join('; ')}${more ? `; and ${more} more` : ''}.` +
          `${highlighted ? ` ${highlighted} is highlighted.` : ''} Unit: ${unit}.`
        : `条形图：${title}，${subtitle}。共${bars.length}项，从大到小：${bars.join('；')}${more ? `；另有${more}项` : ''}。` +
          `${highlighted ? `突出显示${highlighted}。` : ''}单位：${unit}。`,
    bar: (label, value, period) => (period ? `${label} ${value} (${period})` : `${label} ${value}`),
    valueInWords: (d) => valueInWords(d.value, d.qualifier, locale),
  };
}

export function partWholeWords(locale: Locale): PartWholeWords {
  const en = locale === 'en';
  return {
    of: (part, whole) => (en ? `${part} of ${whole}` : `${whole}中的${part}`),
    withUnit: (value, unit) => (en ? `${value} ${unit}` : `${value}${unit}`),
    alt: ({ whole, parts }) =>
      en
        ? `Part-to-whole chart: ${whole}; of which ${parts.join('; ')}.`
        : `部分与整体图：${whole}；其中${parts.join('；')}。`,
    item: (label, value) => (en ? `${label}: ${value}` : `${label}：${value}`),
  };
}

export function statWords(locale: Locale): StatWords {
  return {
    quote: locale === 'en' ? 'Source text' : '原文',
    qualifier: (q) => qualifierWords(q, locale),
  };
}

export function timelineWords(locale: Locale): TimelineWords {
  const en = locale === 'en';
  return {
    months: en
      ? ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
      : ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    year: (y) => (en ? `${y}` : `${y}年`),
    legend: en
      ? {
          running: 'running',
          uncertain: 'date known to the month or year',
          open: 'no set end',
          asOf: 'figures as of',
        }
      : { running: '进行中', uncertain: '日期仅知月份或年份', open: '不设期限', asOf: '数据截至' },
    alt: (rows) => (en ? `Timeline: ${rows.join('; ')}.` : `时间线：${rows.join('；')}。`),
    row: (r) => {
      const d = (date: string) => formatDate(date, locale);
      return en
        ? `${r.label}, ${r.start ? d(r.start) : 'start not given'} to ${r.end ? d(r.end) : 'no set end'}${r.asOf.length ? `, figures as of ${r.asOf.map(d).join(', ')}` : ''}`
        : `${r.label}，${r.start ? d(r.start) : '开始日期不详'}至${r.end ? d(r.end) : '不设期限'}${r.asOf.length ? `，数据截至${r.asOf.map(d).join('、')}` : ''}`;
    },
  };
}
