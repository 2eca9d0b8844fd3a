import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { formatIssue, readCsv, type CsvTable, type DataIssue } from './csv.ts';
import { COVERAGE_IGNORE, TABLES, type CoverageIgnore, type TableName } from './schema.ts';
import { checkDataset } from './checks.ts';
import { checkCoverageIgnore } from './coverage-ignore.ts';
import type { Dataset, Row } from './dataset.ts';

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

/** Reads, parses and checks every CSV in `dataDir`; returns the dataset only when there are no issues. */
export function readDataset(dataDir: string, label = 'data'): { dataset?: Dataset; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const tables = {} as Record<TableName, unknown[]>;
  // Ids of every row, valid or not, so that one bad row is reported once and not again as an unknown reference.
  const knownIds = {} as Record<TableName, Set<string> | null>;
  for (const [name, spec] of Object.entries(TABLES) as [TableName, (typeof TABLES)[TableName]][]) {
    const path = join(dataDir, spec.file);
    const fileLabel = `${label}/${spec.file}`;
    if (!existsSync(path)) {
      issues.push({
        file: fileLabel,
        line: 1,
        message: `file is missing; expected ${spec.file} in ${label}/`,
      });
      tables[name] = [];
      knownIds[name] = null;
      continue;
    }
    const { table, issues: csvIssues } = readCsv(path, fileLabel);
    issues.push(...csvIssues);
    const headerIssue = checkHeader(table, Object.keys(spec.row.shape));
    if (headerIssue) {
      issues.push(headerIssue);
      tables[name] = [];
      knownIds[name] = null;
      continue;
    }
    knownIds[name] = new Set(table.rows.map((r) => r.cells.id ?? ''));
    tables[name] = parseRows(table, spec.row, issues);
  }
  issues.push(...checkDataset(tables as unknown as Dataset, label, knownIds));
  issues.push(...readCoverageIgnore(dataDir, label, tables as unknown as Dataset, knownIds).issues);
  return issues.length ? { issues } : { dataset: tables as unknown as Dataset, issues };
}

/** Like readDataset, but throws a DataError listing every problem. */
export function loadDataset(dataDir: string, label = 'data'): Dataset {
  const { dataset, issues } = readDataset(dataDir, label);
  if (!dataset) throw new DataError(issues);
  return dataset;
}

function checkHeader(table: CsvTable, expected: string[]): DataIssue | undefined {
  const actual = table.header;
  if (actual.join(',') === expected.join(',')) return undefined;
  const missing = expected.filter((c) => !actual.includes(c));
  const extra = actual.filter((c) => !expected.includes(c));
  const firstDiff = expected.findIndex((c, i) => actual[i] !== c);
  const detail = [
    missing.length ? `missing ${missing.map((c) => `"${c}"`).join(', ')}` : '',
    extra.length ? `unexpected ${extra.map((c) => `"${c}"`).join(', ')}` : '',
    !missing.length && !extra.length ? 'columns are out of order' : '',
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
      if (cell !== cell.trim()) {
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
 * a wrong header gives no entries.
 */
export function readCoverageIgnore(
  dataDir: string,
  label: string,
  data: Pick<Dataset, 'sources' | 'figures'>,
  knownIds?: Partial<Record<TableName, Set<string> | null>>,
): { entries: Row<CoverageIgnore>[]; issues: DataIssue[] } {
  const path = join(dataDir, COVERAGE_IGNORE.file);
  if (!existsSync(path)) return { entries: [], issues: [] };
  const { table, issues } = readCsv(path, `${label}/${COVERAGE_IGNORE.file}`);
  const headerIssue = checkHeader(table, Object.keys(COVERAGE_IGNORE.row.shape));
  if (headerIssue) return { entries: [], issues: [...issues, headerIssue] };
  const entries = parseRows(table, COVERAGE_IGNORE.row, issues);
  issues.push(...checkCoverageIgnore(entries, data, label, knownIds));
  return { entries, issues };
}
