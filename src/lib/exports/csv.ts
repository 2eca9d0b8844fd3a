import Papa from 'papaparse';
import type { ExportTable } from './export.ts';

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): text starting with = + - @,
 * tab or carriage return, unless the whole cell is a plain number such as -5 or -1.5.
 */
export const FORMULA_LIKE = /^(?![-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$)[=+\-@\t\r]/;

const cells = (table: ExportTable) => table.rows.map((r) => table.columns.map((c) => r[c] ?? ''));

/** CSV for Excel and WPS: UTF-8 with a byte-order mark, CRLF, formula-like cells prefixed with `'`. */
export function toExcelCsv(table: ExportTable): string {
  const body = Papa.unparse(
    { fields: table.columns, data: cells(table) },
    { newline: '\r\n', escapeFormulae: FORMULA_LIKE },
  );
  return `\ufeff${body}\r\n`;
}

/** RFC 4180 CSV with every cell's exact text: no byte-order mark, CRLF, quotes only where needed. */
export function toPlainCsv(table: ExportTable): string {
  return `${Papa.unparse({ fields: table.columns, data: cells(table) }, { newline: '\r\n' })}\r\n`;
}
