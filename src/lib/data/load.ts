import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { findInvisible, formatIssue, readCsv, readUtf8, type CsvTable, type DataIssue } from './csv.ts';
import {
  COVERAGE_IGNORE,
  PROVENANCE,
  TABLES,
  THESAURUS,
  type CoverageIgnore,
  type TableName,
  type ThesaurusTerm,
} from './schema.ts';
import { checkThesaurus } from './thesaurus.ts';
import { checkDataset, checkSizes, type SourceTexts } from './checks.ts';
import { checkCoverageIgnore } from './coverage-ignore.ts';
import type { Dataset, Row } from './dataset.ts';
import { splitPages } from './source-pages.ts';
import { sourcesDir as sourcesDirOf } from './data-dir.ts';

export interface ReadOptions {
  /** Folder of the source texts named in sources.csv; by default dataDir/sources/ if present, else ../shared/sources beside the repo that holds dataDir. */
  sourcesDir?: string;
}

/** Tables that may be empty; every other file with only a header is refused. */
const MAY_BE_EMPTY = new Set(['discrepancies']);

/** Thrown when data/ breaks a rule; its message lists every problem, one per line. */
export class DataError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(
      `The data in data/ has ${count}; fix ${issues.length === 1 ? 'it' : 'them'} and run again:\n${issues.map(formatIssue).join('\n')}`,
    );
    this.name = 'DataError';
    this.issues = issues;
  }
}

/**
 * Reads, parses and checks every CSV in `dataDir` and the source texts they cite; returns the
 * dataset only when there are no issues. Warnings (sizes a reader cannot use) never block.
 */
export function readDataset(
  dataDir: string,
  label = 'data',
  options: ReadOptions = {},
): { dataset?: Dataset; issues: DataIssue[]; warnings: DataIssue[] } {
  const issues: DataIssue[] = [];
  const tables = {} as Record<TableName | 'provenance', unknown[]>;
  // Ids of every row, valid or not, so that one bad row is reported once and not again as an unknown reference.
  const knownIds = {} as Record<TableName, Set<string> | null>;
  // Tables with a row that could not be read: a provenance row pointing at it is not reported as unknown.
  const faulty = new Set<string>();
  const specs = [...Object.entries(TABLES), ['provenance', PROVENANCE]] as [
    TableName | 'provenance',
    { file: string; row: z.ZodObject },
  ][];
  for (const [name, spec] of specs) {
    const path = join(dataDir, spec.file);
    const fileLabel = `${label}/${spec.file}`;
    tables[name] = [];
    if (name !== 'provenance') knownIds[name] = null;
    if (!existsSync(path)) {
      issues.push({
        file: fileLabel,
        line: 1,
        message: `file is missing; expected ${spec.file} in ${label}/`,
      });
      continue;
    }
    const { table, issues: csvIssues, unreadable } = readCsv(path, fileLabel);
    issues.push(...csvIssues);
    if (unreadable) continue;
    const headerIssue = checkHeader(table, Object.keys(spec.row.shape));
    if (headerIssue) {
      issues.push(headerIssue);
      continue;
    }
    if (!table.rows.length && !csvIssues.length && !MAY_BE_EMPTY.has(name))
      issues.push({
        file: fileLabel,
        line: 1,
        message: `no ${name}: the file has only a header; add rows below it`,
      });
    // An empty table has no ids to check against: references into it are not reported again.
    if (name !== 'provenance' && table.rows.length)
      knownIds[name] = new Set(table.rows.map((r) => r.cells.id ?? ''));
    const before = issues.length;
    tables[name] = parseRows(table, spec.row, issues);
    if (csvIssues.length || issues.length > before) faulty.add(name);
  }
  const data = tables as unknown as Dataset;
  const sourcesDir = options.sourcesDir ?? sourcesDirOf(dataDir);
  const texts = readSourceTexts(data, sourcesDir, `${label}/${TABLES.sources.file}`, issues);
  issues.push(...checkDataset(data, label, knownIds, texts, faulty));
  issues.push(...readCoverageIgnore(dataDir, label, data, knownIds).issues);
  issues.push(...readThesaurus(dataDir, label).issues);
  return issues.length
    ? { issues, warnings: [] }
    : { dataset: data, issues, warnings: checkSizes(data, label) };
}

/** Reads the text of every source in sources.csv, split into pages; a missing or unreadable text is an issue. */
function readSourceTexts(data: Dataset, dir: string, sourcesLabel: string, issues: DataIssue[]): SourceTexts {
  const texts: SourceTexts = new Map();
  const column = Object.keys(TABLES.sources.row.shape).indexOf('file') + 1;
  for (const s of data.sources) {
    const path = join(dir, s.file);
    const shown = relative(process.cwd(), path) || path;
    if (!existsSync(path)) {
      issues.push({
        file: sourcesLabel,
        line: s.line,
        column,
        field: 'file',
        message: `source text ${shown} does not exist; put the text there or correct the file name`,
      });
      continue;
    }
    const read = readUtf8(path, shown);
    if ('issue' in read) {
      issues.push(read.issue);
      continue;
    }
    texts.set(s.id, new Map(splitPages(read.text).map((p) => [p.page, p.text])));
  }
  return texts;
}

/** Like readDataset, but throws a DataError listing every problem. */
export function loadDataset(dataDir: string, label = 'data', options: ReadOptions = {}): Dataset {
  const { dataset, issues } = readDataset(dataDir, label, options);
  if (!dataset) throw new DataError(issues);
  return dataset;
}

function checkHeader(table: CsvTable, expected: string[]): DataIssue | undefined {
  const actual = table.header;
  if (actual.join(',') === expected.join(',')) return undefined;
  const missing = expected.filter((c) => !actual.includes(c));
  const extra = actual.filter((c) => !expected.includes(c));
  const duplicated = [...new Set(actual.filter((c, i) => actual.indexOf(c) !== i))];
  const firstDiff = expected.findIndex((c, i) => actual[i] !== c);
  const detail = [
    missing.length ? `missing ${missing.map((c) => `"${c}"`).join(', ')}` : '',
    extra.length ? `unexpected ${extra.map((c) => `"${c}"`).join(', ')}` : '',
    duplicated.length ? `duplicated ${duplicated.map((c) => `"${c}"`).join(', ')}` : '',
    !missing.length && !extra.length && !duplicated.length ? 'columns are out of order' : '',
  ]
    .filter(Boolean)
    .join('; ');
  return {
    file: table.file,
    line: 1,
    column: firstDiff + 1,
    message: `wrong header (${detail}); expected exactly: ${expected.join(',')}`,
  };
}

function parseRows<S extends z.ZodObject>(
  table: CsvTable,
  schema: S,
  issues: DataIssue[],
): (z.output<S> & { line: number })[] {
  const rows: (z.output<S> & { line: number })[] = [];
  for (const row of table.rows) {
    const spaced = new Set<string>();
    table.header.forEach((field, i) => {
      const cell = row.cells[field] ?? '';
      const invisible = findInvisible(cell);
      if (invisible) {
        spaced.add(field);
        issues.push({
          file: table.file,
          line: row.line,
          column: i + 1,
          field,
          message: `contains ${invisible.kind} (${invisible.code}) at character ${invisible.index + 1}; it does not show but is published: remove it`,
        });
      } else if (cell !== cell.trim()) {
        spaced.add(field);
        issues.push({
          file: table.file,
          line: row.line,
          column: i + 1,
          field,
          message: `${JSON.stringify(cell)} has leading or trailing spaces; remove them`,
        });
      }
    });
    const result = schema.safeParse(row.cells);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (spaced.has(field)) continue;
        const cell = row.cells[field] ?? '';
        const shown = cell === '' || issue.message.startsWith('"') ? '' : `${JSON.stringify(cell)} `;
        issues.push({
          file: table.file,
          line: row.line,
          column: table.header.indexOf(field) + 1,
          field,
          message: `${shown}${issue.message}`,
        });
      }
      continue;
    }
    if (!spaced.size) rows.push({ ...result.data, line: row.line });
  }
  return rows;
}

/**
 * Reads coverage-ignore.csv, when `dataDir` has one, and checks it against the tables; a file with
 * a wrong header or that cannot be read gives no entries.
 */
export function readCoverageIgnore(
  dataDir: string,
  label: string,
  data: Pick<Dataset, 'sources' | 'figures'>,
  knownIds?: Partial<Record<TableName, Set<string> | null>>,
): { entries: Row<CoverageIgnore>[]; issues: DataIssue[] } {
  const path = join(dataDir, COVERAGE_IGNORE.file);
  if (!existsSync(path)) return { entries: [], issues: [] };
  const { table, issues, unreadable } = readCsv(path, `${label}/${COVERAGE_IGNORE.file}`);
  if (unreadable) return { entries: [], issues };
  const headerIssue = checkHeader(table, Object.keys(COVERAGE_IGNORE.row.shape));
  if (headerIssue) return { entries: [], issues: [...issues, headerIssue] };
  const entries = parseRows(table, COVERAGE_IGNORE.row, issues);
  issues.push(...checkCoverageIgnore(entries, data, label, knownIds));
  return { entries, issues };
}

/**
 * Reads thesaurus.csv (the search synonyms), when `dataDir` has one: its cells and its rules
 * (src/lib/data/thesaurus.ts). A file with a wrong header or that cannot be read gives no terms.
 */
export function readThesaurus(
  dataDir: string,
  label = 'data',
): { terms: Row<ThesaurusTerm>[]; issues: DataIssue[] } {
  const path = join(dataDir, THESAURUS.file);
  if (!existsSync(path)) return { terms: [], issues: [] };
  const { table, issues, unreadable } = readCsv(path, `${label}/${THESAURUS.file}`);
  if (unreadable) return { terms: [], issues };
  const headerIssue = checkHeader(table, Object.keys(THESAURUS.row.shape));
  if (headerIssue) return { terms: [], issues: [...issues, headerIssue] };
  const terms = parseRows(table, THESAURUS.row, issues);
  // Rules across rows once every row is read: a bad row would leave its group one term short.
  if (!issues.length) issues.push(...checkThesaurus(terms, label));
  return { terms, issues };
}

/** Like readThesaurus, but throws a DataError listing every problem. */
export function loadThesaurus(dataDir: string, label = 'data'): Row<ThesaurusTerm>[] {
  const { terms, issues } = readThesaurus(dataDir, label);
  if (issues.length) throw new DataError(issues);
  return terms;
}
