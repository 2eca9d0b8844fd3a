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
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lighthouseReport } from '../src/lib/bench/lighthouse.ts';
import { compressedSizes, htmlFilesIn, measurePage, type Sizes } from '../src/lib/bench/page-weight.ts';
import { weightReport } from '../src/lib/bench/report.ts';

const repoDir = resolve(import.meta.dirname, '..');
const distDir = join(repoDir, 'dist');
const LIGHTHOUSE_PAGES = ['/', '/places/gansu/', '/campaigns/duanka/'];
const args = new Set(process.argv.slice(2));

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
const jsFileSizes = new Map<string, Sizes>();
const sizeOf = (path: string): Sizes => {
  if (!jsFileSizes.has(path)) jsFileSizes.set(path, compressedSizes(readFileSync(path)));
  return jsFileSizes.get(path)!;
};
const weights = htmlFilesIn(distDir).map((file) => measurePage(distDir, file, sizeOf));
console.log(`\n${weightReport(weights, jsFileSizes)}`);
if (buildMs !== undefined) {
  const files = listFiles(distDir).length;
  const pages = weights.length;
  console.log(
    `Build: ${(buildMs / 1000).toFixed(1)} s for ${pages} pages = ${(buildMs / pages).toFixed(0)} ms per page (whole command, start-up included)`,
  );
  if (renderMs !== undefined) {
    console.log(
      `Rendering: ${(renderMs / 1000).toFixed(2)} s for ${pages} pages and ${files - pages} other files (chart SVGs, data) = ${(renderMs / pages).toFixed(1)} ms per page, ${(renderMs / files).toFixed(1)} ms per file`,
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
if (args.has('--lighthouse')) {
  console.log(
    `\n${await lighthouseReport(distDir, join(repoDir, 'test-results', 'lighthouse'), LIGHTHOUSE_PAGES)}`,
  );
}
