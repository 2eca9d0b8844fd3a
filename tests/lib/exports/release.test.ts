// The data release made in memory from data/: every value in every format, keys, checksums, ZIP.
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { fixtureQuery, FIXTURE_DATA, loadFixtureDataset } from '../../helpers/fixture-data.ts';
import { figuresExplained, TABLE_NAMES } from '../../../src/lib/exports/export.ts';
import { PUBLISHED_TABLES } from '../../../src/lib/exports/published.ts';
import { createQuery } from '../../../src/lib/data/query.ts';
import { parseSha256Sums, sha256 } from '../../../src/lib/exports/checksums.ts';
import { makeRelease, mediaType, releaseWorkbook, zipName } from '../../../src/lib/exports/release.ts';
import { readChangelog } from '../../../src/lib/exports/version.ts';
import { derivedDiscrepancies } from '../../../src/lib/i18n/overlaps.ts';
import { curatedCells, fromExcelCsv, fromJson, fromPlainCsv, sqliteCells, withSqlite } from './roundtrip.ts';

const DATA = FIXTURE_DATA;
// A public address (the placeholder would be left out: see site-config.ts publicSite).
const SITE = 'https://data.example.org';
const releases = readChangelog(resolve(import.meta.dirname, '../../..'));
const q = fixtureQuery();
const version = releases[0]!.version;
const release = makeRelease(q, releases, SITE, await releaseWorkbook(q, version, SITE));
const file = (path: string) => {
  const bytes = release.files.get(path);
  if (!bytes) throw new Error(`the release has no ${path}`);
  return bytes;
};
/** A row as the CSV cells of its table's columns (without the loader's line). */
const cellsOf = ({ line: _line, ...row }: { line: number } & Record<string, string | number>) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)]));
const explained = figuresExplained(q, SITE).rows.map((r) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])),
);

describe('every value in every format equals data/', () => {
  test.each([...TABLE_NAMES, 'provenance' as const])(
    '%s: exact CSV, Excel-safe CSV, JSON and SQLite',
    (name) => {
      // Discrepancies carry the derived may-overlap rows after the curated ones, in the same columns.
      const derived = name === 'discrepancies' ? derivedDiscrepancies(q).map(cellsOf) : [];
      const expected = [...curatedCells(DATA, name), ...derived];
      expect(expected.length).toBeGreaterThan(0);
      expect(fromPlainCsv(file(`plain/${name}.csv`))).toEqual(expected);
      expect(fromExcelCsv(file(`${name}.csv`))).toEqual(expected);
      expect(fromJson(file(`${name}.json`))).toEqual(expected);
      expect(withSqlite(file('crackdown-data.db'), (db) => sqliteCells(db, name))).toEqual(expected);
    },
  );

  test('figures-explained: exact CSV, Excel-safe CSV, JSON and SQLite, with the same columns', () => {
    expect(fromPlainCsv(file('plain/figures-explained.csv'))).toEqual(explained);
    expect(fromExcelCsv(file('figures-explained.csv'))).toEqual(explained);
    expect(fromJson(file('figures-explained.json'))).toEqual(explained);
    const table = withSqlite(file('crackdown-data.db'), (db) => sqliteCells(db, 'figures_explained'));
    expect(table).toEqual(explained);
    expect(Object.keys(table[0]!)).toContain('period_zh');
  });

  test('the README lists the discrepancies, the derived may-overlap rows after the curated ones', () => {
    const readme = new TextDecoder().decode(file('README.md'));
    const ids = [...readme.matchAll(/^- \*\*([a-z0-9-]+)\*\* \(/gm)].map((m) => m[1]);
    const expected = [...q.data.discrepancies, ...derivedDiscrepancies(q)].map((d) => d.id);
    // English, then Chinese.
    expect(ids).toEqual([...expected, ...expected]);
  });

  test('the ZIP holds every file of the release byte for byte, SHA256SUMS included', () => {
    const folder = `crackdown-data-${release.version}`;
    const entries = unzipSync(file(zipName(release.version)));
    const inZip = Object.keys(entries).sort();
    const expected = [...release.files.keys()]
      .filter((p) => !['catalog.jsonld', 'changes.atom', zipName(release.version)].includes(p))
      .map((p) => `${folder}/${p}`)
      .sort();
    expect(inZip).toEqual(expected);
    for (const path of inZip) expect(entries[path], path).toEqual(file(path.slice(folder.length + 1)));
    expect(inZip).toContain(`${folder}/README.md`);
    expect(inZip).toContain(`${folder}/plain/figures.csv`);
    expect(inZip).toContain(`${folder}/crackdown-data.xlsx`);
  });

  test('the workbook holds every published table, numbers as numbers, and cites the data page', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const bytes = file('crackdown-data.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'README',
      ...PUBLISHED_TABLES.map((t) => t.name),
    ]);
    const readme = workbook.getWorksheet('README')!.getColumn(1).values.join('\n');
    expect(readme).toContain(`${SITE}/data/`);
    expect(readme).toContain(`${SITE}/en/data/`);
    expect(new TextDecoder().decode(file('README.md'))).toContain('`crackdown-data.xlsx`');
    const figures = workbook.getWorksheet('figures')!;
    expect(figures.rowCount).toBe(q.data.figures.length + 1);
    const value = (figures.getRow(1).values as string[]).indexOf('value');
    expect(figures.getRow(2).getCell(value).type).toBe(ExcelJS.ValueType.Number);
  });
});

describe('SQLite', () => {
  test('holds 2,289 for Gansu suspects arrested, with no broken foreign key', () => {
    withSqlite(file('crackdown-data.db'), (db) => {
      const row = db
        .prepare(
          "SELECT value, qualifier FROM figures WHERE place = 'gansu' AND metric = 'suspects_arrested'",
        )
        .get();
      expect(row).toEqual({ value: 2289, qualifier: 'exact' });
      expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      const keys = db.prepare('SELECT "table", "from" FROM pragma_foreign_key_list(\'figures\')').all();
      expect(keys.map((k) => k.from).sort()).toEqual(
        ['agency', 'campaign', 'located_in', 'metric', 'part_of', 'place', 'source'].sort(),
      );
    });
  });

  test('refuses a value outside the allowed ones and a duplicate id', () => {
    withSqlite(file('crackdown-data.db'), (db) => {
      const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'figures'").get()!.sql as string;
      expect(sql).toContain(
        `"qualifier" TEXT NOT NULL CHECK ("qualifier" IN ('exact', 'at_least', 'approximately', 'rounded'))`,
      );
      expect(sql).toContain('PRIMARY KEY ("id")');
    });
  });

  test('keys provenance by table, row and column, and gives its pages as integers', () => {
    withSqlite(file('crackdown-data.db'), (db) => {
      const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'provenance'").get()!.sql as string;
      expect(sql).toContain('PRIMARY KEY ("table", "id", "field")');
      expect(sql).toContain('"page" INTEGER');
      expect(db.prepare('SELECT COUNT(*) AS n FROM provenance').get()).toEqual({
        n: fixtureQuery().data.provenance.length,
      });
    });
  });

  test('the figures_explained table gives each figure its page on the site', () => {
    withSqlite(file('crackdown-data.db'), (db) => {
      const row = db.prepare("SELECT url FROM figures_explained WHERE id = 'gansu-suspects'").get();
      expect(row).toEqual({ url: `${SITE}/figures/gansu-suspects/` });
    });
  });
});

describe('checksums and Data Package', () => {
  test('SHA256SUMS lists every file in the ZIP but itself, with the right digest', () => {
    const sums = parseSha256Sums(new TextDecoder().decode(file('SHA256SUMS')));
    // Three files a table, then datapackage.json, README.md, the SQLite database and the workbook.
    expect(sums.size).toBe(PUBLISHED_TABLES.length * 3 + 4);
    for (const [path, digest] of sums) expect(sha256(file(path)), path).toBe(digest);
    expect(sums.has('SHA256SUMS')).toBe(false);
    expect(sums.has('crackdown-data.xlsx')).toBe(true);
  });

  test('the catalogue lists the workbook among the downloads, with its media type and size', () => {
    expect(release.downloads).toContainEqual({
      path: 'crackdown-data.xlsx',
      bytes: file('crackdown-data.xlsx').length,
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(mediaType('crackdown-data.xlsx')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const catalog = JSON.parse(new TextDecoder().decode(file('catalog.jsonld')));
    const titles = catalog['dcat:dataset']['dcat:distribution'].map(
      (d: { 'dct:title': string }) => d['dct:title'],
    );
    expect(titles).toContain('crackdown-data.xlsx');
  });

  test('datapackage.json describes the exact CSVs with their size and sha256, types, allowed values and keys', () => {
    const descriptor = JSON.parse(new TextDecoder().decode(file('datapackage.json')));
    expect(descriptor.version).toBe(release.version);
    expect(descriptor.licenses[0].name).toBe('CC-BY-4.0');
    // A tabular-data-package holds only tabular resources: the workbook is not one of them.
    expect(descriptor.resources.every((r: { path: string }) => r.path.endsWith('.csv'))).toBe(true);
    for (const r of descriptor.resources) {
      expect(r.hash).toBe(`sha256:${sha256(file(r.path))}`);
      expect(r.bytes).toBe(file(r.path).length);
    }
    const figures = descriptor.resources.find((r: { name: string }) => r.name === 'figures').schema;
    const field = (name: string) => figures.fields.find((f: { name: string }) => f.name === name);
    expect(field('qualifier').constraints).toEqual({
      required: true,
      enum: ['exact', 'at_least', 'approximately', 'rounded'],
    });
    expect(field('precision')).toMatchObject({ type: 'integer', constraints: { required: true } });
    expect(field('reported').constraints.pattern).toBeDefined();
    expect(field('value')).toMatchObject({ type: 'integer', constraints: { required: true } });
    expect(field('as_of').constraints.pattern).toBeDefined();
    expect(figures.primaryKey).toBe('id');
    expect(figures.foreignKeys).toContainEqual({
      fields: 'part_of',
      reference: { resource: '', fields: 'id' },
    });
    expect(figures.foreignKeys).toContainEqual({
      fields: 'metric',
      reference: { resource: 'metrics', fields: 'id' },
    });
  });
});

const withFormula = loadFixtureDataset();
withFormula.figures[0] = { ...withFormula.figures[0]!, note_en: '=HYPERLINK("http://x")' };
const formulaQuery = createQuery(withFormula);
const formulaWorkbook = await releaseWorkbook(formulaQuery, version, SITE);

describe('a formula in the data', () => {
  const fixture = makeRelease(formulaQuery, releases, SITE, formulaWorkbook);
  const id = withFormula.figures[0]!.id;
  const noteIn = (cells: Record<string, string>[]) => cells.find((r) => r.id === id)?.note_en;
  const text = (path: string) => new TextDecoder().decode(fixture.files.get(path));

  test('is neutralised in the Excel CSVs and kept exactly in the plain CSV, JSON and SQLite', () => {
    expect(text('figures.csv')).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text('figures-explained.csv')).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(noteIn(fromPlainCsv(fixture.files.get('plain/figures.csv')!))).toBe('=HYPERLINK("http://x")');
    expect(noteIn(fromJson(fixture.files.get('figures.json')!))).toBe('=HYPERLINK("http://x")');
    expect(
      withSqlite(fixture.files.get('crackdown-data.db')!, (db) => noteIn(sqliteCells(db, 'figures'))),
    ).toBe('=HYPERLINK("http://x")');
  });
});

describe('determinism', () => {
  test('two releases, workbook included, in time zones 14 hours apart, are byte-identical', async () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = makeRelease(q, releases, SITE, await releaseWorkbook(q, version, SITE));
      process.env.TZ = 'Pacific/Pago_Pago';
      const west = makeRelease(q, releases, SITE, await releaseWorkbook(q, version, SITE));
      expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(660);
      for (const [path, bytes] of east.files) expect(sha256(west.files.get(path)!), path).toBe(sha256(bytes));
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
