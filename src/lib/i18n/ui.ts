import type { Locale } from './locale.ts';

const zh = {
  siteName: '打击治理数据',
  siteTagline: '“断卡”行动与侵犯公民个人信息犯罪的警方统计',
  nav: {
    overview: '概览',
    places: '地区',
    campaigns: '行动与案件',
    metrics: '指标',
    methodology: '方法说明',
    data: '数据下载',
  },
  switchLanguage: 'English',
  switchLanguageLabel: '切换到英文版',
  skip: '跳到正文',
  sourceLine: (pub: string, page: number) => `来源：${pub}，第${page}页`,
  page: (n: number) => `第${n}页`,
  levels: { province: '省级', prefecture: '地级', county: '县级' },
  kinds: { campaign: '全国行动', operation: '专项行动', case: '案件' },
  topics: { 'two-cards': '“两卡”类犯罪', 'personal-information': '侵犯公民个人信息类犯罪' },
  qualifiers: { exact: '确数', at_least: '余（以上）', approximately: '近（约数）' },
  qualifierNote: {
    exact: '',
    at_least: '原文为“余”或“多”：实际数字大于所示数字。',
    approximately: '原文为“近”：约数，接近所示数字。',
  },
  columns: {
    metric: '指标',
    value: '数值',
    qualifier: '限定',
    period: '时间',
    source: '出处',
    quote: '原文',
    note: '说明',
    place: '地区',
    agency: '报告单位',
  },
  noData: '无数据',
  figures: '数据',
  ownFigures: (name: string) => `${name}本级数据`,
  prefectures: '地级市',
  counties: '县（市）',
  levelWarning: '不同层级的数据分别列出，不相加：省级累计数与市、县的单次行动是不同的统计口径。',
  partOf: (id: string) => `其中一部分（属于 ${id}）`,
  locatedIn: (name: string) => `发生地：${name}`,
  campaignsHere: '相关行动与案件',
  placesInvolved: '涉及地区',
  parentCampaign: '上级行动',
  childCampaigns: '下属行动与案件',
  comparable: '可比较：同一指标、同一层级、同一时间口径。',
  notComparable: '以下数据时间口径或层级不同，不能直接比较，故分别列出。',
  headline: '主要数据',
  headlineNote: '这些数据的层级与时间口径各不相同，不能相加，也不宜直接比较。',
  map: {
    title: '各省级行政区数据',
    choose: '选择指标',
    note: '仅显示省级数据；各省截至日期不同，不宜直接比较。',
  },
  coverage: (f: number, p: number, pages: string) =>
    `目前收录 ${f} 个数据，涉及 ${p} 个地区，出自 1 篇报道（${pages}）。`,
  viewPlace: '查看地区',
  download: '下载',
  definition: '定义',
  unit: '单位',
} as const;

type Strings = {
  [K in keyof typeof zh]: (typeof zh)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof zh)[K] extends string
      ? string
      : { [P in keyof (typeof zh)[K]]: string };
};

const en: Strings = {
  siteName: 'Crackdown Data',
  siteTagline: 'Police figures on the card-breaking campaign and personal-information crime',
  nav: {
    overview: 'Overview',
    places: 'Places',
    campaigns: 'Campaigns & cases',
    metrics: 'Metrics',
    methodology: 'Methodology',
    data: 'Data',
  },
  switchLanguage: '中文',
  switchLanguageLabel: 'Switch to Chinese',
  skip: 'Skip to content',
  sourceLine: (pub: string, page: number) => `Source: ${pub}, p. ${page}`,
  page: (n: number) => `p. ${n}`,
  levels: { province: 'Province level', prefecture: 'Prefecture level', county: 'County level' },
  kinds: { campaign: 'National campaign', operation: 'Operation', case: 'Case' },
  topics: {
    'two-cards': 'Trade in bank and phone cards',
    'personal-information': "Citizens' personal information",
  },
  qualifiers: { exact: 'exact', at_least: 'more than', approximately: 'nearly' },
  qualifierNote: {
    exact: '',
    at_least: 'The source says 余 or 多 ("more than"): the true number is larger than shown.',
    approximately: 'The source says 近 ("nearly"): an approximate number.',
  },
  columns: {
    metric: 'Metric',
    value: 'Value',
    qualifier: 'Qualifier',
    period: 'Period',
    source: 'Source',
    quote: 'Quote',
    note: 'Note',
    place: 'Place',
    agency: 'Reported by',
  },
  noData: 'no data',
  figures: 'Figures',
  ownFigures: (name: string) => `${name}: its own figures`,
  prefectures: 'Prefectures',
  counties: 'Counties',
  levelWarning:
    'Figures of different levels are shown apart and never added: a provincial running total and a county operation count different things.',
  partOf: (id: string) => `part of ${id}`,
  locatedIn: (name: string) => `located in ${name}`,
  campaignsHere: 'Campaigns and cases',
  placesInvolved: 'Places',
  parentCampaign: 'Part of',
  childCampaigns: 'Operations and cases',
  comparable: 'Comparable: same metric, same level, same period.',
  notComparable:
    'These figures differ in period or level, so they are not compared; each is shown on its own.',
  headline: 'Headline figures',
  headlineNote: 'These figures differ in level and period: they cannot be added, nor directly compared.',
  map: {
    title: 'Figures by province',
    choose: 'Choose a metric',
    note: 'Province-level figures only; their as-of dates differ, so they are not directly comparable.',
  },
  coverage: (f: number, p: number, pages: string) =>
    `${f} figures for ${p} places, from one report (${pages}).`,
  viewPlace: 'View place',
  download: 'Download',
  definition: 'Definition',
  unit: 'Unit',
};

/** The interface strings of a locale. */
export const ui = (locale: Locale) => (locale === 'zh' ? zh : en) as Strings;
