// `DATA_DIR=DIR node scripts/search-size.ts [--out DIR]`: what indexing the figure pages adds to the
// search index, without building the site. Writes each figure page's searched part (the same
// markup as src/pages/[...lang]/figures/[id].astro's data-pagefind-body, from the same views) for
// both languages into a temp site, runs the extended Pagefind over it as the build does, and prints
// the pages, the time, Pagefind's peak memory, the index's bytes and what a reader's first search
// downloads (docs/deploy.md, "Search index").
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { pagefindExtendedBinary } from '../src/lib/built-site/search.ts';
import { siteData } from '../src/lib/data/index.ts';
import { htmlLang, type Locale } from '../src/lib/i18n/locale.ts';
import * as urls from '../src/lib/urls.ts';
import { figurePage } from '../src/lib/views/pages/figure-page.ts';
import { figureTerms } from '../src/lib/views/search-terms.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = values.out ?? mkdtempSync(join(tmpdir(), 'crackdown-search-size-'));
const site = join(out, 'site');
rmSync(site, { recursive: true, force: true });
const esc = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const q = siteData();
let started = performance.now();
let html = 0;
for (const f of q.data.figures) {
  const terms = figureTerms(q, f.id);
  for (const locale of ['zh', 'en'] as Locale[]) {
    const v = figurePage(q, f.id, locale, 'https://example.org');
    const body =
      `<div data-pagefind-body>` +
      (terms
        ? `<span hidden data-pagefind-index-attrs="data-terms" data-terms="${esc(terms)}"></span>`
        : '') +
      `<h1>${esc(v.name)}</h1>` +
      `<p class="figure-value" data-value="${v.value}" data-pagefind-index-attrs="data-value">${esc(v.shown)}</p>` +
      `<blockquote lang="zh-CN"><q>${esc(v.quote)}</q> <span class="meta">(${esc(v.page)})</span></blockquote></div>`;
    const page = `<!doctype html><html lang="${htmlLang(locale)}"><head><title>${esc(v.title)}</title></head><body><main>${body}</main></body></html>`;
    const dir = join(site, urls.figure(locale, f.id));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), page);
    html += Buffer.byteLength(body);
  }
}
const pages = q.data.figures.length * 2;
console.log(`${pages} figure pages written in ${((performance.now() - started) / 1000).toFixed(1)} s`);

started = performance.now();
const run = spawnSync('/usr/bin/time', ['-f', '%M', pagefindExtendedBinary(), '--site', site], {
  encoding: 'utf8',
});
if (run.status !== 0) throw new Error(`pagefind failed: ${run.stderr}`);
const seconds = (performance.now() - started) / 1000;
const peakMb = Number(run.stderr.trim().split('\n').at(-1)) / 1024;

const sizeOf = (dir: string): { bytes: number; files: number } => {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) {
      bytes += statSync(join(e.parentPath, e.name)).size;
      files++;
    }
  return { bytes, files };
};
const pf = join(site, 'pagefind');
const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
const index = sizeOf(join(pf, 'index'));
const fragment = sizeOf(join(pf, 'fragment'));
const metas = readdirSync(pf).filter((n) => n.endsWith('.pf_meta'));
const chunks = readdirSync(join(pf, 'index')).map((n) => statSync(join(pf, 'index', n)).size);
const fragments = readdirSync(join(pf, 'fragment')).map((n) => statSync(join(pf, 'fragment', n)).size);
const br = (path: string) => brotliCompressSync(readFileSync(path)).length;
console.log(
  [
    `figure pages: ${pages} (${kb(html)} of searched HTML); Pagefind ${seconds.toFixed(1)} s, peak ${peakMb.toFixed(0)} MB`,
    `index chunks: ${index.files} files, ${kb(index.bytes)} (largest ${kb(Math.max(...chunks))})`,
    `fragments: ${fragment.files} files, ${kb(fragment.bytes)} (mean ${(fragment.bytes / fragment.files).toFixed(0)} B)`,
    ...metas.map(
      (m) =>
        `${m} (loaded at the first search): ${kb(statSync(join(pf, m)).size)}, ${kb(br(join(pf, m)))} brotli`,
    ),
    `largest fragment: ${Math.max(...fragments)} B`,
  ].join('\n'),
);
