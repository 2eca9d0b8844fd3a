import { siteData } from '../data/index.ts';
import { BASE_PATH, type Locale } from '../i18n/locale.ts';
import { datasetJsonLd } from './catalog.ts';
import { makeRelease, type DataRelease } from './release.ts';
import { readChangelog } from './version.ts';

let cached: DataRelease | undefined;

/** The site's public address with its sub-path and no trailing slash, for absolute URLs in the release files. */
const origin = (siteUrl: string | URL) => `${String(siteUrl).replace(/\/+$/, '')}${BASE_PATH}`;

/** This build's data release, made once: the site's data, data/CHANGELOG.md and the public address. */
export function siteRelease(siteUrl: string | URL): DataRelease {
  cached ??= makeRelease(siteData(), readChangelog(), origin(siteUrl));
  return cached;
}

/** The schema.org `Dataset` for the data page (zh at /data/, en at /en/data/), with every download and its size. */
export function siteDatasetJsonLd(siteUrl: string | URL, locale: Locale) {
  const release = siteRelease(siteUrl);
  return datasetJsonLd(siteData(), release.version, origin(siteUrl), release.downloads, locale);
}
