// Helpers for tests of the built site in dist/: page list, a static server, Chromium.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

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

/** The configured `site` URL: $SITE_URL, or the default in astro.config.mjs (e.g. `https://crackdown-data.example`). */
export function siteUrl(): string {
  if (process.env.SITE_URL) return process.env.SITE_URL;
  const config = readFileSync(join(repoDir, 'astro.config.mjs'), 'utf8');
  const match = /\bsite\s*:[^\n]*?['"`](https?:[^'"`]+)['"`]/.exec(config);
  if (!match?.[1]) throw new Error('astro.config.mjs has no site: URL');
  return match[1];
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
};

export interface StaticServer {
  /** Base URL without trailing slash, e.g. `http://127.0.0.1:40123`. */
  url: string;
  close: () => Promise<void>;
}

/** Serves `dir` on 127.0.0.1 (free port): index.html for directories, 404 for anything else missing. */
export async function startStaticServer(dir: string = distDir): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const notFound = (): void => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = resolve(root, `.${pathname}`);
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    let stat = existsSync(file) ? statSync(file) : undefined;
    if (stat?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
      stat = existsSync(file) ? statSync(file) : undefined;
    }
    if (!stat?.isFile()) return notFound();
    const type = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
    // Compress text as any static host does, so that size and speed measurements are realistic.
    if (
      /text|javascript|json|svg/.test(type) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    ) {
      const body = gzipSync(readFileSync(file));
      res.writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        'content-length': body.length,
        'cache-control': 'no-store',
        vary: 'accept-encoding',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { 'content-type': type, 'content-length': stat.size, 'cache-control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Chromium flags this machine needs (closed network; running as root). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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
