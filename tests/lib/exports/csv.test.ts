import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { toJson, type ExportTable } from '../../../src/lib/exports/export.ts';
import { toExcelCsv, toPlainCsv } from '../../../src/lib/exports/csv.ts';

const cells = [
  '=HYPERLINK("http://x")',
  '+cmd|x',
  '-2+3',
  '@SUM(A1)',
  '\tTAB',
  '\rCR',
  '-5',
  '-1.5',
  '+7',
  '1e5',
  '余-5',
  'plain, with "quotes"',
];
const fixture: ExportTable = {
  columns: ['id', 'text', 'number'],
  rows: [
    ...cells.map((text, i) => ({ id: `r${i}`, text, number: i })),
    { id: 'negative', text: '', number: -5 },
  ],
};
const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;

describe('Excel-safe CSV', () => {
  const csv = toExcelCsv(fixture);
  const rows = parse(csv);

  test('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(csv.startsWith('\ufeffid,text,number\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('formula-like cells get a leading quote, so a spreadsheet shows them as text', () => {
    expect(rows.slice(0, 6).map((r) => r.text)).toEqual(cells.slice(0, 6).map((c) => `'${c}`));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  test('real numbers, text not starting with a formula character, and number cells stay as they are', () => {
    expect(rows.slice(6).map((r) => r.text)).toEqual(cells.slice(6).concat(''));
    expect(rows.at(-1)).toEqual({ id: 'negative', text: '', number: '-5' });
  });
});

describe('exact text', () => {
  test('the plain CSV has no BOM, CRLF line ends and every cell exactly', () => {
    const csv = toPlainCsv(fixture);
    expect(csv.charCodeAt(0)).toBe('i'.charCodeAt(0));
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/\n(?!")/);
    expect(parse(csv).map((r) => r.text)).toEqual([...cells, '']);
  });

  test('the JSON keeps =HYPERLINK("http://x") and -5 exactly', () => {
    const json = JSON.parse(toJson(fixture)) as ExportTable;
    expect(json.rows[0]!.text).toBe('=HYPERLINK("http://x")');
    expect(json.rows.at(-1)!.number).toBe(-5);
  });
});
