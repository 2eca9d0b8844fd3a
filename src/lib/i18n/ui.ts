import type { ChartWords } from '../charts/types.ts';
import type { Locale } from './locale.ts';
import { formatNumber, formatValue, valueInWords } from './numbers.ts';
import { TILE_SHORT_NAMES } from './tile-names.ts';

const zhPages = (first: number, last = first) => (first === last ? `第${first}页` : `第${first}–${last}页`);
const enPages = (first: number, last = first) => (first === last ? `p. ${first}` : `pp. ${first}–${last}`);
const shortNames = (locale: Locale) =>
  Object.fromEntries(Object.entries(TILE_SHORT_NAMES).map(([id, names]) => [id, names[locale]]));

const zhQualifiers = { exact: '确数', at_least: '余（多于此数）', approximately: '近（接近此数）' };

const zhChart: ChartWords = {
  value: (v, q) => formatValue(v, q, 'zh'),
  valueInWords: (v, q) => valueInWords(v, q, 'zh'),
  number: (v) => formatNumber(v, 'zh'),
  qualifiers: zhQualifiers,
  page: (n) => zhPages(n),
  unit: (label) => `单位：${label}`,
  dataTable: '数据表',
  columns: {
    item: '项目',
    value: (unit) => `数值（${unit}）`,
    qualifier: '限定',
    period: '时间',
    page: '页码',
    quote: '原文',
  },
  hatchNote: (parts) => `斜线条形为非确数：${parts.join('，')}。`,
  hatchAtLeast: '“余”表示多于此数',
  hatchApproximately: '“近”表示接近此数',
  tileMap: {
    noData: '无数据',
    shortNames: shortNames('zh'),
    item: (name, value) => `${name}${value}`,
    description: (legend, items, rest) =>
      `中国34个省级行政区方块地图，每个方块代表一个省级行政区。${legend}：${items.join('；') || '无'}。其余${rest}个无数据。`,
  },
};

const enChart: ChartWords = {
  value: (v, q) => formatValue(v, q, 'en'),
  valueInWords: (v, q) => valueInWords(v, q, 'en'),
  number: (v) => formatNumber(v, 'en'),
  qualifiers: { exact: 'exact', at_least: 'more than (余)', approximately: 'nearly (近)' },
  page: (n) => enPages(n),
  unit: (label) => `Unit: ${label}`,
  dataTable: 'Data table',
  columns: {
    item: 'Item',
    value: (unit) => `Value (${unit})`,
    qualifier: 'Qualifier',
    period: 'Period',
    page: 'Page',
    quote: 'Source text',
  },
  hatchNote: (parts) => `Hatched bars are not exact counts: ${parts.join(', ')}.`,
  hatchAtLeast: '+ means “more than” (余)',
  hatchApproximately: '~ means “nearly” (近)',
  tileMap: {
    noData: 'no data',
    shortNames: shortNames('en'),
    item: (name, value) => `${name} ${value}`,
    description: (legend, items, rest) =>
      `Tile map of China's 34 provincial-level units, one square each. ${legend}: ${items.join('; ') || 'none'}. No data for ${rest === 0 ? 'none' : `the other ${rest}`}.`,
  },
};

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
  mainNav: '主导航',
  footer: '数据出自公开报道，逐条注明页码与原文。',
  switchLanguage: 'English',
  switchLanguageLabel: '切换到英文版',
  skip: '跳到正文',
  /** A page reference, or a page range: `第57页`, `第57–59页`. */
  page: zhPages,
  publication: (title: string) => `《${title}》`,
  sourceLine: (publication: string, pages: string) => `来源：${publication}，${pages}`,
  sentenceEnd: '。',
  listSeparator: '；',
  and: '、',
  dateRange: (from: string, to: string) => `${from}至${to}`,
  titleOf: (place: string, metric: string) => `${place}：${metric}`,
  ofWhich: (label: string) => `${label}（其中）`,
  partsNote: '部分数据是另一数据的一部分（其中），不可相加。',
  figureCount: (n: number) => `${n} 个数据`,
  caseCount: (n: number) => `${n} 个案件`,
  provinceFigureCount: (n: number) => `${n} 个省级数据`,
  allFiguresWithQuotes: (n: number) => `全部${n}个数据及原文`,
  levels: { province: '省级', prefecture: '地级', county: '县级' },
  kinds: { campaign: '全国行动', operation: '专项行动', case: '案件' },
  topics: { 'two-cards': '“两卡”类犯罪', 'personal-information': '侵犯公民个人信息类犯罪' },
  qualifiers: zhQualifiers,
  qualifierNote: {
    at_least: '原文为“余”或“多”：实际数字大于所示数字。',
    approximately: '原文为“近”：约数，接近所示数字。',
  },
  columns: {
    metric: '指标',
    value: '数值',
    period: '时间',
    source: '出处',
    quote: '原文',
    note: '说明',
    place: '地区',
    kind: '类型',
  },
  figures: '数据',
  ownFigures: (name: string) => `${name}本级数据`,
  prefectures: '地级市',
  counties: '县（市）',
  placesWithin: '下辖地区',
  placesLead: '有数据的省份及其下辖市、县。各层级数据分别统计。',
  levelWarning: '不同层级的数据分别列出，不相加：省级累计数与市、县的单次行动是不同的统计口径。',
  partOf: (id: string) => `其中一部分（属于 ${id}）`,
  locatedIn: (name: string) => `发生地：${name}`,
  campaignsHere: '相关行动与案件',
  placesInvolved: '涉及地区',
  childCampaigns: '下属行动与案件',
  campaignsLead: '全国行动和专项行动，附所在地区及其下案件数、数据数；各案件列在所属行动的页面上。',
  standaloneCases: '未归入行动的案件',
  comparable: '可比较：同一指标、同一层级、同一时间口径。',
  notComparable: '以下数据时间口径或层级不同，不能直接比较，故分别列出。',
  comparableFigures: '可比较的数据',
  apartFigures: '分别列出的数据',
  allFigures: '全部数据',
  headline: '主要数据',
  headlineNote: '这些数据的层级与时间口径各不相同，不能相加，也不宜直接比较。',
  map: {
    title: '各省级行政区数据',
    choose: '选择指标',
    note: '仅显示省级数据；各省截至日期不同，不宜直接比较。',
  },
  coverage: (f: number, p: number, pages: string) =>
    `目前收录 ${f} 个数据，涉及 ${p} 个地区，出自 1 篇报道（${pages}）。`,
  download: '下载',
  definition: '定义',
  unit: '单位',
  discrepancies: '原文中的不一致',
  methodology: {
    source: '来源',
    citation: (section: string, pages: string, year: string) => `“${section}”栏目，${pages}，${year}年事件。`,
    rulesHeading: '整理规则',
    rules: [
      '数据归于正文所称的单位和地区；标题与正文不一致时以正文为准，并在下方列出。',
      '数值一律换算为基本单位：“1500余万条”记为15000000条，“4.9万张”记为49000张。',
      '“余”“多”记为“以上”（实际数字大于所示数字），图表中标为“2000余”；“近”记为约数，标为“近200”。',
      '每个数据都记录时间口径：累计数注明起始日期或截至日期，单次行动注明行动日期。时间口径不同的数据不作比较。',
      '省级累计数据与市、县的单次行动属于不同层级，分别列出，从不相加。“其中”的部分数据也不与总数相加。',
      '每个数据都附有原文短语与页码，可逐条核对。',
    ],
    qualifiers: '限定词',
    levels: '层级',
    levelsText: '省级（省、自治区、直辖市）、地级（地级市）、县级（县、县级市）。',
  },
  dataPage: {
    lead: '全部数据均可下载。CSV为UTF-8编码（带BOM），可直接用Excel打开；数值为基本单位的整数，“余”“近”等限定词单列在qualifier列（exact 确数、at_least 余/多、approximately 近）。',
    table: '数据表',
    contents: '内容',
    rows: '行数',
    dates:
      '日期为ISO格式（2020、2020-12或2020-12-25，精确到原文给出的程度）。as_of为累计数的截至日期，period_start/period_end为起止日期。不同层级、不同时间口径的数据不可相加。',
  },
  notFound: {
    title: '找不到页面',
    /** The sentence around the three links (overview, places, data): text before, between and after. */
    text: ['此地址没有页面。请从', '、', '或', '开始。'],
    links: ['概览', '地区', '数据下载'],
  },
  chart: zhChart,
};

/** `T` with every literal type widened, so each language must give every key but may word it freely. */
type Widen<T> = T extends (...args: infer A) => infer R
  ? (...args: A) => R
  : T extends string
    ? string
    : T extends readonly (infer E)[]
      ? Widen<E>[]
      : { [K in keyof T]: Widen<T[K]> };

export type Strings = Widen<typeof zh>;

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
  mainNav: 'Main',
  footer: 'Every figure is traced to its page and sentence in the published source.',
  switchLanguage: '中文',
  switchLanguageLabel: 'Switch to Chinese',
  skip: 'Skip to content',
  page: enPages,
  publication: (title: string) => `“${title}”`,
  sourceLine: (publication: string, pages: string) => `Source: ${publication}, ${pages}`,
  sentenceEnd: '. ',
  listSeparator: '; ',
  and: ' and ',
  dateRange: (from: string, to: string) => `${from} to ${to}`,
  titleOf: (place: string, metric: string) => `${place}: ${metric}`,
  ofWhich: (label: string) => `${label} (of which)`,
  partsNote: 'Some bars are parts of another (其中): do not add them.',
  figureCount: (n: number) => (n === 1 ? '1 figure' : `${n} figures`),
  caseCount: (n: number) => (n === 1 ? '1 case' : `${n} cases`),
  provinceFigureCount: (n: number) => `${n} province-level figures`,
  allFiguresWithQuotes: (n: number) => `All ${n} figures with their quotes`,
  levels: { province: 'Province level', prefecture: 'Prefecture level', county: 'County level' },
  kinds: { campaign: 'National campaign', operation: 'Operation', case: 'Case' },
  topics: {
    'two-cards': 'Trade in bank and phone cards',
    'personal-information': "Citizens' personal information",
  },
  qualifiers: enChart.qualifiers,
  qualifierNote: {
    at_least: 'The source says 余 or 多 ("more than"): the true number is larger than shown.',
    approximately: 'The source says 近 ("nearly"): an approximate number.',
  },
  columns: {
    metric: 'Metric',
    value: 'Value',
    period: 'Period',
    source: 'Source',
    quote: 'Quote',
    note: 'Note',
    place: 'Place',
    kind: 'Kind',
  },
  figures: 'Figures',
  ownFigures: (name: string) => `${name}: its own figures`,
  prefectures: 'Prefectures',
  counties: 'Counties',
  placesWithin: 'Places within',
  placesLead:
    'Provinces with figures, and the cities and counties within them. Each level is counted on its own.',
  levelWarning:
    'Figures of different levels are shown apart and never added: a provincial running total and a county operation count different things.',
  partOf: (id: string) => `part of ${id}`,
  locatedIn: (name: string) => `located in ${name}`,
  campaignsHere: 'Campaigns and cases',
  placesInvolved: 'Places',
  childCampaigns: 'Operations and cases',
  campaignsLead:
    "National campaigns and operations, with their place and how many cases and figures each holds; each one's page lists its cases.",
  standaloneCases: 'Cases outside any campaign',
  comparable: 'Comparable: same metric, same level, same period.',
  notComparable:
    'These figures differ in period or level, so they are not compared; each is shown on its own.',
  comparableFigures: 'Comparable figures',
  apartFigures: 'Figures shown apart',
  allFigures: 'All figures',
  headline: 'Headline figures',
  headlineNote: 'These figures differ in level and period: they cannot be added, nor directly compared.',
  map: {
    title: 'Figures by province',
    choose: 'Choose a metric',
    note: 'Province-level figures only; their as-of dates differ, so they are not directly comparable.',
  },
  coverage: (f: number, p: number, pages: string) =>
    `${f} figures for ${p} places, from one report (${pages}).`,
  download: 'Download',
  definition: 'Definition',
  unit: 'Unit',
  discrepancies: 'Discrepancies in the source',
  methodology: {
    source: 'Source',
    citation: (section: string, pages: string, year: string) =>
      ` section “${section}”, ${pages}, events of ${year}.`,
    rulesHeading: 'Curation rules',
    rules: [
      'A figure belongs to the agency and place the body text names; where a heading disagrees with its body, the body wins and the discrepancy is listed below.',
      'Values are kept in base units: 1500余万条 is 15,000,000 records; 4.9万张 is 49,000 cards.',
      '余 and 多 mean “more than”: the figure is a lower bound, shown as 2,000+. 近 means “nearly”: an approximation, shown as ~200.',
      'Every figure keeps its period: a running total has its start or as-of date, an operation its dates. Figures over different periods are not compared.',
      'A provincial total and a county operation are different levels: they are shown apart and never added. Parts (其中) are never added to their whole.',
      'Every figure carries the short phrase of the source that states it, with its page.',
    ],
    qualifiers: 'Qualifiers',
    levels: 'Levels',
    levelsText:
      'Province level (provinces, autonomous regions, municipalities), prefecture level (prefecture-level cities), county level (counties, county-level cities).',
  },
  dataPage: {
    lead: 'All the data can be downloaded. CSV files are UTF-8 with a byte-order mark, so Excel opens them correctly. Values are whole numbers in base units; the 余 (more than) and 近 (nearly) qualifiers have their own column, qualifier: exact, at_least or approximately.',
    table: 'Table',
    contents: 'Contents',
    rows: 'Rows',
    dates:
      'Dates are ISO 8601 at the precision the source gives (2020, 2020-12 or 2020-12-25). as_of is the date a running total is counted up to; period_start and period_end bound an operation. Figures of different levels or periods must not be added.',
  },
  notFound: {
    title: 'Page not found',
    text: ['There is no page at this address. Start from the ', ', the ', ' or the ', '.'],
    links: ['overview', 'places', 'data'],
  },
  chart: enChart,
};

const STRINGS: Record<Locale, Strings> = { zh, en };

/** The interface strings of a locale. */
export const ui = (locale: Locale): Strings => STRINGS[locale];
