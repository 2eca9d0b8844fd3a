// The browser's .xlsx writer, read back with exceljs: the cells a reader gets from the explorer.
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../../../src/lib/exports/workbook.ts';
import { toXlsxLite, xmlText } from '../../../src/lib/exports/xlsx-lite.ts';
import { figuresExplained } from '../../../src/lib/exports/export.ts';
import { fixtureQuery } from '../../helpers/fixture-data.ts';

const table = {
  columns: ['id', 'value', 'as_of', 'gbt2260', 'note'],
  rows: [
    { id: 'gansu-suspects', value: 2289, as_of: '2020-10', gbt2260: '620000', note: 'A & B < C > D "E"' },
    { id: '00123', value: -1.5, as_of: '2020', gbt2260: '', note: '甘肃省公安厅\u0001破获\uffff案件' },
    { id: 'zero', value: 0, as_of: '2020-12-25', gbt2260: '620000', note: '  spaces kept  ' },
  ],
};
const about = [
  'Crackdown Data · 打击治理数据',
  'Cite as:',
  'Crackdown Data <https://example.org/data/> (accessed YYYY-MM-DD).',
];

async function read(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
  );
  return workbook;
}
/** Every row of a sheet as its cells' values, an empty cell as '' (exceljs counts from 1). */
const rowsOf = (sheet: ExcelJS.Worksheet) =>
  Array.from({ length: sheet.rowCount }, (_, r) =>
    Array.from({ length: sheet.columnCount }, (_, c) => sheet.getRow(r + 1).getCell(c + 1).value ?? ''),
  );

describe('the browser’s .xlsx writer', () => {
  it('writes a README sheet with the citation, then the table under its header, bold and frozen', async () => {
    const workbook = await read(toXlsxLite([{ name: 'figures-explained', table }], about));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['README', 'figures-explained']);
    expect(rowsOf(workbook.getWorksheet('README')!)).toEqual(about.map((line) => [line]));
    const sheet = workbook.getWorksheet('figures-explained')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(table.columns.map((_, c) => sheet.getRow(1).getCell(c + 1).font?.bold)).toEqual(
      table.columns.map(() => true),
    );
    expect(sheet.getCell('A2').font?.bold).toBeFalsy();
    expect(rowsOf(sheet)[0]).toEqual(table.columns);
    expect(sheet.getColumn(1).width).toBe('gansu-suspects'.length + 2);
    expect(sheet.getColumn(2).width).toBe(8);
  });

  it('keeps numbers as numbers and dates, codes and ids as text, XML specials and Chinese intact', async () => {
    const sheet = (await read(toXlsxLite([{ name: 'figures-explained', table }], about))).getWorksheet(
      'figures-explained',
    )!;
    expect(rowsOf(sheet).slice(1)).toEqual([
      ['gansu-suspects', 2289, '2020-10', '620000', 'A & B < C > D "E"'],
      // The characters XML 1.0 cannot hold (U+0001, U+FFFF) are dropped.
      ['00123', -1.5, '2020', '', '甘肃省公安厅破获案件'],
      ['zero', 0, '2020-12-25', '620000', '  spaces kept  '],
    ]);
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.String);
  });

  it('escapes the XML specials and leaves no character XML 1.0 forbids', () => {
    expect(xmlText('a&b<c>d"e\u0000f\u000bg\ud800h\t\n')).toBe('a&amp;b&lt;c&gt;d&quot;efgh\t\n');
    const xml = new TextDecoder().decode(
      unzipSync(toXlsxLite([{ name: 'figures-explained', table }], about))['xl/worksheets/sheet2.xml']!,
    );
    expect(xml).toContain('A &amp; B &lt; C &gt; D &quot;E&quot;');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uffff]/);
  });

  it('gives the cells exceljs gives for figures-explained, and the same bytes twice', async () => {
    const q = fixtureQuery();
    const tables = [{ name: 'figures-explained', table: figuresExplained(q, 'https://example.org') }];
    const lite = toXlsxLite(tables, about);
    const [ours, theirs] = await Promise.all([read(lite), read(await toXlsx(tables, about, '2026-12-02'))]);
    for (const name of ['README', 'figures-explained'])
      expect(rowsOf(ours.getWorksheet(name)!), name).toEqual(rowsOf(theirs.getWorksheet(name)!));
    expect(Buffer.from(toXlsxLite(tables, about)).equals(Buffer.from(lite))).toBe(true);
  });
});
