// Words of the provenance display (where each fact comes from) and of the figure pages, citations,
// licence and downloads.
import type { Basis } from '../../data/schema.ts';
import type { Locale } from '../locale.ts';

const zh = {
  /** A fact's basis, as a short label. */
  basis: {
    source: '原文',
    inferred: '推断',
    background: '背景知识',
    standard: '国家标准',
    counted: '据原文所列姓名计数',
  } as Record<Basis, string>,
  /** What each basis means, for the methodology page. */
  basisMeaning: {
    source: '原文明确给出，附页码与简短原文。',
    inferred: '原文未明言，由上下文推断，附理由。',
    background: '原文未给出，取自背景知识（如术语表），附理由。',
    standard: '取自国家标准（如GB/T 2260），而非原文。',
    counted: '原文未给出数字，只列出姓名，据此计数，附理由。',
  } as Record<Basis, string>,
  facts: { start: '开始', end: '结束', parent: '所属' } as Record<string, string>,
  quoted: (page: string, quote: string) => `${page}“${quote}”`,
  /** `label: reason` of an inferred, background or counted fact. */
  because: (label: string, reason: string) => `${label}：${reason}`,
  /** A fact's origin after its value, in brackets. */
  origin: (text: string) => `（${text}）`,
  methodology: {
    placesHeading: '地区',
    places: '各地区的上级行政区及六位代码取自国家标准GB/T 2260《中华人民共和国行政区划代码》，而非原文。',
    basesHeading: '每项事实的出处',
    basesLead:
      '不仅是数字：行动的起止日期和所属关系也是事实，各自注明出处（provenance表）。出处分为以下几类：',
    mayOverlap: '“可能重叠”（may-overlap）：两组数字可能包含同一批人或物，不可相加。',
    correctionsHeading: '审核更正',
    corrections: [
      '大庆“4.03”专案部分数字的时期从2020年2月专案组成立时起算，而非5月5日集中收网（第56页）。',
      '“重庆渝中”为重庆市渝中区，并非甘肃榆中县；“8市”原文只列出7个，已注明（第56页）。',
      '榆中县“在我市部分区县”开卡的数字，所在地填为兰州市（第58页）。',
      '“2020.3.15”案为购买（而非出售）车辆档案信息（第57页）。',
      '大庆181人与黑龙江91人可能重叠：注明“不可相加”，而非“互不相同”。',
    ],
  },
  figurePage: {
    crumb: '数据',
    qualifier: '限定',
    unit: '单位',
    period: '时间',
    place: '地区',
    locatedIn: '对象所在地',
    campaign: '行动',
    agency: '报告机构',
    metric: '指标',
    definition: '定义',
    quote: '原文',
    page: '页码',
    partOf: '所属数字',
    counted: '计数依据',
    discrepancies: '涉及此数字的原文不一致',
    appearsIn: '出现在',
    note: '说明',
  },
  cite: {
    heading: '引用',
    summary: '引用本页',
    plain: '文本',
    accessNote: '访问日期为本站生成日期。',
    link: '如何引用',
    chart: '引用',
  },
  license: {
    line: '数据采用 CC BY 4.0 许可；代码采用 MIT 许可；原文著作权归出版者所有，仅引用简短原文。',
    link: 'CC BY 4.0',
  },
  dataPage: {
    version: (v: string) => `数据版本：${v}`,
    downloadsHeading: '全部下载',
    file: '文件',
    format: '格式',
    size: '大小',
    excelCsv: 'CSV（Excel安全）',
    plainCsv: 'CSV（原样）',
    json: 'JSON',
    csvNote:
      "Excel安全CSV带BOM，形似公式的单元格（以=、+、-、@开头）前加 ' 以免被执行；原样CSV（plain/）与JSON保留原文不变，适合程序读取。",
    files: {
      zip: '全部文件打包（含README与SHA256SUMS）',
      db: 'SQLite数据库（含主键、外键与figures_explained视图）',
      datapackage: 'Frictionless数据包描述（datapackage.json）',
      sums: 'SHA256校验和',
      catalog: 'DCAT数据目录',
      feed: '数据更新订阅（Atom）',
      readme: '说明文件',
    } as Record<string, string>,
    loadHeading: '如何读取',
    citeHeading: '许可与引用',
    changelog: '更新记录',
  },
};

export type JournalistWords = typeof zh;

const en: JournalistWords = {
  basis: {
    source: 'source',
    inferred: 'inferred',
    background: 'background knowledge',
    standard: 'national standard',
    counted: 'counted from names in the text',
  },
  basisMeaning: {
    source: 'The source states it; with its page and a short quote.',
    inferred: 'The source does not say so in words; inferred from the context, with the reason.',
    background: 'Not in the source; from background knowledge (such as the glossary), with the reason.',
    standard: 'From a national standard (such as GB/T 2260), not from the source.',
    counted: 'The source gives no number, only names; counted from them, with the reason.',
  },
  facts: { start: 'Start', end: 'End', parent: 'Part of' },
  quoted: (page, quote) => `${page} “${quote}”`,
  because: (label, reason) => `${label}: ${reason}`,
  origin: (text) => ` (${text})`,
  methodology: {
    placesHeading: 'Places',
    places:
      "Each place's parent (the unit one level up) and its six-digit code come from the national standard GB/T 2260 (Codes for the administrative divisions of the People's Republic of China), not from the source text.",
    basesHeading: 'Where each fact comes from',
    basesLead:
      "Not only the figures: a campaign's dates and what it belongs to are facts too, and each says where it comes from (the provenance table). The bases are:",
    mayOverlap:
      '“May overlap” (may-overlap): two sets of figures may count the same people or things: do not add them.',
    correctionsHeading: 'Corrections from the audit',
    corrections: [
      'Some figures of Daqing\'s case "4.03" run from February 2020, when the case team was formed, not from the round-up of 5 May (p. 56).',
      '重庆渝中 is Yuzhong District of Chongqing, not Yuzhong County in Gansu; "8 cities" names only 7, as noted (p. 56).',
      'Yuzhong\'s cards opened "in some districts and counties of our city" are located in Lanzhou (p. 58).',
      'Case “2020.3.15” is about buying vehicle records, not selling them (p. 57).',
      "Daqing's 181 and Heilongjiang's 91 may overlap: the note says do not add, not that they are separate.",
    ],
  },
  figurePage: {
    crumb: 'Figures',
    qualifier: 'Qualifier',
    unit: 'Unit',
    period: 'Period',
    place: 'Place',
    locatedIn: 'Located in',
    campaign: 'Campaign',
    agency: 'Reported by',
    metric: 'Metric',
    definition: 'Definition',
    quote: 'Quote',
    page: 'Page',
    partOf: 'Part of',
    counted: 'How it is counted',
    discrepancies: 'Discrepancies that touch this figure',
    appearsIn: 'Appears in',
    note: 'Note',
  },
  cite: {
    heading: 'Cite',
    summary: 'Cite this page',
    plain: 'Text',
    accessNote: 'The access date is the date this site was built.',
    link: 'How to cite',
    chart: 'cite',
  },
  license: {
    line: 'Data under CC BY 4.0; code under MIT; the source text belongs to its publisher and is quoted in short phrases only.',
    link: 'CC BY 4.0',
  },
  dataPage: {
    version: (v) => `Data version: ${v}`,
    downloadsHeading: 'All downloads',
    file: 'File',
    format: 'Format',
    size: 'Size',
    excelCsv: 'CSV (Excel-safe)',
    plainCsv: 'CSV (exact)',
    json: 'JSON',
    csvNote:
      "The Excel-safe CSV has a byte-order mark and puts ' before any cell that looks like a formula (starting with =, +, - or @) so it is never run; the exact CSV (plain/) and the JSON keep the text as it is, for programs.",
    files: {
      zip: 'Everything in one file (with README and SHA256SUMS)',
      db: 'SQLite database (primary and foreign keys, figures_explained view)',
      datapackage: 'Frictionless Data Package descriptor',
      sums: 'SHA-256 checksums',
      catalog: 'DCAT catalogue',
      feed: 'Data releases feed (Atom)',
      readme: 'README',
    },
    loadHeading: 'How to load it',
    citeHeading: 'Licence and how to cite',
    changelog: 'Changelog',
  },
};

const WORDS: Record<Locale, JournalistWords> = { zh, en };

/** The words of provenance, figure pages, citations, licence and downloads in a locale. */
export const journalistWords = (locale: Locale): JournalistWords => WORDS[locale];
