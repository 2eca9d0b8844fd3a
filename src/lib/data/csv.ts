import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** One parsed CSV row: cells by header name, plus where it sits in the file. */
export interface CsvRow {
  /** 1-based line number of the row in the file (the header is line 1). */
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

/** A problem found in a data file, located by file, line and (1-based) column. */
export interface DataIssue {
  file: string;
  line: number;
  column?: number;
  field?: string;
  message: string;
}

/** Formats an issue the way compilers do: `file:line:column: message`. */
export function formatIssue(issue: DataIssue): string {
  const where = issue.column ? `${issue.file}:${issue.line}:${issue.column}` : `${issue.file}:${issue.line}`;
  const field = issue.field ? ` (column "${issue.field}")` : '';
  return `${where}${field}: ${issue.message}`;
}

/** Parses CSV text strictly (UTF-8, comma, one header row); structural problems become issues. */
export function parseCsv(file: string, text: string): { table: CsvTable; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    issues.push({
      file,
      line: 1,
      column: 1,
      message: 'file starts with a byte-order mark (BOM); save it as UTF-8 without BOM',
    });
    text = text.slice(1);
  }
  if (text.includes('\r')) {
    issues.push({
      file,
      line: lineOf(text, text.indexOf('\r')),
      message: 'file has Windows (CRLF) or CR line endings; save it with LF line endings',
    });
  }
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false });
  const records = parsed.data;
  for (const error of parsed.errors) {
    issues.push({ file, line: (error.row ?? 0) + 1, message: `CSV syntax: ${error.message}` });
  }
  const header = records[0] ?? [];
  if (header.length <= 1 && (header[0] ?? '').includes(';')) {
    issues.push({
      file,
      line: 1,
      column: 1,
      message: 'header uses ";" as delimiter; use "," (comma-separated values)',
    });
  }
  const rows: CsvRow[] = [];
  // Papaparse does not report line numbers; track them by counting newlines inside quoted cells.
  let line = 2;
  for (let r = 1; r < records.length; r++) {
    const record = records[r]!;
    const rowLine = line;
    line += 1 + record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    if (record.length === 1 && record[0] === '') {
      if (r === records.length - 1) continue; // trailing newline
      issues.push({ file, line: rowLine, message: 'empty line; remove it' });
      continue;
    }
    if (record.length !== header.length) {
      issues.push({
        file,
        line: rowLine,
        message: `row has ${record.length} cells but the header has ${header.length}; check for a stray or missing comma, or quote cells that contain commas`,
      });
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, i) => (cells[name] = record[i]!));
    rows.push({ line: rowLine, cells });
  }
  return { table: { file, header, rows }, issues };
}

/** Reads and parses a CSV file; `label` is how the file is named in messages. */
export function readCsv(path: string, label = path): { table: CsvTable; issues: DataIssue[] } {
  return parseCsv(label, readFileSync(path, 'utf8'));
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text[i] === '\n') line++;
  return line;
}
