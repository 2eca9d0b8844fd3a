import { toJson, type ExportTable } from './export.ts';
import { PUBLISHED_TABLES } from './published.ts';
import type { Query } from '../data/query.ts';
import { toAtom } from './atom.ts';
import { dcatCatalog, type Distribution } from './catalog.ts';
import { toSha256Sums } from './checksums.ts';
import { toExcelCsv, toPlainCsv } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import type { PublishedTable } from './fields.ts';
import { toReadme } from './readme.ts';
import { toSqlite } from './sqlite.ts';
import { tableSchema, type TableSchema } from './table-schema.ts';
import type { Release } from './version.ts';
import { toZip } from './zip.ts';
import { workbookReadme } from './cite.ts';
import { toXlsx } from './workbook.ts';
import { LOCALES } from '../i18n/locale.ts';
import { words } from '../i18n/words.ts';
import { WORKBOOK } from '../urls.ts';

export const zipName = (version: string) => `crackdown-data-${version}.zip`;

const MEDIA_TYPES: Record<string, string> = {
  csv: 'text/csv',
  json: 'application/json',
  db: 'application/vnd.sqlite3',
  md: 'text/markdown',
  zip: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jsonld: 'application/ld+json',
  atom: 'application/atom+xml',
};

/** The media type of a published file, by its extension (SHA256SUMS is plain text). */
export const mediaType = (path: string) => MEDIA_TYPES[path.split('.').pop()!] ?? 'text/plain';

export interface DataRelease {
  version: string;
  /** Every file of the release by its path under /data/, in the order they were made. */
  files: Map<string, Uint8Array>;
  /** The downloads (every file but the catalogue and the feed), for the catalogue and schema.org `Dataset`. */
  downloads: Distribution[];
  /** The published tables with their Table Schemas. */
  tables: { name: PublishedTable; table: ExportTable; schema: TableSchema }[];
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * The release's Excel workbook (urls.WORKBOOK): a sheet per published table after a README sheet in
 * both languages. exceljs writes it asynchronously, so it is made first and handed to makeRelease.
 */
export function releaseWorkbook(q: Query, version: string, siteUrl: string): Promise<Uint8Array> {
  const about = LOCALES.flatMap((locale) => [
    ...workbookReadme(locale, version, siteUrl, words(locale).exports.workbook.cells),
    '',
  ]);
  const tables = PUBLISHED_TABLES.map(({ name, build }) => ({ name, table: build(q, siteUrl) }));
  return toXlsx(tables, about, version);
}

/**
 * Every download of one data release, made from the validated data: per table an Excel-safe CSV
 * (`<table>.csv`), an exact CSV (`plain/<table>.csv`) and JSON; the Data Package and the README;
 * the SQLite database; the Excel workbook (`workbook`, from releaseWorkbook); SHA256SUMS of all of
 * these; the ZIP of all of them; and the catalogue and the Atom feed that point at them.
 */
export function makeRelease(
  q: Query,
  releases: Release[],
  siteUrl: string,
  workbook: Uint8Array,
): DataRelease {
  const version = releases[0]!.version;
  const tables = PUBLISHED_TABLES.map(({ name, build }) => {
    const table = build(q, siteUrl);
    return { name, table, schema: tableSchema(name, table.columns) };
  });
  const files = new Map<string, Uint8Array>();
  for (const { name, table } of tables) {
    files.set(`${name}.csv`, utf8(toExcelCsv(table)));
    files.set(`plain/${name}.csv`, utf8(toPlainCsv(table)));
    files.set(`${name}.json`, utf8(toJson(table)));
  }
  // The Data Package lists the exact CSVs only: a tabular-data-package requires every resource to
  // be a tabular-data-resource, which is CSV or inline JSON, so the workbook (and the SQLite
  // database) would make it invalid. SHA256SUMS, the ZIP and the catalogue list them.
  const descriptor = dataPackage(
    q,
    version,
    siteUrl,
    tables.map(({ name, schema }) => ({
      name,
      schema,
      path: `plain/${name}.csv`,
      bytes: files.get(`plain/${name}.csv`)!,
    })),
  );
  files.set('datapackage.json', utf8(`${JSON.stringify(descriptor, null, 2)}\n`));
  files.set('README.md', utf8(toReadme(q, tables, version, siteUrl)));
  // figures-explained last: its keys point into the curated tables.
  const byDependency = [
    ...tables.filter((t) => t.name !== 'figures-explained'),
    ...tables.filter((t) => t.name === 'figures-explained'),
  ];
  files.set('crackdown-data.db', toSqlite(byDependency));
  files.set(WORKBOOK, workbook);
  files.set('SHA256SUMS', utf8(toSha256Sums(files)));
  files.set(zipName(version), toZip(`crackdown-data-${version}`, files, version));
  const downloads = describe(files);
  files.set(
    'catalog.jsonld',
    utf8(`${JSON.stringify(dcatCatalog(q, version, siteUrl, downloads), null, 2)}\n`),
  );
  files.set('changes.atom', utf8(toAtom(releases, siteUrl)));
  return { version, files, downloads, tables };
}

function describe(files: Map<string, Uint8Array>): Distribution[] {
  return [...files].map(([path, bytes]) => ({ path, bytes: bytes.length, mediaType: mediaType(path) }));
}
