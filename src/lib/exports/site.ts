import { site } from '../data/index.ts';
import { makeRelease, type DataRelease } from './release.ts';
import { readChangelog } from './version.ts';

let cached: DataRelease | undefined;

/** This build's data release, made once: the site's data, data/CHANGELOG.md and the public address. */
export function siteRelease(siteUrl: string): DataRelease {
  cached ??= makeRelease(site(), readChangelog(), siteUrl.replace(/\/+$/, ''));
  return cached;
}
