import type { ExportTable } from './export.ts';
import type { Query } from '../data/query.ts';
import { LEVELS, PERIOD_TYPES, QUALIFIERS } from '../data/schema.ts';
import { periodLabel } from '../i18n/period.ts';
import { DATASET, TERMS } from './about.ts';
import { cite } from './cite.ts';
import type { PublishedTable } from './fields.ts';
import { TABLE_WORDS } from './fields.ts';
import type { TableSchema } from './table-schema.ts';

import type { Locale } from '../i18n/locale.ts';
import * as urls from '../urls.ts';

export interface ReadmeTable {
  name: PublishedTable;
  table: ExportTable;
  schema: TableSchema;
}

const WORDS = {
  en: {
    version: 'Data version',
    files: 'Files',
    file: 'file',
    fileRows: [
      [
        '`<table>.csv`',
        "for Excel and WPS: UTF-8 with a byte-order mark; a cell that starts with = + - @ (a formula) gets a leading `'`, so it is never run; numbers such as -5 are left alone",
      ],
      [
        '`plain/<table>.csv`',
        'the exact text of every cell (RFC 4180, UTF-8 without byte-order mark): for code, and the files `datapackage.json` describes',
      ],
      ['`<table>.json`', 'the exact text, numbers as numbers: `{"columns": [...], "rows": [{...}]}`'],
      [
        '`crackdown-data.db`',
        'every table in one SQLite database, with keys and the view `figures_explained`',
      ],
      [
        '`datapackage.json`',
        'Frictionless Data Package: types, allowed values, keys, sizes and SHA-256 of the exact CSVs',
      ],
      ['`SHA256SUMS`', 'SHA-256 of every file; check with `sha256sum -c SHA256SUMS`'],
    ],
    tables: 'Tables and fields',
    rows: 'rows',
    column: 'column',
    type: 'type',
    meaning: 'meaning',
    units: 'Units',
    unitsIntro:
      "`value` is in base units: people, cases, yuan… The unit is the metric's (metrics.csv), repeated in figures-explained as `unit`.",
    metric: 'metric',
    unit: 'unit',
    figures: 'figures',
    qualifiers: 'Qualifiers',
    qualifierWords: {
      exact: 'the source gives the exact number',
      at_least: 'more than the value (余, 多)',
      approximately: 'nearly the value (近)',
    },
    levels: 'Levels',
    levelsIntro:
      'A figure belongs to the level of its place. Figures of different levels count different things (a provincial running total, a county operation): never add them.',
    levelWords: {
      province: 'province-level unit',
      prefecture: 'prefecture-level unit',
      county: 'county-level unit',
    },
    periods: 'Periods',
    periodWords: {
      cumulative: 'a running total, from `period_start` or the start of the campaign up to `as_of`',
      operation: 'the result of one case or round-up, between `period_start` and `period_end`',
    },
    periodsIntro: 'Figures with different periods are not comparable. The periods in the data:',
    cite: 'How to cite',
    discrepancies: 'Discrepancies in the source',
    page: 'p.',
    affected: 'Figures',
    licence: 'Licence',
  },
  zh: {
    version: '数据版本',
    files: '文件',
    file: '文件',
    fileRows: [
      [
        '`<table>.csv`',
        "供 Excel、WPS 打开：带 BOM 的 UTF-8；以 = + - @ 开头的单元格（公式）前加 `'`，不会被执行；-5 等数字保持不变",
      ],
      [
        '`plain/<table>.csv`',
        '每个单元格的原文（RFC 4180，无 BOM 的 UTF-8），供程序读取，即 `datapackage.json` 所描述的文件',
      ],
      ['`<table>.json`', '原文，数字为数值：`{"columns": [...], "rows": [{...}]}`'],
      ['`crackdown-data.db`', 'SQLite 数据库，含全部数据表、主键外键及视图 `figures_explained`'],
      ['`datapackage.json`', 'Frictionless 数据包：字段类型、允许值、主键外键、文件大小及 SHA-256'],
      ['`SHA256SUMS`', '每个文件的 SHA-256，可用 `sha256sum -c SHA256SUMS` 校验'],
    ],
    tables: '数据表与字段',
    rows: '行',
    column: '字段',
    type: '类型',
    meaning: '含义',
    units: '单位',
    unitsIntro:
      '`value` 以基本单位表示（人、起、元……），单位取自指标（metrics.csv），figures-explained 的 `unit` 列亦有。',
    metric: '指标',
    unit: '单位',
    figures: '数字',
    qualifiers: '限定词',
    qualifierWords: {
      exact: '来源给出的确数',
      at_least: '多于该值（“余”“多”）',
      approximately: '接近该值（“近”）',
    },
    levels: '级别',
    levelsIntro:
      '每个数字属于其地点的行政级别。不同级别的数字统计口径不同（如省级累计数与县级单次行动），不可相加。',
    levelWords: { province: '省级行政区', prefecture: '地级行政区', county: '县级行政区' },
    periods: '时期',
    periodWords: {
      cumulative: '累计数：自 `period_start` 或行动开始至 `as_of`',
      operation: '单次案件或行动的战果：`period_start` 至 `period_end`',
    },
    periodsIntro: '时期不同的数字不可比较。数据中的时期：',
    cite: '引用方式',
    discrepancies: '来源中的矛盾之处',
    page: '页',
    affected: '涉及数字',
    licence: '许可',
  },
} as const;

const cell = (text: string | number) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
const row = (cells: (string | number)[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** Counts of `keys`, in first-seen order. */
function tally<T>(items: T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts];
}

function section(q: Query, tables: ReadmeTable[], version: string, siteUrl: string, locale: Locale): string {
  const w = WORDS[locale];
  const figures = q.data.figures;
  const source = q.data.sources[0];
  const citation = cite(
    {
      title: locale === 'zh' ? `${DATASET.title.zh}数据集` : `${DATASET.title.en} dataset`,
      url: `${siteUrl}${urls.dataPage('zh')}`,
      version,
      accessed: 'YYYY-MM-DD',
      ...(source && {
        source: {
          title: locale === 'zh' ? source.title_zh : source.title_en,
          publication: locale === 'zh' ? source.publication_zh : source.publication_en,
          year: source.year,
        },
      }),
    },
    locale,
  );
  const parts = [
    `## ${DATASET.title[locale]} (${w.version} ${version})`,
    DATASET.description[locale],
    `### ${w.files}`,
    table(
      [w.file, w.meaning],
      w.fileRows.map((r) => [...r]),
    ),
    `### ${w.tables}`,
    ...tables.flatMap((t) => [
      `#### ${t.name} (${t.table.rows.length} ${w.rows})`,
      TABLE_WORDS[t.name][locale],
      table(
        [w.column, w.type, w.meaning],
        t.schema.fields.map((f) => [
          `\`${f.name}\``,
          f.type,
          `${locale === 'zh' ? f.description_zh : f.description}${f.constraints?.enum ? ` (${f.constraints.enum.join(', ')})` : ''}`,
        ]),
      ),
    ]),
    `### ${w.units}`,
    w.unitsIntro,
    table(
      [w.metric, w.unit, w.figures],
      q.data.metrics.map((m) => [
        `\`${m.id}\` ${locale === 'zh' ? m.name_zh : m.name_en}`,
        m.unit,
        figures.filter((f) => f.metric === m.id).length,
      ]),
    ),
    `### ${w.qualifiers}`,
    table(
      ['qualifier', w.meaning, w.figures],
      QUALIFIERS.map((v) => [
        `\`${v}\``,
        w.qualifierWords[v],
        figures.filter((f) => f.qualifier === v).length,
      ]),
    ),
    `### ${w.levels}`,
    w.levelsIntro,
    table(
      ['level', w.meaning, w.figures],
      LEVELS.map((v) => [`\`${v}\``, w.levelWords[v], figures.filter((f) => q.levelOf(f) === v).length]),
    ),
    `### ${w.periods}`,
    table(
      ['period_type', w.meaning],
      PERIOD_TYPES.map((v) => [`\`${v}\``, w.periodWords[v]]),
    ),
    w.periodsIntro,
    table(
      [w.periods, w.figures],
      tally(figures, (f) => periodLabel(f, locale)),
    ),
    `### ${w.cite}`,
    citation.text,
    '```bibtex\n' + citation.bibtex + '\n```',
    `### ${w.discrepancies}`,
    q.data.discrepancies
      .map((d) => {
        const where = locale === 'zh' ? `第${d.page}${w.page}` : `${w.page} ${d.page}`;
        const affected = d.figures
          ? ` ${w.affected}: ${d.figures
              .split(' ')
              .map((id) => `\`${id}\``)
              .join(', ')}.`
          : '';
        return `- **${d.id}** (${d.kind}, ${where}): ${locale === 'zh' ? d.text_zh : d.text_en}${affected}`;
      })
      .join('\n'),
    `### ${w.licence}`,
    TERMS[locale],
  ];
  return parts.join('\n\n');
}

/** The README of the downloads, generated from the data: English, then Chinese. */
export function toReadme(q: Query, tables: ReadmeTable[], version: string, siteUrl: string): string {
  const title = `# ${DATASET.title.en} · ${DATASET.title.zh}: ${version}`;
  return `${[title, section(q, tables, version, siteUrl, 'en'), section(q, tables, version, siteUrl, 'zh')].join('\n\n')}\n`;
}
