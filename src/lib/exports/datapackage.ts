import { publicationOf } from '../i18n/publication.ts';
import type { Query } from '../data/query.ts';
import { DATA_LICENSE, DATASET, TERMS } from './about.ts';
import { sha256 } from './checksums.ts';
import { tableWords, type PublishedTable } from './fields.ts';
import type { TableSchema } from './table-schema.ts';
import * as urls from '../urls.ts';

export interface PackageResource {
  name: PublishedTable;
  /** Path of the exact (plain) CSV, relative to datapackage.json. */
  path: string;
  bytes: Uint8Array;
  schema: TableSchema;
}

/**
 * A Frictionless Tabular Data Package (v1) describing the exact CSVs: a Table Schema each, the
 * licence, the sources, the data version, and each file's size and SHA-256.
 */
export function dataPackage(q: Query, version: string, siteUrl: string, resources: PackageResource[]) {
  return {
    profile: 'tabular-data-package',
    name: DATASET.name,
    id: `${siteUrl}${urls.dataFile('datapackage.json')}`,
    title: `${DATASET.title.en} · ${DATASET.title.zh}`,
    description: `${DATASET.description.en}\n\n${DATASET.description.zh}\n\n${TERMS.en}\n\n${TERMS.zh}`,
    version,
    created: `${version}T00:00:00Z`,
    homepage: `${siteUrl}${urls.home('zh')}`,
    keywords: [...DATASET.keywords],
    licenses: [{ ...DATA_LICENSE }],
    contributors: [{ title: DATASET.creator.en, role: 'author' }],
    sources: q.data.sources.map((s) => ({
      title: `${s.title_zh} (${s.title_en}). ${publicationOf(s, 'zh')} (${publicationOf(s, 'en')}), ${s.year}, pp. ${s.first_page}-${s.last_page}`,
    })),
    resources: resources.map((r) => ({
      profile: 'tabular-data-resource',
      name: r.name,
      path: r.path,
      title: r.name,
      description: `${tableWords(r.name).en} ${tableWords(r.name).zh}`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: r.bytes.length,
      hash: `sha256:${sha256(r.bytes)}`,
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: r.schema,
    })),
  };
}
