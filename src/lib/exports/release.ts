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

export const zipName = (version: string) => `crackdown-data-${version}.zip`;

const MEDIA_TYPES: Record<string, string> = {
  csv: 'text/csv',
  json: 'application/json',
  db: 'application/vnd.sqlite3',
  md: 'text/markdown',
  zip: 'application/zip',
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
 * Every download of one data release, made from the validated data: per table an Excel-safe CSV
 * (`<table>.csv`), an exact CSV (`plain/<table>.csv`) and JSON; the SQLite database; the Data
 * Package and the README; SHA256SUMS of all of these; the ZIP of all of them; and the catalogue
 * and the Atom feed that point at them.
 */
export function makeRelease(q: Query, releases: Release[], siteUrl: string): DataRelease {
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
