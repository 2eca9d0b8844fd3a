// `npm run bench`: prints figures about the built site; it is not a test and always exits 0
// unless it cannot run at all.
//   - builds once with `npx astro build` and prints the build time, in all and per page
//     (`--no-build` measures the dist/ that is there);
//   - for every HTML page in dist/: the HTML's size raw, gzip and brotli, and the JavaScript it
//     loads at load time (its <script src>, module preloads and their static imports, plus inline
//     scripts), gzip and brotli, each file compressed on its own as a server would send it;
//   - totals, maxima, and the pages over budget;
//   - `--lighthouse`: Lighthouse (mobile) on /, /places/gansu/ and /campaigns/duanka/, when the
//     `lighthouse` package is installed; reports go to test-results/lighthouse/.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromiumArgs } from '../src/lib/built-site/chromium.ts';
import { findTags, hasClass, innerOf } from '../src/lib/built-site/html-scan.ts';
import { startStaticServer } from '../src/lib/built-site/static-server.ts';

const repoDir = resolve(import.meta.dirname, '..');
const distDir = join(repoDir, 'dist');

const KB = 1000;
const BUDGET_CHART_JS_BR = 2 * KB; // JavaScript at load on a page with a chart, brotli
const BUDGET_ANY_JS_GZ = 10 * KB; // JavaScript at load on any page, gzip
const LIGHTHOUSE_PAGES = ['/', '/places/gansu/', '/campaigns/duanka/'];

const args = new Set(process.argv.slice(2));

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

const sizeCache = new Map<string, Sizes>();
function sizes(content: string | Buffer): Sizes {
  const buf = typeof content === 'string' ? Buffer.from(content) : content;
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}
function fileSizes(file: string): Sizes {
  let s = sizeCache.get(file);
  if (!s) sizeCache.set(file, (s = sizes(readFileSync(file))));
  return s;
}
const add = (a: Sizes, b: Sizes): Sizes => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});
const zero: Sizes = { raw: 0, gzip: 0, brotli: 0 };
const kb = (n: number): string => (n / KB).toFixed(1);

function htmlFiles(): string[] {
  return (readdirSync(distDir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/** URL path of a file in dist/ (`places/gansu/index.html` → `/places/gansu/`). */
const urlOf = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** The dist/ file a URL refers to from a page, or undefined when it is not a local file. */
function localFile(ref: string, from: string): string | undefined {
  const url = new URL(ref, new URL(from, 'http://local.invalid'));
  if (url.origin !== 'http://local.invalid') return undefined;
  const file = join(distDir, decodeURIComponent(url.pathname));
  return existsSync(file) ? file : undefined;
}

/** Static imports (import … from "x", import "x", export … from "x") of a JS file, transitively. */
function withStaticImports(entry: string, seen: Set<string>): void {
  if (seen.has(entry)) return;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  const from = '/' + relative(distDir, entry).split(sep).join('/');
  for (const m of code.matchAll(/\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?(['"])([^'"\s]+)\1/g)) {
    const spec = m[2]!;
    if (!/^(\.{1,2}\/|\/)/.test(spec)) continue;
    const file = localFile(spec, from);
    if (file) withStaticImports(file, seen);
  }
}

interface PageFigures {
  page: string;
  html: Sizes;
  js: Sizes;
  jsFiles: number;
  inlineScripts: number;
  chart: boolean;
  flags: string[];
}

function measure(file: string): PageFigures {
  const page = urlOf(file);
  const html = readFileSync(join(distDir, file), 'utf8');
  const jsFiles = new Set<string>();
  let inline = zero;
  let inlineScripts = 0;
  for (const script of findTags(html, 'script')) {
    const type = (script.attrs.type ?? '').toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue; // JSON, templates
    if (script.attrs.src !== undefined) {
      const f = localFile(script.attrs.src, page);
      if (f) withStaticImports(f, jsFiles);
    } else {
      const body = innerOf(html, script);
      if (body.trim()) {
        inline = add(inline, sizes(body));
        inlineScripts++;
        // An inline module can import files too.
        for (const m of body.matchAll(/\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?(['"])([^'"\s]+)\1/g)) {
          const f = localFile(m[2]!, page);
          if (f) withStaticImports(f, jsFiles);
        }
      }
    }
  }
  for (const link of findTags(html, 'link')) {
    if ((link.attrs.rel ?? '').split(/\s+/).includes('modulepreload') && link.attrs.href) {
      const f = localFile(link.attrs.href, page);
      if (f) withStaticImports(f, jsFiles);
    }
  }
  const js = [...jsFiles].reduce((sum, f) => add(sum, fileSizes(f)), inline);
  const chart = findTags(html, 'figure').some((t) => hasClass(t, 'chart'));
  const flags: string[] = [];
  if (chart && js.brotli > BUDGET_CHART_JS_BR)
    flags.push(`chart page JS ${kb(js.brotli)} kB br > ${kb(BUDGET_CHART_JS_BR)}`);
  if (js.gzip > BUDGET_ANY_JS_GZ) flags.push(`JS ${kb(js.gzip)} kB gz > ${kb(BUDGET_ANY_JS_GZ)}`);
  return { page, html: sizes(html), js, jsFiles: jsFiles.size, inlineScripts, chart, flags };
}

function table(rows: string[][], rightAligned: (i: number) => boolean): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => (rightAligned(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

// --- build -----------------------------------------------------------------------------------
let buildMs: number | undefined;
let renderMs: number | undefined;
if (!args.has('--no-build')) {
  console.log('Building: npx astro build …');
  const t0 = performance.now();
  const build = spawnSync('npx', ['astro', 'build'], {
    cwd: repoDir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  buildMs = performance.now() - t0;
  // Astro's own figure for rendering pages and files, without start-up and bundling.
  const rendered = /page\(s\) built in ([\d.]+)(m?s)/.exec(build.stdout.replace(/\x1b\[[0-9;]*m/g, ''));
  if (rendered) renderMs = Number(rendered[1]) * (rendered[2] === 's' ? 1000 : 1);
  if (build.status !== 0) {
    console.error(`${build.stdout}\n${build.stderr}`.trim().split('\n').slice(-30).join('\n'));
    console.error(`astro build failed (exit ${build.status}); nothing to measure.`);
    process.exit(1);
  }
}
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`${distDir} has no index.html: run npm run build first (or drop --no-build).`);
  process.exit(1);
}

// --- sizes -----------------------------------------------------------------------------------
const files = htmlFiles();
const figures = files.map(measure);

const header = ['page', 'html', 'gz', 'br', 'js files', 'js gz', 'js br', 'chart', 'over budget'];
const rows = figures.map((f) => [
  f.page,
  kb(f.html.raw),
  kb(f.html.gzip),
  kb(f.html.brotli),
  `${f.jsFiles}+${f.inlineScripts}`,
  kb(f.js.gzip),
  kb(f.js.brotli),
  f.chart ? 'yes' : '',
  f.flags.join('; '),
]);
console.log(`\nSizes in kB (1 kB = 1000 bytes); "js files" = script files + inline scripts at load.\n`);
console.log(table([header, ...rows], (i) => i >= 1 && i <= 6));

const total = figures.reduce((s, f) => ({ html: add(s.html, f.html), js: add(s.js, f.js) }), {
  html: zero,
  js: zero,
});
const maxBy = (pick: (f: PageFigures) => number): string => {
  const best = figures.reduce((a, b) => (pick(b) > pick(a) ? b : a));
  return `${kb(pick(best))} kB (${best.page})`;
};
const uniqueJs = [...sizeCache.values()].reduce(add, zero);
const charts = figures.filter((f) => f.chart);
console.log(`
Pages: ${figures.length} HTML files (${charts.length} with a chart)
HTML total:  ${kb(total.html.raw)} kB raw, ${kb(total.html.gzip)} kB gzip, ${kb(total.html.brotli)} kB brotli
HTML max:    raw ${maxBy((f) => f.html.raw)}, gzip ${maxBy((f) => f.html.gzip)}, brotli ${maxBy((f) => f.html.brotli)}
JS at load, summed over pages: ${kb(total.js.gzip)} kB gzip, ${kb(total.js.brotli)} kB brotli
JS files in dist/ loaded by some page: ${sizeCache.size}, ${kb(uniqueJs.raw)} kB raw, ${kb(uniqueJs.gzip)} kB gzip, ${kb(uniqueJs.brotli)} kB brotli
JS at load max: gzip ${maxBy((f) => f.js.gzip)}, brotli ${maxBy((f) => f.js.brotli)}${
  charts.length
    ? `\nJS at load max on a chart page: brotli ${kb(Math.max(...charts.map((f) => f.js.brotli)))} kB`
    : ''
}
Budgets: JS at load <= ${kb(BUDGET_CHART_JS_BR)} kB brotli on a chart page, <= ${kb(BUDGET_ANY_JS_GZ)} kB gzip on any page`);
const over = figures.filter((f) => f.flags.length);
console.log(
  over.length
    ? `OVER BUDGET: ${over.length} page(s):\n${over.map((f) => `  ${f.page}: ${f.flags.join('; ')}`).join('\n')}`
    : 'Over budget: none',
);
if (buildMs !== undefined) {
  const files = listFiles(distDir).length;
  console.log(
    `Build: ${(buildMs / 1000).toFixed(1)} s for ${figures.length} pages = ${(buildMs / figures.length).toFixed(0)} ms per page (whole command, start-up included)`,
  );
  if (renderMs !== undefined) {
    console.log(
      `Rendering: ${(renderMs / 1000).toFixed(2)} s for ${figures.length} pages and ${files - figures.length} other files (chart SVGs, data) = ${(renderMs / figures.length).toFixed(1)} ms per page, ${(renderMs / files).toFixed(1)} ms per file`,
    );
  }
}

/** Every file under a folder, recursively. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

// --- Lighthouse ------------------------------------------------------------------------------
interface LighthouseResult {
  lhr: {
    categories: Record<string, { title: string; score: number | null }>;
    audits: Record<string, { displayValue?: string; numericValue?: number }>;
    runtimeError?: { message: string };
  };
  report: string | string[];
}
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<LighthouseResult | undefined>;

/** Starts the system Chromium with a DevTools port for Lighthouse; resolves when it listens. */
function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const child = spawn(
    executable,
    [
      '--headless=new',
      ...chromiumArgs,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const stop = async (): Promise<void> => {
    child.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  return new Promise((ok, fail) => {
    let err = '';
    const timer = setTimeout(
      () => void stop().then(() => fail(new Error(`Chromium did not start: ${err}`))),
      30_000,
    );
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        ok({ port: Number(m[1]), stop });
      }
    });
    child.on('exit', (code) => (clearTimeout(timer), fail(new Error(`Chromium exited (${code}): ${err}`))));
  });
}

if (args.has('--lighthouse')) {
  const name = 'lighthouse';
  let lighthouse: Lighthouse | undefined;
  try {
    lighthouse = ((await import(name)) as { default: Lighthouse }).default;
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw err;
    console.log(
      '\nLighthouse: the `lighthouse` package is not installed (npm install --save-dev lighthouse); skipped.',
    );
  }
  if (lighthouse) {
    const outDir = join(repoDir, 'test-results', 'lighthouse');
    mkdirSync(outDir, { recursive: true });
    const server = await startStaticServer(distDir);
    const chrome = await startChromium();
    try {
      console.log(
        `\nLighthouse (mobile, simulated throttling); HTML reports in ${relative(repoDir, outDir)}/`,
      );
      const lhRows = [['page', 'perf', 'a11y', 'best', 'seo', 'FCP', 'LCP', 'TBT', 'CLS', 'SI', 'bytes']];
      for (const page of LIGHTHOUSE_PAGES) {
        if (!existsSync(join(distDir, page, 'index.html'))) {
          console.log(`  ${page}: not in dist/, skipped`);
          continue;
        }
        const result = await lighthouse(server.url + page, {
          port: chrome.port,
          output: 'html',
          logLevel: 'error',
        });
        if (!result) continue;
        const { categories: c, audits: a, runtimeError } = result.lhr;
        if (runtimeError) console.log(`  ${page}: ${runtimeError.message}`);
        const score = (k: string): string =>
          c[k]?.score == null ? '-' : String(Math.round(c[k]!.score! * 100));
        const shown = (k: string): string => a[k]?.displayValue?.replace(/\s+/g, ' ') ?? '-';
        lhRows.push([
          page,
          score('performance'),
          score('accessibility'),
          score('best-practices'),
          score('seo'),
          shown('first-contentful-paint'),
          shown('largest-contentful-paint'),
          shown('total-blocking-time'),
          shown('cumulative-layout-shift'),
          shown('speed-index'),
          `${kb(a['total-byte-weight']?.numericValue ?? 0)} kB`,
        ]);
        const slug = page.split('/').filter(Boolean).join('-') || 'home';
        writeFileSync(
          join(outDir, `${slug}.html`),
          Array.isArray(result.report) ? result.report[0]! : result.report,
        );
      }
      console.log(table(lhRows, (i) => i >= 1));
    } finally {
      await chrome.stop();
      await server.close();
    }
  }
}
