import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { sheetName, widthOf, type WorkbookTable } from './xlsx-lite.ts';

/**
 * Every table in one `.xlsx`, a sheet each, after a README sheet (`about`: one line a row, the
 * citation among them). Numbers stay numbers; every other cell is text, so Excel never turns `2020-10`
 * into a date or an id into a number. Header row bold and frozen. The same bytes for the same
 * tables and version, on any day and in any time zone: the workbook's dates are the data version's
 * day, and the ZIP inside is written again with that day on every entry (exceljs stamps the clock),
 * at local midnight as zip.ts does (ZIP stores local wall-clock time).
 */
export async function toXlsx(tables: WorkbookTable[], about: string[], version: string): Promise<Uint8Array> {
  const day = new Date(`${version}T00:00:00Z`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Crackdown Data';
  workbook.created = day;
  workbook.modified = day;
  const readme = workbook.addWorksheet('README');
  readme.columns = [{ width: 120 }];
  for (const line of about) readme.addRow([line]);
  for (const { name, table } of tables) {
    const sheet = workbook.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: c, key: c, width: widthOf(c, table.rows) }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows)
      sheet.addRow(table.columns.map((c) => (typeof row[c] === 'number' ? row[c] : String(row[c] ?? ''))));
  }
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  const entries = unzipSync(written);
  const mtime = new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  return zipSync(
    Object.fromEntries(Object.entries(entries).map(([path, bytes]) => [path, [bytes, { mtime }]])),
    { level: 6 },
  );
}
