import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { PUBLISHED_TABLES } from '../../../src/lib/exports/published.ts';
import { toXlsx } from '../../../src/lib/exports/workbook.ts';
import { fixtureQuery } from '../../helpers/fixture-data.ts';

const q = fixtureQuery();
const SITE = 'https://crackdown-data.example';
const tables = PUBLISHED_TABLES.map(({ name, build }) => ({ name, table: build(q, SITE) }));
const about = [
  'Crackdown Data',
  'Cite as:',
  'Crackdown Data. Data version 2026-12-02. (accessed YYYY-MM-DD).',
];

async function read(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
  );
  return workbook;
}

describe('the .xlsx workbook', () => {
  it('has a README sheet with the citation, then a sheet per table with its header frozen', async () => {
    const workbook = await read(await toXlsx(tables, about, '2026-12-02'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['README', ...tables.map((t) => t.name)]);
    expect(workbook.getWorksheet('README')!.getCell('A3').value).toContain('accessed YYYY-MM-DD');
    const figures = workbook.getWorksheet('figures')!;
    expect(figures.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(figures.getRow(1).values).toEqual([
      undefined,
      ...tables.find((t) => t.name === 'figures')!.table.columns,
    ]);
  });

  it('keeps numbers as numbers and dates and ids as text', async () => {
    const workbook = await read(await toXlsx(tables, about, '2026-12-02'));
    const sheet = workbook.getWorksheet('figures')!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const row = [...Array(sheet.rowCount).keys()]
      .map((i) => sheet.getRow(i + 1))
      .find((r) => r.getCell(header.indexOf('id') + 1).value === 'zhoukou-suspects')!;
    const cell = (column: string) => row.getCell(header.indexOf(column) + 1);
    expect(cell('value').type).toBe(ExcelJS.ValueType.Number);
    expect(cell('value').value).toBe(268);
    expect(cell('as_of').type).toBe(ExcelJS.ValueType.String);
    expect(cell('as_of').value).toBe('2020-12');
    expect(cell('id').type).toBe(ExcelJS.ValueType.String);
  });

  it('is the same bytes on any day it is written', async () => {
    const now = await toXlsx(tables, about, '2026-12-02');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-03-04T05:06:07Z'));
      expect(Buffer.from(await toXlsx(tables, about, '2026-12-02')).equals(Buffer.from(now))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
