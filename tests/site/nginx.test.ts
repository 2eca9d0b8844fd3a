// dist/ served by Debian's nginx through the shipped docs/nginx.conf, included as docs/deploy.md says
// (tests/helpers/nginx.ts): every kind of file with the headers of src/lib/hosting/serving.ts (which
// the object-store upload sets too), and what that table cannot say alone: the types themselves, the
// 404 page in both languages, folders without their slash, compression, the old CSV addresses.
import { readdirSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { walkFiles } from '../../src/lib/built-site/walk.ts';
import { CSP_HEADER, EMBED_CSP_HEADER } from '../../src/lib/hosting/csp.ts';
import { CACHE_IMMUTABLE, CACHE_SHORT, headersOf } from '../../src/lib/hosting/serving.ts';
import { rawGet, startNginx, type Nginx } from '../helpers/nginx.ts';
import { distDir, requireDist } from '../helpers/site.ts';

requireDist();
let nginx: Nginx;
beforeAll(async () => {
  nginx = await startNginx();
});
afterAll(async () => {
  await nginx?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => rawGet(nginx.url + path, headers);
const files = [...walkFiles(distDir)].map((file) => relative(distDir, file).split(sep).join('/'));
const first = (pattern: RegExp) => {
  const found = files.find((f) => pattern.test(f));
  if (!found) throw new Error(`no file in dist/ matches ${pattern}`);
  return found;
};

/** One file of each extension (and of each folder with its own rules), as paths of dist/. */
function samples(): string[] {
  const byKind = new Map<string, string>();
  for (const file of files) {
    const name = file.split('/').pop()!;
    const ext = name.includes('.') ? name.split('.').pop()! : name;
    const folder = /^(en\/embed|embed|_astro|pagefind)\//.exec(file)?.[1] ?? '';
    if (!byKind.has(`${folder} ${ext}`)) byKind.set(`${folder} ${ext}`, file);
  }
  return [...byKind.values()].sort();
}

describe('nginx with docs/nginx.conf', () => {
  test('starts without a warning about the configuration', () => {
    expect(nginx.startupLog).toBe('');
  });

  test('every kind of file comes with the type, cache lifetime and security headers of the serving table', async () => {
    const sample = samples();
    expect(sample.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const file of sample) {
      const res = await get(`/${file}`);
      if (res.status !== 200) wrong.push(`${file}: status ${res.status}`);
      for (const [name, value] of Object.entries(headersOf(file))) {
        const sent = res.headers[name.toLowerCase()];
        if (sent !== value) wrong.push(`${file}: ${name} is ${JSON.stringify(sent)}, not "${value}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test.each([
    ['/', 'text/html; charset=utf-8'],
    ['/en/places/gansu/', 'text/html; charset=utf-8'],
    ['/data/figures.csv', 'text/csv; charset=utf-8'],
    ['/data/figures.json', 'application/json; charset=utf-8'],
    ['/data/crackdown-data.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['/data/crackdown-data.db', 'application/vnd.sqlite3'],
    ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
    ['/pagefind/pagefind.js', 'application/javascript; charset=utf-8'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['/pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
  ])('%s is sent as %s', async (path, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
  });

  test('PNGs and Pagefind’s index files have their types', async () => {
    expect((await get(`/${first(/\.png$/)}`)).headers['content-type']).toBe('image/png');
    for (const ext of ['pf_meta', 'pf_index', 'pf_fragment'])
      expect((await get(`/${first(new RegExp(`^pagefind/.*\\.${ext}$`))}`)).headers['content-type']).toBe(
        'application/octet-stream',
      );
  });

  test('Content-Security-Policy is a header: embeds may be framed by any site, other pages only by the site', async () => {
    const embeds = readdirSync(`${distDir}/embed/places/gansu`);
    for (const path of [`/embed/places/gansu/${embeds[0]}/`, `/en/embed/places/gansu/${embeds[0]}/`])
      expect((await get(path)).headers['content-security-policy'], path).toBe(EMBED_CSP_HEADER);
    for (const path of ['/', '/en/', '/places/gansu/', '/share/', '/embed-resize.js'])
      expect((await get(path)).headers['content-security-policy'], path).toBe(CSP_HEADER);
    expect(CSP_HEADER).toContain("frame-ancestors 'self'");
  });

  test('hashed assets are cached for a year; HTML, data and Pagefind’s entry file for five minutes', async () => {
    expect((await get(`/${first(/^_astro\/.*\.js$/)}`)).headers['cache-control']).toBe(CACHE_IMMUTABLE);
    expect((await get(`/${first(/^pagefind\/.*\.pf_meta$/)}`)).headers['cache-control']).toBe(
      CACHE_IMMUTABLE,
    );
    for (const path of ['/', '/en/metrics/', '/data/figures.csv', '/pagefind/pagefind-entry.json'])
      expect((await get(path)).headers['cache-control'], path).toBe(CACHE_SHORT);
  });

  test.each(['/no-such-page/', '/en/no-such-page/', '/places/nowhere', '/en/data/nothing.csv'])(
    '%s is the 404 page in both languages, with status 404',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-security-policy']).toBe(CSP_HEADER);
      const html = res.body.toString('utf8');
      expect(html).toContain('找不到页面');
      expect(html).toContain('Page not found');
    },
  );

  test.each([
    ['/places/gansu', '/places/gansu/'],
    ['/en/places/gansu?from=link&x=1', '/en/places/gansu/?from=link&x=1'],
    ['/en', '/en/'],
  ])('a folder without its slash, %s, redirects (301) to %s', async (path, location) => {
    const res = await get(path);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(location);
    expect((await get(location)).status).toBe(200);
  });

  test('the old chart CSV addresses redirect to their new places', async () => {
    const chart = first(/^embed\/places\/gansu\/[^/]+\/data\.csv$/).split('/')[3];
    const res = await get(`/data/charts/places/gansu/${chart}.csv`);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(`/embed/places/gansu/${chart}/data.csv`);
    expect((await get(res.headers.location as string)).status).toBe(200);
  });

  test('text is sent gzip-compressed to a client that accepts it; PNGs are not', async () => {
    for (const path of ['/', '/data/figures.csv', `/${first(/^_astro\/.*\.js$/)}`, '/favicon.svg']) {
      const plain = await get(path);
      const gzipped = await get(path, { 'accept-encoding': 'gzip' });
      expect(gzipped.headers['content-encoding'], path).toBe('gzip');
      expect(gzipped.headers.vary, path).toBe('Accept-Encoding');
      expect(gunzipSync(gzipped.body).equals(plain.body), path).toBe(true);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
    }
    const png = await get(`/${first(/\.png$/)}`, { 'accept-encoding': 'gzip' });
    expect(png.headers['content-encoding']).toBeUndefined();
  });
});
