/** Words of the chart forms: ranked bars, parts of a whole, stat blocks, timelines, and their sections. */
import type { StatWords } from '../../charts/stat.ts';
import type { TimelineWords } from '../../charts/timeline.ts';
import type { FormWords } from '../../charts/types.ts';
import type { Locale } from '../locale.ts';
import { formatValue, valueInWords } from '../numbers.ts';
import { formatDate } from '../period.ts';
import { ui } from '../ui.ts';

const zhQualifier = { exact: '确数', at_least: '余（多于此数）', approximately: '近（接近此数）' };
const enQualifier = { exact: 'exact', at_least: 'more than (余)', approximately: 'nearly (近)' };
const zhDate = (d: string) => formatDate(d, 'zh');
const enDate = (d: string) => formatDate(d, 'en');

const zh = {
  form: {
    ranked: {
      more: (n: number) => `另有${n}项见数据表`,
      mark: '*',
      alt: ({ title, subtitle, unit, bars, highlighted, more }) =>
        `条形图：${title}，${subtitle}。共${bars.length}项，从大到小：${bars.join('；')}${more ? `；另有${more}项` : ''}。` +
        `${highlighted ? `突出显示${highlighted}。` : ''}单位：${unit}。`,
      bar: (label, value, period) => (period ? `${label} ${value}（${period}）` : `${label} ${value}`),
      valueInWords: (d) => valueInWords(d.value, d.qualifier, 'zh'),
    },
    partWhole: {
      value: (v, q) => formatValue(v, q, 'zh'),
      of: (part, whole) => `${whole}中的${part}`,
      withUnit: (value, unit) => `${value}${unit}`,
      alt: ({ whole, parts }) => `部分与整体图：${whole}；其中${parts.join('；')}。`,
      item: (label, value) => `${label}：${value}`,
    },
    downloadCsv: '下载CSV',
    share: '嵌入·图片·引用',
  } satisfies FormWords as FormWords,
  stat: {
    value: (v, q) => formatValue(v, q, 'zh'),
    quote: '原文',
    qualifier: (q) => zhQualifier[q],
    page: (n) => ui('zh').chart.page(n),
    csv: 'CSV',
    share: '嵌入·图片',
    unitGap: '',
  } satisfies StatWords as StatWords,
  timeline: {
    months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    year: (y) => `${y}年`,
    legend: { running: '进行中', uncertain: '日期仅知月份或年份', open: '不设期限', asOf: '数据截至' },
    alt: (rows) => `时间线：${rows.join('；')}。`,
    row: (r) =>
      `${r.label}，${r.start ? zhDate(r.start) : '开始日期不详'}至${r.end ? zhDate(r.end) : '不设期限'}${r.asOf.length ? `，数据截至${r.asOf.map(zhDate).join('、')}` : ''}`,
  } satisfies TimelineWords as TimelineWords,
  /** Subtitle of a ranked chart when its bars' periods differ (each bar shows its own). */
  periodsDiffer: '*各项时间口径不同，见各条',
  timelineTitle: '时间线',
  timelineNote: '行动与案件的起止日期及数据截至日期，取自原文。',
  inContext: '与其他地区比较',
  inContextNote: '同一指标、同一级别的各地数据；本地区突出显示。',
  compared: '各地比较',
  comparedNote: '同一指标、同一级别，从大到小；级别不同的地区从不画在一起。',
  headlineStats: '主要数据',
  comparison: (metric: string) => `${metric}：各省比较`,
  tableMore: (shown: number, total: number) => `表中显示${total}项中的${shown}项；全部数据见CSV下载。`,
  tableCsv: '下载本表全部数据（CSV）',
  moreLinks: (n: number) => `另有${n}项，见索引`,
  moreCampaignLinks: (n: number) => `另有${n}项，见索引或所属行动的页面`,
  moreSections: (n: number) => `另有${n}组数据未在本页列出，全部数据见CSV。`,
  allCsv: '下载本页全部数据（CSV）',
  moreTimeline: (n: number) => `时间线仅显示前若干项，另有${n}项行动与案件。`,
  undatedTimeline: (names: string) => `原文未给出日期、故未画出：${names}。`,
};

export type ChartFormWords = typeof zh;

const en: ChartFormWords = {
  form: {
    ranked: {
      more: (n) => `and ${n} more in the table`,
      mark: '*',
      alt: ({ title, subtitle, unit, bars, highlighted, more }) =>
        `Bar chart: ${title}, ${subtitle}. ${bars.length} bars, largest first: ${bars.join('; ')}${more ? `; and ${more} more` : ''}.` +
        `${highlighted ? ` ${highlighted} is highlighted.` : ''} Unit: ${unit}.`,
      bar: (label, value, period) => (period ? `${label} ${value} (${period})` : `${label} ${value}`),
      valueInWords: (d) => valueInWords(d.value, d.qualifier, 'en'),
    },
    partWhole: {
      value: (v, q) => formatValue(v, q, 'en'),
      of: (part, whole) => `${part} of ${whole}`,
      withUnit: (value, unit) => `${value} ${unit}`,
      alt: ({ whole, parts }) => `Part-to-whole chart: ${whole}; of which ${parts.join('; ')}.`,
      item: (label, value) => `${label}: ${value}`,
    },
    downloadCsv: 'Download CSV',
    share: 'Embed · images · cite',
  },
  stat: {
    value: (v, q) => formatValue(v, q, 'en'),
    quote: 'Source text',
    qualifier: (q) => enQualifier[q],
    page: (n) => ui('en').chart.page(n),
    csv: 'CSV',
    share: 'Embed · images',
    unitGap: ' ',
  },
  timeline: {
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    year: (y) => `${y}`,
    legend: {
      running: 'running',
      uncertain: 'date known to the month or year',
      open: 'no set end',
      asOf: 'figures as of',
    },
    alt: (rows) => `Timeline: ${rows.join('; ')}.`,
    row: (r) =>
      `${r.label}, ${r.start ? enDate(r.start) : 'start not given'} to ${r.end ? enDate(r.end) : 'no set end'}${r.asOf.length ? `, figures as of ${r.asOf.map(enDate).join(', ')}` : ''}`,
  },
  periodsDiffer: '*periods differ: see each bar',
  timelineTitle: 'Timeline',
  timelineNote:
    'Start and end dates of the operations and cases, and the as-of dates of their figures, from the source.',
  inContext: 'Compared with other places',
  inContextNote: 'The same metric at the same level in each place; this place is highlighted.',
  compared: 'Places compared',
  comparedNote:
    'One metric at one level, largest first; places of different levels are never drawn together.',
  headlineStats: 'Headline figures',
  comparison: (metric) => `${metric}: provinces compared`,
  tableMore: (shown, total) =>
    `The table shows ${shown} of ${total} rows; all of them are in the CSV download.`,
  tableCsv: 'Download every row of this table (CSV)',
  moreLinks: (n) => `and ${n} more in the index`,
  moreCampaignLinks: (n) => `and ${n} more, in the index or on their campaign's page`,
  moreSections: (n) => `${n} more groups of figures are not listed on this page; all of them are in the CSV.`,
  allCsv: 'Download every figure of this page (CSV)',
  moreTimeline: (n) => `The timeline shows the first operations and cases only; ${n} more are not drawn.`,
  undatedTimeline: (names) => `Not drawn, as the source gives no dates: ${names}.`,
};

export const chartFormWords = (locale: Locale): ChartFormWords => (locale === 'zh' ? zh : en);
