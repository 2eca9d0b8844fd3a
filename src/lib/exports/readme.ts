import { publicationOf } from '../i18n/publication.ts';
import type { ExportTable } from './export.ts';
import type { Query } from '../data/query.ts';
import { LEVELS, PERIOD_TYPES, QUALIFIERS } from '../data/schema.ts';
import { derivedDiscrepancies } from '../i18n/overlaps.ts';
import { periodLabel } from '../i18n/period.ts';
import { DATASET, TERMS } from './about.ts';
import { cite } from './cite.ts';
import type { PublishedTable } from './fields.ts';
import { tableWords } from './fields.ts';
import type { TableSchema } from './table-schema.ts';
import { fieldOf, nameOf, type Locale } from '../i18n/locale.ts';
import * as urls from '../urls.ts';
import { words } from '../i18n/words.ts';

/** The derived may-overlap rows the README lists; all of them are in the discrepancies table. */
const README_DERIVED = 20;

export interface ReadmeTable {
  name: PublishedTable;
  table: ExportTable;
  schema: TableSchema;
}

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
  const w = words(locale).exports.readme;
  const figures = q.data.figures;
  const source = q.data.sources[0];
  const citation = cite(
    {
      title: w.datasetTitle,
      url: `${siteUrl}${urls.dataPage('zh')}`,
      version,
      accessed: 'YYYY-MM-DD',
      ...(source && {
        source: {
          title: fieldOf(source, 'title', locale),
          publication: publicationOf(source, locale),
          year: source.year,
        },
      }),
    },
    locale,
  );
  const derived = derivedDiscrepancies(q);
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
      tableWords(t.name)[locale],
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
        `\`${m.id}\` ${nameOf(m, locale)}`,
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
    // Every curated row; of the derived may-overlap rows the first few (a national data set has tens of thousands).
    [...q.data.discrepancies, ...derived.slice(0, README_DERIVED)]
      .map((d) => {
        const where = w.where(d.page, w.page);
        const affected = d.figures
          ? ` ${w.affected}: ${d.figures
              .split(' ')
              .map((id) => `\`${id}\``)
              .join(', ')}.`
          : '';
        return `- **${d.id}** (${d.kind}, ${where}): ${fieldOf(d, 'text', locale)}${affected}`;
      })
      .join('\n') +
      (derived.length > README_DERIVED ? `\n\n${w.moreDerived(derived.length - README_DERIVED)}` : ''),
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
