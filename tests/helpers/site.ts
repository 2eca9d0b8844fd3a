// Helpers for tests of the built site in dist/: page list, a static server, Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { publicSite, siteConfig } from '../../src/lib/hosting/site-config.ts';
import { chromiumArgs } from '../../src/lib/built-site/chromium.ts';
import { startStaticServer as serve, type StaticServer } from '../../src/lib/built-site/static-server.ts';

export type { StaticServer };

export const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distDir = join(repoDir, 'dist');

/** Throws (so the test fails, never silently passes) when dist/ has not been built. */
export function requireDist(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir} has no index.html: run npm run build first (npm test does it for you)`);
  }
}

/** Every index.html under dist/ as a URL path (`/`, `/en/`, `/places/gansu/`), sorted. */
export function listHtmlPages(): string[] {
  requireDist();
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') {
        const rel = relative(distDir, dir).split(sep).join('/');
        pages.push(rel === '' ? '/' : `/${rel}/`);
      }
    }
  };
  walk(distDir);
  return pages.sort();
}

/** Path of the built file for a URL path such as `/places/gansu/`. */
export function htmlFileFor(page: string): string {
  return join(distDir, ...page.split('/').filter(Boolean), 'index.html');
}

/** Reads the built HTML of a URL path. */
export function readPage(page: string): string {
  return readFileSync(htmlFileFor(page), 'utf8');
}

/** The configured `site` URL: $SITE_URL as astro.config.mjs reads it, or the placeholder. */
export function siteUrl(): string {
  return siteConfig(process.env, []).site;
}

/** What the build puts in front of a path it hands out: the public origin (SITE_URL), or '' without one. */
export const publicOrigin = (): string => publicSite(siteUrl()) ?? '';

/** Serves `dir` (dist/ by default) on 127.0.0.1 at a free port; see src/lib/built-site/static-server.ts. */
export function startStaticServer(dir: string = distDir): Promise<StaticServer> {
  return serve(dir);
}

/**
 * Options for every browser context: requests to anywhere but 127.0.0.1 go to a dead proxy, so
 * they fail at once (net::ERR_PROXY_CONNECTION_FAILED) and nothing leaves the machine, at no cost
 * per request (unlike request interception). `page.on('request')` still sees them.
 */
export const offlineContext = {
  proxy: { server: 'http://127.0.0.1:9', bypass: '127.0.0.1,localhost' },
} as const;

/** Launches the system Chromium (never a downloaded one): $CHROMIUM_PATH or /usr/bin/chromium. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: apt-get install chromium, or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/** Runs `fn` over `items` with at most `limit` running at once. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * The built site served and a Chromium for one test file: both started before its tests and closed
 * after them. Read `site.browser` and `site.server` inside the tests.
 */
export function siteInBrowser(): { readonly browser: Browser; readonly server: StaticServer } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    requireDist();
    [browser, server] = await Promise.all([launchBrowser(), startStaticServer()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get server() {
      return server!;
    },
  };
}

/**
 * `npm run build` of this repo into `outDir`, with `env` but without the variables Vitest puts in
 * process.env (BASE_URL would override Astro's `base`); throws with the log's end if it fails.
 */
export function buildInto(outDir: string, env: NodeJS.ProcessEnv): string {
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...clean } = env;
  const run = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
    cwd: repoDir,
    encoding: 'utf8',
    env: { ...clean, FORCE_COLOR: '0' },
  });
  const log = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`npm run build -- --outDir ${outDir} failed:\n${log.slice(-3000)}`);
  return log;
}
