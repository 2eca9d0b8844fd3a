import type { PublishedTableName } from './published.ts';

/** A column's meaning in English and Chinese. */
export interface Words {
  en: string;
  zh: string;
}

export type PublishedTable = PublishedTableName;

/** What each published table holds. */
export const TABLE_WORDS: Record<PublishedTable, Words> = {
  sources: { en: 'The publications the figures come from.', zh: '数据所出自的出版物。' },
  places: {
    en: 'Provinces, prefectures and counties, with GB/T 2260 codes.',
    zh: '省、地级、县级行政区及其GB/T 2260代码。',
  },
  campaigns: {
    en: 'National campaigns, local operations and named cases.',
    zh: '全国性专项行动、地方行动和案件。',
  },
  agencies: {
    en: 'The police bodies and companies that reported each figure.',
    zh: '报告数据的公安机关和企业。',
  },
  metrics: { en: 'What is counted, with the unit of each count.', zh: '统计指标及其单位。' },
  figures: { en: 'One row per reported number.', zh: '每个报告数字一行。' },
  discrepancies: {
    en: 'Where the source disagrees with itself, and how the data handles it.',
    zh: '来源自相矛盾之处及数据的处理方式。',
  },
  provenance: {
    en: "Where each fact other than a figure's own quote comes from: a campaign's dates and parent, a count made from names, with its basis (source, inferred, background, standard, counted), page, quote and reason.",
    zh: '数字原文以外各项事实的出处：行动的起止日期与所属关系、据姓名所作的计数等，附依据类别（source、inferred、background、standard、counted）、页码、原文与理由。',
  },
  'figures-explained': {
    en: 'Every figure with the names, unit, level and period a reader needs, in both languages.',
    zh: '每个数字及其名称、单位、级别和时期（中英文），自成一表。',
  },
};

/** Column meanings shared by every table, overridden per table as `table.column`. */
const COLUMN_WORDS: Record<string, Words> = {
  id: { en: 'Stable identifier (lowercase ASCII slug).', zh: '稳定标识符（小写ASCII）。' },
  name_zh: { en: 'Name in Chinese.', zh: '中文名称。' },
  name_en: { en: 'Name in English.', zh: '英文名称。' },
  title_zh: { en: 'Title in Chinese.', zh: '中文标题。' },
  title_en: { en: 'Title in English.', zh: '英文标题。' },
  publication_zh: { en: 'Publication, in Chinese.', zh: '出版物（中文）。' },
  publication_en: { en: 'Publication, in English.', zh: '出版物（英文）。' },
  section_zh: { en: 'Section or column, in Chinese.', zh: '栏目（中文）。' },
  section_en: { en: 'Section or column, in English.', zh: '栏目（英文）。' },
  year: { en: 'Year of the events reported.', zh: '所报道事件的年份。' },
  first_page: { en: 'First page the source text covers.', zh: '来源文本的起始页。' },
  last_page: { en: 'Last page the source text covers.', zh: '来源文本的结束页。' },
  file: { en: 'File name of the source text.', zh: '来源文本的文件名。' },
  note_en: { en: 'Note in English.', zh: '英文说明。' },
  note_zh: { en: 'Note in Chinese.', zh: '中文说明。' },
  level: {
    en: 'Administrative level: province, prefecture or county. Figures of different levels are never added.',
    zh: '行政级别：省级（province）、地级（prefecture）或县级（county）。不同级别的数字不可相加。',
  },
  type: { en: 'Kind of administrative unit.', zh: '行政区类型。' },
  'places.parent': { en: 'The place one level up (id in places).', zh: '上一级行政区（places 的 id）。' },
  gbt2260: { en: 'Six-digit GB/T 2260 administrative division code.', zh: '六位GB/T 2260行政区划代码。' },
  kind: { en: 'Kind (see the allowed values).', zh: '类别（见允许值）。' },
  topic: {
    en: 'two-cards (trade in bank and phone cards) or personal-information.',
    zh: 'two-cards（“两卡”）或 personal-information（公民个人信息）。',
  },
  'campaigns.parent': { en: 'The campaign or operation this one belongs to.', zh: '所属的专项行动或行动。' },
  'campaigns.place': {
    en: 'The place whose police ran it; empty for national campaigns.',
    zh: '组织行动的公安机关所在地；全国性行动为空。',
  },
  start: {
    en: 'Start date as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD).',
    zh: '开始日期（精度同来源）。',
  },
  end: { en: 'End date as the source gives it.', zh: '结束日期（精度同来源）。' },
  page: { en: 'Page of the source.', zh: '来源页码。' },
  'agencies.place': { en: 'The place the agency serves.', zh: '机构所在地。' },
  unit: { en: 'Unit of every value of this metric.', zh: '该指标数值的单位。' },
  definition_en: { en: 'What exactly is counted, in English.', zh: '统计口径（英文）。' },
  definition_zh: { en: 'What exactly is counted, in Chinese.', zh: '统计口径（中文）。' },
  place: {
    en: 'The place whose agency the body text names (id in places).',
    zh: '正文所指机构的所在地（places 的 id）。',
  },
  located_in: {
    en: 'Where the counted thing was, when that differs from place.',
    zh: '被统计对象所在地（与 place 不同时）。',
  },
  agency: { en: 'Who reported the figure (id in agencies).', zh: '报告机构（agencies 的 id）。' },
  campaign: {
    en: 'Campaign, operation or case (id in campaigns).',
    zh: '专项行动、行动或案件（campaigns 的 id）。',
  },
  metric: { en: 'What is counted (id in metrics).', zh: '统计指标（metrics 的 id）。' },
  value: {
    en: "The number in base units (the metric's unit), e.g. 1500余万条 is 15000000; read it with qualifier.",
    zh: '以基本单位表示的数值（单位见指标），如“1500余万条”为15000000；须与 qualifier 一起读。',
  },
  qualifier: {
    en: 'exact; at_least (余, 多: "more than"); approximately (近: "nearly").',
    zh: 'exact（确数）；at_least（“余”“多”）；approximately（“近”）。',
  },
  period_type: {
    en: 'cumulative (a running total up to as_of) or operation (the result of one case or round-up).',
    zh: 'cumulative（截至 as_of 的累计数）或 operation（单次行动或案件的战果）。',
  },
  period_start: { en: 'Start of the period (以来, "since").', zh: '起始日期（“以来”）。' },
  period_end: { en: 'End of an operation.', zh: '行动结束日期。' },
  as_of: { en: 'Date a cumulative count runs up to (截至, "as of").', zh: '累计数的截止日期（“截至”）。' },
  source: { en: 'The publication (id in sources).', zh: '出处（sources 的 id）。' },
  quote: {
    en: 'Short verbatim phrase of the source page that states the number.',
    zh: '来源页中给出该数字的简短原文。',
  },
  part_of: {
    en: 'A figure this one is part of (其中): never add the two.',
    zh: '本数字所属的上位数字（“其中”）：二者不可相加。',
  },
  detail_zh: {
    en: 'What exactly is counted, when the metric is not enough (Chinese).',
    zh: '具体统计对象（中文）。',
  },
  detail_en: {
    en: 'What exactly is counted, when the metric is not enough (English).',
    zh: '具体统计对象（英文）。',
  },
  figures: { en: 'Space-separated ids of the figures affected.', zh: '受影响数字的 id，以空格分隔。' },
  text_en: { en: 'What is wrong and how the data handles it, in English.', zh: '问题及处理方式（英文）。' },
  text_zh: { en: 'What is wrong and how the data handles it, in Chinese.', zh: '问题及处理方式（中文）。' },
  metric_zh: { en: 'Metric name in Chinese.', zh: '指标中文名。' },
  metric_en: { en: 'Metric name in English.', zh: '指标英文名。' },
  place_zh: { en: 'Place name in Chinese.', zh: '地名（中文）。' },
  place_en: { en: 'Place name in English.', zh: '地名（英文）。' },
  province_zh: { en: 'Province the place lies in, in Chinese.', zh: '所在省份（中文）。' },
  province_en: { en: 'Province the place lies in, in English.', zh: '所在省份（英文）。' },
  located_in_zh: { en: 'located_in, in Chinese.', zh: '被统计对象所在地（中文）。' },
  located_in_en: { en: 'located_in, in English.', zh: '被统计对象所在地（英文）。' },
  agency_zh: { en: 'Agency in Chinese.', zh: '报告机构（中文）。' },
  agency_en: { en: 'Agency in English.', zh: '报告机构（英文）。' },
  campaign_zh: { en: 'Campaign in Chinese.', zh: '行动名称（中文）。' },
  campaign_en: { en: 'Campaign in English.', zh: '行动名称（英文）。' },
  campaign_kind: { en: 'campaign, operation or case.', zh: '行动类别：campaign、operation 或 case。' },
  period_zh: { en: 'The period in words, in Chinese.', zh: '时期（中文表述）。' },
  period_en: { en: 'The period in words, in English.', zh: '时期（英文表述）。' },
  table: { en: 'The table the fact is in.', zh: '事实所在的数据表。' },
  'provenance.id': { en: 'The id of the row the fact is about.', zh: '事实所属行的 id。' },
  field: {
    en: 'The column the fact is in (start, end, parent, value…).',
    zh: '事实所在的列（start、end、parent、value等）。',
  },
  basis: {
    en: 'source (the text states it), inferred (from the context), background (not in the source), standard (GB/T 2260), counted (from names in the text).',
    zh: 'source（原文明言）、inferred（由上下文推断）、background（背景知识）、standard（国家标准）、counted（据原文姓名计数）。',
  },
  'provenance.page': {
    en: 'Page of the source that supports the fact; empty for background knowledge.',
    zh: '支持该事实的来源页码；背景知识为空。',
  },
  'provenance.quote': { en: 'Short verbatim phrase of that page.', zh: '该页的简短原文。' },
  reason_en: {
    en: 'Why, when the basis is not the source itself, in English.',
    zh: '依据非原文时的理由（英文）。',
  },
  reason_zh: {
    en: 'Why, when the basis is not the source itself, in Chinese.',
    zh: '依据非原文时的理由（中文）。',
  },
  url: {
    en: "The figure's own page on this site, to cite one number with one link.",
    zh: '该数字在本站的专页网址，可用一个链接引用一个数字。',
  },
  source_title_zh: { en: 'Title of the source article.', zh: '来源文章标题。' },
};

/** The meaning of `column` in `table`, in both languages; throws for a column nobody described. */
export function columnWords(table: PublishedTable, column: string): Words {
  const words = COLUMN_WORDS[`${table}.${column}`] ?? COLUMN_WORDS[column];
  if (!words) throw new Error(`src/lib/exports/fields.ts: column "${column}" of ${table} has no description`);
  return words;
}
