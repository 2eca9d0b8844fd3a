import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { sheetName, widthOf, type WorkbookTable } from './xlsx-lite.ts';

/**
 * Every table in one `.xlsx`, a sheet each, after a README sheet (`about`: one line a row, the
 * citation among them). Numbers stay numbers; every other cell is text, so Excel never turns `2020-10`
 * into a date or an id into a number. Header row bold and frozen. The same bytes for the same
 * tables and version, on any day and in any time zone: the workbook's dates are the data version's
 * day, and so is every ZIP entry's (stampZip; exceljs stamps the clock).
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
  return stampZip(new Uint8Array(Buffer.concat(chunks)), version);
}

/**
 * The ZIP with every entry's modification time set to `date` at midnight, in place: exceljs stamps
 * the clock. Written again entry by entry it would hold every sheet uncompressed (700 MB at 40,000
 * figures). DOS time and date sit at fixed offsets of each central directory entry (12, 14) and of
 * the local header it points to (10, 12); exceljs's archiver writes no extended timestamps.
 */
export function stampZip(zip: Uint8Array, date: string): Uint8Array {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const dosDate = ((year - 1980) << 9) | (month << 5) | day;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('workbook: no end of central directory');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('workbook: bad central directory');
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
