import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addSizes,
  compressedSizes,
  firstUseChunk,
  htmlFilesIn,
  measurePage,
  measureSite,
  urlOf,
} from '../../../src/lib/bench/page-weight.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'page-weight-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('compressedSizes', () => {
  it('gives raw bytes and smaller gzip and brotli sizes for repetitive text', () => {
    const s = compressedSizes('数据'.repeat(500));
    expect(s.raw).toBe(3000);
    expect(s.gzip).toBeLessThan(100);
    expect(s.brotli).toBeLessThan(s.gzip);
    expect(addSizes(s, s)).toEqual({ raw: 6000, gzip: 2 * s.gzip, brotli: 2 * s.brotli });
  });
});

describe('measurePage', () => {
  const files: Record<string, string> = {
    'index.html': '<p>home</p>',
    'places/gansu/index.html': [
      '<figure class="chart"><svg></svg></figure>',
      '<script type="module" src="/_astro/a.js"></script>',
      '<link rel="modulepreload" href="../../_astro/c.js">',
      '<script src="https://cdn.example/x.js"></script>',
      '<script type="application/json">{"not":"code"}</script>',
      '<script>import "/_astro/d.js"; console.log(1)</script>',
    ].join('\n'),
    '_astro/a.js': 'import { b } from "./b.js"; import "/_astro/b.js"; export * from "lib";',
    '_astro/b.js': 'export const b = 1;',
    '_astro/c.js': 'export const c = 2;',
    '_astro/d.js': 'export const d = 3;',
    '_astro/unused.js': 'export const u = 4;',
  };
  const dir = site(files);

  it('lists HTML files as URL paths', () => {
    expect(htmlFilesIn(dir)).toEqual(['index.html', 'places/gansu/index.html']);
    expect(htmlFilesIn(dir).map(urlOf)).toEqual(['/', '/places/gansu/']);
  });

  it('counts script files, module preloads, their static imports and inline scripts, and no other origin', () => {
    const w = measurePage(dir, 'places/gansu/index.html');
    expect(w.page).toBe('/places/gansu/');
    expect(w.jsFiles.map((f) => f.slice(dir.length))).toEqual([
      '/_astro/a.js',
      '/_astro/b.js',
      '/_astro/c.js',
      '/_astro/d.js',
    ]);
    expect(w.inlineScripts).toBe(1);
    expect(w.inlineJs).toEqual(compressedSizes('import "/_astro/d.js"; console.log(1)'));
    const fileBytes = ['a', 'b', 'c', 'd'].map((f) => Buffer.byteLength(files[`_astro/${f}.js`]!));
    expect(w.js.raw).toBe(w.inlineJs.raw + fileBytes.reduce((a, b) => a + b));
    expect(w.chart).toBe(true);
  });

  it('finds nothing to load on a page without scripts', () => {
    const w = measurePage(dir, 'index.html');
    expect(w).toMatchObject({ page: '/', jsFiles: [], inlineScripts: 0, chart: false });
    expect(w.js).toEqual({ raw: 0, gzip: 0, brotli: 0 });
    expect(w.html.raw).toBe('<p>home</p>'.length);
  });

  it('measures every page of a site, in order, as measurePage does one by one', () => {
    expect(measureSite(dir)).toEqual(htmlFilesIn(dir).map((file) => measurePage(dir, file)));
  });
});

describe('first-use chunks', () => {
  const dir = site({
    'figures/index.html': '<script type="module" src="/_astro/button.js"></script>',
    // Rolldown writes a dynamic import's address in backquotes.
    '_astro/button.js': 'b.onclick=()=>import(`./selection-chart.Ab_1.js`)',
    '_astro/selection-chart.Ab_1.js':
      'import{t}from"./numbers.js";export const chart = "echarts".repeat(100);',
    '_astro/numbers.js': 'export const t = 1;',
  });

  it('counts a chunk imported in backquotes as loaded on first use, not at load', () => {
    const w = measurePage(dir, 'figures/index.html');
    expect(w.jsFiles.map((f) => f.slice(dir.length))).toEqual(['/_astro/button.js']);
    expect(w.lazyJs.raw).toBe(
      compressedSizes('import{t}from"./numbers.js";export const chart = "echarts".repeat(100);').raw +
        compressedSizes('export const t = 1;').raw,
    );
  });

  it('finds the chunk by name, with its static imports; nothing when no file matches', () => {
    const chunk = firstUseChunk(dir, /^selection-chart\.[^.]+\.js$/)!;
    expect(chunk.file.slice(dir.length)).toBe('/_astro/selection-chart.Ab_1.js');
    expect(chunk.files.map((f) => f.slice(dir.length))).toEqual([
      '/_astro/numbers.js',
      '/_astro/selection-chart.Ab_1.js',
    ]);
    expect(chunk.withImports.raw).toBe(chunk.own.raw + 'export const t = 1;'.length);
    expect(firstUseChunk(dir, /^nothing\./)).toBeUndefined();
  });
});
