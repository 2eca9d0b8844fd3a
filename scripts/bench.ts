// `npm run bench`: prints figures about the built site; it is not a test and always exits 0
// unless it cannot run at all.
//   - builds once with `npm run build` and prints the build time, in all and per page
//     (`--no-build` measures the dist/ that is there);
//   - for every HTML page in dist/: the HTML's size raw, gzip and brotli, and the JavaScript it
//     loads at load time (its <script src>, module preloads and their static imports, plus inline
//     scripts), gzip and brotli, each file compressed on its own as a server would send it;
//   - totals, maxima, and the pages over budget;
//   - `--lighthouse`: Lighthouse (mobile) on /, /places/gansu/, /campaigns/duanka/ and an embed, when the
//     `lighthouse` package is installed; reports go to test-results/lighthouse/;
//   - `--scale 10000,40000`: also writes synthetic data sets of that many figures (npm run synth)
//     into a temp folder, builds each there and prints the build-scale table (time, peak RSS,
//     pages per second, dist/ size, largest page) beside the seed build's row.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { census, censusReport } from '../src/lib/bench/artifacts.ts';
import { listFiles, measureBuild, type BuildRun } from '../src/lib/bench/build-run.ts';
import { dataDir as buildDataDir } from '../src/lib/data/data-dir.ts';
import { figureLines } from '../src/lib/hosting/layout.ts';
import { largestPage, parseScale, scaleReport, type ScaleRow } from '../src/lib/bench/scale.ts';
import { lighthouseReport } from '../src/lib/bench/lighthouse.ts';
import {
  compressedSizes,
  firstUseChunk,
  htmlFilesIn,
  measurePage,
  type Sizes,
} from '../src/lib/bench/page-weight.ts';
import { fileTimeReport, firstUseReport, pageTypeReport, weightReport } from '../src/lib/bench/report.ts';
import * as urls from '../src/lib/urls.ts';

const repoDir = resolve(import.meta.dirname, '..');
const distDir = join(repoDir, 'dist');
const LIGHTHOUSE_PAGES = [
  urls.home('zh'),
  urls.place('zh', 'gansu'),
  urls.campaign('zh', 'duanka'),
  urls.embed('zh', 'places/gansu/ctx-suspects_arrested-province'),
];
const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean' },
    lighthouse: { type: 'boolean' },
    scale: { type: 'string' },
  },
});
const scale = parseScale(options.scale);

// --- build -----------------------------------------------------------------------------------
let seedRun: BuildRun | undefined;
if (!options['no-build']) {
  console.log('Building: npm run build (astro build, then the search index) …');
  seedRun = await measureBuild(repoDir, distDir, {});
  if (!seedRun.ok) {
    console.error(seedRun.log);
    console.error('The build failed; nothing to measure.');
    process.exit(1);
  }
}
const buildMs = seedRun?.wallMs;
const renderMs = seedRun?.renderMs;
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
console.log(`\n${pageTypeReport(weights)}`);
// The explorer's "Chart this selection" (src/client/selection-chart.ts): ECharts, loaded on its first click.
console.log(
  `\n${firstUseReport('the selection chart (ECharts)', firstUseChunk(distDir, /^selection-chart\.[^.]+\.js$/, sizeOf))}`,
);
if (buildMs !== undefined) {
  const files = listFiles(distDir).length;
  const pages = weights.length;
  console.log(
    `Build: ${(buildMs / 1000).toFixed(1)} s for ${pages} pages = ${(buildMs / pages).toFixed(0)} ms per page (whole command, start-up included)${seedRun?.peakRss ? `, peak RSS ${(seedRun.peakRss / 1e6).toFixed(0)} MB` : ''}`,
  );
  if (renderMs !== undefined) {
    console.log(
      `Rendering: ${(renderMs / 1000).toFixed(2)} s for ${pages} pages and ${files - pages} other files (chart SVGs, data) = ${(renderMs / pages).toFixed(1)} ms per page, ${(renderMs / files).toFixed(1)} ms per file`,
    );
  }
  if (seedRun?.fileMs.size) {
    console.log(`Astro's time per file, as its log reports it:\n${fileTimeReport(seedRun.fileMs)}`);
  }
}

console.log(`\nWhat the build writes, by artifact (docs/deploy.md, "What a national build writes"):`);
console.log(censusReport(census(distDir), figureLines(buildDataDir())));

// --- Lighthouse ------------------------------------------------------------------------------
if (options.lighthouse) {
  console.log(
    `\n${await lighthouseReport(distDir, join(repoDir, 'test-results', 'lighthouse'), LIGHTHOUSE_PAGES)}`,
  );
}

// --- scale -----------------------------------------------------------------------------------
if (scale.length) {
  const rows: ScaleRow[] = seedRun ? [{ data: 'seed', run: seedRun, largest: largestPage(distDir) }] : [];
  const tmp = mkdtempSync(join(tmpdir(), 'crackdown-bench-'));
  try {
    for (const figures of scale) {
      const dataDir = join(tmp, `data-${figures}`);
      const outDir = join(tmp, `dist-${figures}`);
      console.log(`\nSynthetic data: ${figures} figures → ${dataDir}; building …`);
      const synth = spawnSync(
        process.execPath,
        ['scripts/synth.ts', '--figures', String(figures), '--out', dataDir],
        {
          cwd: repoDir,
          encoding: 'utf8',
        },
      );
      if (synth.status !== 0) throw new Error(`npm run synth failed:\n${synth.stderr}`);
      const run = await measureBuild(repoDir, outDir, { DATA_DIR: dataDir });
      if (!run.ok) console.error(run.log);
      rows.push({ data: `${figures / 1000}k`, run, largest: run.ok ? largestPage(outDir) : undefined });
      if (run.ok)
        console.log(`\nWhat the ${figures}-figure build writes:\n${censusReport(census(outDir), figures)}`);
      rmSync(outDir, { recursive: true, force: true });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`\n${scaleReport(rows)}`);
}
