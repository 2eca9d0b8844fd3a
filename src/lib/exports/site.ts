import { siteData } from '../data/index.ts';
import { perDataset } from '../data/memo.ts';
import type { Query } from '../data/query.ts';
import type { Locale } from '../i18n/locale.ts';
import { datasetJsonLd } from './catalog.ts';
import { makeRelease, releaseWorkbook, type DataRelease } from './release.ts';
import { readChangelog } from './version.ts';
import { publicSite } from '../hosting/site-config.ts';

/** What the site's pages need of the release once its files are written: version, downloads, sizes, row counts. */
export interface SiteRelease extends Pick<DataRelease, 'version' | 'downloads'> {
  /** Every file's path under /data/, in the order they were made. */
  names: string[];
  sizes: Map<string, number>;
  rows: Map<string, number>;
  /** The files' bytes not yet handed to the /data/ route (see releaseFile). */
  files: Map<string, Uint8Array>;
}

/**
 * The site's public origin without a trailing slash, for absolute URLs in the release files (their
 * paths carry the sub-path); '' when the build has none, so the files name paths, never a placeholder.
 */
const origin = (siteUrl: string | URL) => publicSite(siteUrl) ?? '';

/** The release, its workbook made first (asynchronously, once) and handed in. */
async function makeSiteRelease(q: Query, site: string): Promise<SiteRelease> {
  const releases = readChangelog();
  const workbook = await releaseWorkbook(q, releases[0]!.version, site);
  const { version, downloads, files, tables } = makeRelease(q, releases, site, workbook);
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
export const siteRelease = (siteUrl: string | URL): Promise<SiteRelease> =>
  releaseOf(siteData(), origin(siteUrl));

/**
 * One release file's bytes, let go once handed over: the /data/ route writes each file once, and at
 * national scale the release holds 150 MB that would otherwise stay in memory to the end of the build.
 * Asked again (the dev server), the release is made again.
 */
export async function releaseFile(siteUrl: string | URL, name: string): Promise<Uint8Array | undefined> {
  const { files } = await siteRelease(siteUrl);
  if (!files.has(name)) return (await makeSiteRelease(siteData(), origin(siteUrl))).files.get(name);
  const bytes = files.get(name);
  files.delete(name);
  return bytes;
}

/** The schema.org `Dataset` for the data page (zh at /data/, en at /en/data/), with every download and its size. */
export async function siteDatasetJsonLd(siteUrl: string | URL, locale: Locale) {
  const release = await siteRelease(siteUrl);
  return datasetJsonLd(siteData(), release.version, origin(siteUrl), release.downloads, locale);
}
