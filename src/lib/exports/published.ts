// The one list of published tables: the download routes (/data/<name>.<format>, see urls.download)
// and the data page read it. Reader-facing descriptions live in i18n, keyed by the table's name.
import { toExcelCsv } from './csv.ts';
import {
  curatedTable,
  figuresExplained,
  provenanceTable,
  TABLE_NAMES,
  toJson,
  type ExportTable,
} from './export.ts';
import type { Query } from '../data/query.ts';
import type { TableName } from '../data/schema.ts';

export type PublishedTableName = 'figures-explained' | TableName | 'provenance';

export interface PublishedTable {
  /** Its address is /data/<name>.csv and .json; also the key of its description. */
  name: PublishedTableName;
  /** Builds the table; `siteUrl` is the public address, for figures-explained's url column. */
  build: (q: Query, siteUrl: string) => ExportTable;
}

/** Every published table, in the order the data page lists them: the self-explained table first. */
export const PUBLISHED_TABLES: readonly PublishedTable[] = [
  { name: 'figures-explained', build: figuresExplained },
  ...TABLE_NAMES.map((name) => ({ name, build: (q: Query) => curatedTable(q, name) })),
  { name: 'provenance', build: provenanceTable },
];

/** The download formats, each with its content type and how a table is written in it. */
export const DOWNLOAD_FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', write: toExcelCsv },
  json: { contentType: 'application/json; charset=utf-8', write: toJson },
} as const;
export type DownloadFormat = keyof typeof DOWNLOAD_FORMATS;
