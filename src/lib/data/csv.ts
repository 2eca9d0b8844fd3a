import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** One parsed CSV row: cells by header name, plus where it sits in the file. */
interface CsvRow {
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

/**
 * Parses CSV text strictly (comma, one header row); structural problems become issues. A UTF-8
 * byte-order mark and CRLF line endings (Excel's "CSV UTF-8") are read as if they were absent.
 */
function parseCsv(file: string, text: string): { table: CsvTable; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replaceAll('\r\n', '\n');
  if (text.includes('\r')) {
    issues.push({
      file,
      line: lineOf(text, text.indexOf('\r')),
      message: 'line ends with a lone CR (old Mac line ending); save the file with LF line endings',
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
    if (record.every((cell) => cell === '')) {
      issues.push({ file, line: rowLine, message: 'empty row (only commas); remove it' });
      continue;
    }
    if (record.join(',') === header.join(',')) {
      issues.push({ file, line: rowLine, message: 'header repeated (same as line 1); remove this line' });
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

/**
 * Reads and parses a CSV file; `label` is how the file is named in messages. A file that is not
 * UTF-8 gives an empty table and `unreadable`.
 */
export function readCsv(
  path: string,
  label = path,
): { table: CsvTable; issues: DataIssue[]; unreadable?: true } {
  const decoded = readUtf8(path, label);
  if ('issue' in decoded)
    return { table: { file: label, header: [], rows: [] }, issues: [decoded.issue], unreadable: true };
  return parseCsv(label, decoded.text);
}

/** Reads a text file as strict UTF-8; on a bad byte, an issue at its line and column instead of the text. */
export function readUtf8(path: string, label = path): { text: string } | { issue: DataIssue } {
  const bytes = readFileSync(path);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const lineStart = before.lastIndexOf('\n') + 1;
    const hex = `0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')}`;
    const next = bytes[bad + 1] ?? 0;
    const gbk = bytes[bad]! >= 0x81 && bytes[bad]! <= 0xfe && next >= 0x40 && next <= 0xfe && next !== 0x7f;
    return {
      issue: {
        file: label,
        line: before.split('\n').length,
        column: before.length - lineStart + 1,
        message: gbk
          ? `not UTF-8 (it looks like GBK?): byte ${hex} is not valid UTF-8 here; convert the file with: iconv -f GBK -t UTF-8 ${label} > ${label}.utf8 && mv ${label}.utf8 ${label}`
          : `not UTF-8: byte ${hex} is not part of a UTF-8 character; save the file as UTF-8 or delete the stray byte`,
      },
    };
  }
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, surrogates or code points above U+10FFFF). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // [number of continuation bytes, allowed range of the first continuation byte]
    const [n, lo, hi] =
      b >= 0xc2 && b <= 0xdf
        ? [1, 0x80, 0xbf]
        : b === 0xe0
          ? [2, 0xa0, 0xbf]
          : b === 0xed
            ? [2, 0x80, 0x9f]
            : b >= 0xe1 && b <= 0xef
              ? [2, 0x80, 0xbf]
              : b === 0xf0
                ? [3, 0x90, 0xbf]
                : b >= 0xf1 && b <= 0xf3
                  ? [3, 0x80, 0xbf]
                  : b === 0xf4
                    ? [3, 0x80, 0x8f]
                    : [0, 0, 0];
    if (n === 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return i;
    }
    i += n + 1;
  }
  return bytes.length;
}

/** Control, direction and invisible characters a text cell may not hold (a line break inside a quoted cell is allowed). */
const INVISIBLE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffc]/u;

/** The first forbidden invisible character in a cell, with its position and code point, or undefined. */
export function findInvisible(cell: string): { index: number; code: string; kind: string } | undefined {
  const m = INVISIBLE.exec(cell);
  if (!m) return undefined;
  const c = m[0];
  const kind =
    c === '\t'
      ? 'a tab'
      : /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(c)
        ? 'a text-direction control'
        : /[\u200b-\u200d\u2060-\u2065\ufeff]/.test(c)
          ? 'a zero-width character'
          : /[\u2028\u2029]/.test(c)
            ? 'a line or paragraph separator'
            : 'a control character';
  return { index: m.index, code: `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, kind };
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text[i] === '\n') line++;
  return line;
}
