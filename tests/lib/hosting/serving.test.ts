import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CSP_HEADER, EMBED_CSP_HEADER } from '../../../src/lib/hosting/csp.ts';
import {
  CACHE_IMMUTABLE,
  CACHE_SHORT,
  cacheControlOf,
  compressible,
  contentTypeOf,
  headersOf,
} from '../../../src/lib/hosting/serving.ts';

describe('contentTypeOf', () => {
  test.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['places/gansu/', 'text/html; charset=utf-8'],
    ['', 'text/html; charset=utf-8'],
    ['data/figures.csv', 'text/csv; charset=utf-8'],
    ['data/figures.json', 'application/json; charset=utf-8'],
    ['data/crackdown-data.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['data/crackdown-data.db', 'application/vnd.sqlite3'],
    ['data/catalog.jsonld', 'application/ld+json; charset=utf-8'],
    ['data/SHA256SUMS', 'text/plain; charset=utf-8'],
    ['embed/x/chart.svg', 'image/svg+xml; charset=utf-8'],
    ['embed/x/chart.PNG', 'image/png'],
    ['_astro/a.B1.js', 'application/javascript; charset=utf-8'],
    ['x.wasm', 'application/wasm'],
    ['pagefind/wasm.en.pagefind', 'application/octet-stream'],
    ['pagefind/fragment/en_1.pf_fragment', 'application/octet-stream'],
    ['_headers', 'application/octet-stream'],
  ])('%s is %s', (path, type) => {
    expect(contentTypeOf(path)).toBe(type);
  });

  test('text is compressed; images, archives and Pagefind’s files are not', () => {
    expect(['a.html', 'a.csv', '_astro/a.js', 'a.svg'].every(compressible)).toBe(true);
    expect(['a.png', 'a.zip', 'a.xlsx', 'pagefind/a.pf_meta'].some(compressible)).toBe(false);
  });
});

describe('headersOf', () => {
  test('hashed names are cached for a year, everything else revalidated within five minutes', () => {
    expect(headersOf('_astro/a.B1.js')['Cache-Control']).toBe(CACHE_IMMUTABLE);
    expect(headersOf('pagefind/pagefind.en_60e6.pf_meta')['Cache-Control']).toBe(CACHE_IMMUTABLE);
    expect(headersOf('pagefind/index/en_1.pf_index')['Cache-Control']).toBe(CACHE_IMMUTABLE);
    for (const path of [
      'index.html',
      'data/figures.csv',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
      'embed/a/index.html',
    ])
      expect(headersOf(path)['Cache-Control'], path).toBe(CACHE_SHORT);
  });

  test('embed pages may be framed by any site, other pages (and /embed-resize.js) by the site only', () => {
    expect(headersOf('embed/places/gansu/x/index.html')['Content-Security-Policy']).toBe(EMBED_CSP_HEADER);
    expect(headersOf('en/embed/places/gansu/x/')['Content-Security-Policy']).toBe(EMBED_CSP_HEADER);
    expect(headersOf('embed-resize.js')['Content-Security-Policy']).toBe(CSP_HEADER);
    expect(headersOf('en/places/gansu/index.html')['Content-Security-Policy']).toBe(CSP_HEADER);
    expect(headersOf('index.html')['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('public/_headers (Netlify, Cloudflare Pages)', () => {
  // Each folder it caches for a year is one the table caches for a year, and the table's hashed
  // Pagefind folders are all there.
  const headers = readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '../../../public/_headers'),
    'utf8',
  );
  const immutable = [...headers.matchAll(/^(\/\S+)\*\n {2}Cache-Control: (.+)$/gm)]
    .filter(([, , value]) => value === CACHE_IMMUTABLE)
    .map(([, folder]) => folder!.slice(1));

  test('caches for a year only what the table caches for a year, the hashed Pagefind folders included', () => {
    expect(immutable).toEqual(expect.arrayContaining(['_astro/', 'pagefind/index/', 'pagefind/fragment/']));
    for (const folder of immutable) {
      const file = folder.startsWith('pagefind/')
        ? `${folder}en_1a2b.pf_${folder.includes('index') ? 'index' : 'fragment'}`
        : `${folder}x.1a2b.js`;
      expect(cacheControlOf(file), file).toBe(CACHE_IMMUTABLE);
    }
  });
});
