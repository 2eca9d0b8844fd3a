import { siteData } from '../data/index.ts';
import { perDataset } from '../data/memo.ts';
import type { Query } from '../data/query.ts';
import type { Locale } from '../i18n/locale.ts';
import { datasetJsonLd } from './catalog.ts';
import { makeRelease, type DataRelease } from './release.ts';
import { readChangelog } from './version.ts';
import { DATASET, TERMS } from './about.ts';
import { ACCESS_DATE_FIELD, cite } from './cite.ts';
import { PUBLISHED_TABLES } from './published.ts';
import { toXlsx } from './workbook.ts';
import { LOCALES } from '../i18n/locale.ts';
import { words } from '../i18n/words.ts';
import * as urls from '../urls.ts';

/** What the site's pages need of the release once its files are written: version, downloads, sizes, row counts. */
export interface SiteRelease extends Pick<DataRelease, 'version' | 'downloads'> {
  /** Every file's path under /data/, in the order they were made. */
  names: string[];
  sizes: Map<string, number>;
  rows: Map<string, number>;
  /** The files' bytes not yet handed to the /data/ route (see releaseFile). */
  files: Map<string, Uint8Array>;
}

/** The site's public origin without a trailing slash, for absolute URLs in the release files (their paths carry the sub-path). */
const origin = (siteUrl: string | URL) => String(siteUrl).replace(/\/+$/, '');

function makeSiteRelease(q: Query, site: string): SiteRelease {
  const { version, downloads, files, tables } = makeRelease(q, readChangelog(), site);
  return {
    version,
    downloads,
    names: [...files.keys()],
    sizes: new Map([...files].map(([name, bytes]) => [name, bytes.length])),
    rows: new Map(tables.map((t) => [t.name, t.table.rows.length])),
    files,
  };
}

const releaseOf = perDataset(makeSiteRelease);

/** This build's data release, made once: the site's data, data/CHANGELOG.md and the public address. */
export const siteRelease = (siteUrl: string | URL): SiteRelease => releaseOf(siteData(), origin(siteUrl));

/**
 * One release file's bytes, let go once handed over: the /data/ route writes each file once, and at
 * national scale the release holds 150 MB that would otherwise stay in memory to the end of the build.
 * Asked again (the dev server), the release is made again.
 */
export function releaseFile(siteUrl: string | URL, name: string): Uint8Array | undefined {
  const { files } = siteRelease(siteUrl);
  if (!files.has(name)) return makeSiteRelease(siteData(), origin(siteUrl)).files.get(name);
  const bytes = files.get(name);
  files.delete(name);
  return bytes;
}

/** The schema.org `Dataset` for the data page (zh at /data/, en at /en/data/), with every download and its size. */
export function siteDatasetJsonLd(siteUrl: string | URL, locale: Locale) {
  const release = siteRelease(siteUrl);
  return datasetJsonLd(siteData(), release.version, origin(siteUrl), release.downloads, locale);
}

const workbookOf = perDataset(async (q: Query, site: string): Promise<Uint8Array> => {
  const version = readChangelog()[0]!.version;
  const about = LOCALES.flatMap((locale) => {
    const w = words(locale).exports.workbook;
    const url = `${site}${urls.dataPage(locale)}`;
    const citation = cite(
      { title: DATASET.title[locale], url, version, accessed: ACCESS_DATE_FIELD },
      locale,
    );
    return [
      DATASET.title[locale],
      w.version(version),
      DATASET.description[locale],
      w.cells,
      TERMS[locale],
      w.cite,
      citation.text,
      '',
    ];
  });
  const tables = PUBLISHED_TABLES.map(({ name, build }) => ({ name, table: build(q, site) }));
  return toXlsx(tables, about, version);
});

/** Every published table in one .xlsx, made once per build (its size is on the data page). */
export const siteWorkbook = (siteUrl: string | URL): Promise<Uint8Array> =>
  workbookOf(siteData(), origin(siteUrl));
