import { PassThrough } from 'node:stream';
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
  // exceljs's streaming writer commits each row as it goes: its in-memory workbook held 1.6 GB of heap
  // for a 40,000-figure release, past the build's 1.5 GB limit.
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
    created: day,
    modified: day,
    creator: 'Crackdown Data',
  } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0] & {
    created: Date;
    modified: Date;
    creator: string;
  });
  const readme = workbook.addWorksheet('README');
  readme.columns = [{ width: 120 }];
  for (const line of about) readme.addRow([line]).commit();
  readme.commit();
  for (const { name, table } of tables) {
    const sheet = workbook.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: c, key: c, width: widthOf(c, table.rows) }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (const row of table.rows)
      sheet
        .addRow(table.columns.map((c) => (typeof row[c] === 'number' ? row[c] : String(row[c] ?? ''))))
        .commit();
    sheet.commit();
  }
  await workbook.commit();
  const written = new Uint8Array(Buffer.concat(chunks));
  const entries = unzipSync(written);
  const mtime = new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  return zipSync(
    Object.fromEntries(Object.entries(entries).map(([path, bytes]) => [path, [bytes, { mtime }]])),
    { level: 6 },
  );
}
