// The public address of a build, from the environment: SITE_URL (origin, e.g.
// https://data.example.org) and BASE_PATH (the sub-path it is served under, e.g. /data/crackdown/).

import * as urls from '../urls.ts';
export const PLACEHOLDER_SITE = 'https://crackdown-data.example';

export interface SiteConfig {
  site: string;
  /** Astro's `base`: '/' or '/some/path/' (leading and trailing slash). */
  base: string;
  /** Set when a production build has no public address (it stands in the placeholder, which nothing hands out). */
  warning?: string;
}

/** A BASE_PATH as Astro's `base`: `data/crackdown` and `/data/crackdown` both become `/data/crackdown/`. */
export function normaliseBase(value: string | undefined): string {
  const parts = (value ?? '').split('/').filter(Boolean);
  for (const part of parts) {
    if (part === '.' || part === '..' || /[?#\\\s]/.test(part)) {
      throw new Error(`BASE_PATH=${value}: a sub-path such as /data/crackdown/ (no ., .., ?, #, spaces)`);
    }
  }
  return parts.length ? `/${parts.join('/')}/` : '/';
}

/** SITE_URL as an origin: an http(s) URL without a path (the sub-path goes in BASE_PATH). */
export function normaliseSite(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL=${value}: not a URL; give the public origin, e.g. https://data.example.org`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.pathname !== '/') {
    throw new Error(`SITE_URL=${value}: give the origin only (https://host); put a sub-path in BASE_PATH`);
  }
  return url.origin;
}

/** Reads SITE_URL and BASE_PATH; `astro build` without SITE_URL gets a loud warning, printed here. */
export function siteConfig(env: NodeJS.ProcessEnv, argv: readonly string[]): SiteConfig {
  const base = normaliseBase(env.BASE_PATH);
  if (env.SITE_URL) return { site: normaliseSite(env.SITE_URL), base };
  const config: SiteConfig = { site: PLACEHOLDER_SITE, base };
  if (argv.includes('build')) {
    config.warning = [
      '',
      '!!! SITE_URL is not set: canonical links, hreflang, the data catalogue, the feed and the',
      '!!! citations will name paths, not full addresses, and no sitemap is written.',
      '!!! For a real deployment: SITE_URL=https://your.host npm run build (see docs/deploy.md).',
      '',
    ].join('\n');
    console.warn(config.warning);
  }
  return config;
}

/** The public origin of a build, or undefined when it has none (SITE_URL unset: the placeholder), so nothing hands the placeholder out. */
export const publicSite = (site: string | URL | undefined): string | undefined => {
  const origin = site === undefined ? '' : String(site).replace(/\/+$/, '');
  return origin && origin !== PLACEHOLDER_SITE ? origin : undefined;
};

/** An address to hand out from a build at `site`: absolute when its public origin is known, else the path (see urls.address). */
export const handOut = (site: string | URL | undefined, path: string) => urls.address(publicSite(site), path);
