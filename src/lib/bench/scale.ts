// The build-scale table of `npm run bench`: the seed data and synthetic data sets of N figures,
// each built into a temp folder and measured (time, peak memory, pages per second, output size, the
// largest page).
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BuildRun } from './build-run.ts';
import { listFiles } from './build-run.ts';
import { kb, textTable } from './report.ts';

export interface ScaleRow {
  data: string;
  run: BuildRun;
  /** The largest HTML page: path relative to the output folder, raw and gzip bytes. */
  largest?: { file: string; raw: number; gzip: number };
}

const MB = 1e6;

/** The largest HTML file of a build by gzip size, among the 20 largest raw (gzip of all would be slow at scale). */
export function largestPage(outDir: string): ScaleRow['largest'] {
  const html = listFiles(outDir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, raw: statSync(file).size }))
    .sort((a, b) => b.raw - a.raw)
    .slice(0, 20)
    .map(({ file, raw }) => ({
      file: file.slice(outDir.length + 1),
      raw,
      gzip: gzipSync(readFileSync(file)).length,
    }));
  return html.sort((a, b) => b.gzip - a.gzip)[0];
}

/** `--scale 10000,40000` as figure counts; throws on anything but positive integers. */
export function parseScale(value: string | undefined): number[] {
  if (value === undefined) return [];
  const counts = value.split(',').map((s) => Number(s.trim()));
  if (counts.some((n) => !Number.isInteger(n) || n < 100)) {
    throw new Error(`--scale ${value}: give figure counts such as 10000,40000 (integers >= 100)`);
  }
  return counts;
}

export function scaleReport(rows: ScaleRow[]): string {
  const header = [
    'data',
    'build s',
    'render s',
    'peak RSS MB',
    'together MB',
    'pages',
    'pages/s',
    'files',
    'dist MB',
    'largest page (gz kB, raw kB)',
  ];
  const body = rows.map(({ data, run, largest }) =>
    run.ok
      ? [
          data,
          (run.wallMs / 1000).toFixed(1),
          run.renderMs === undefined ? '-' : (run.renderMs / 1000).toFixed(1),
          run.peakRss === undefined ? '-' : (run.peakRss / MB).toFixed(0),
          run.peakTreeRss === undefined ? '-' : (run.peakTreeRss / MB).toFixed(0),
          String(run.pages),
          (run.pages / (run.wallMs / 1000)).toFixed(0),
          String(run.files),
          (run.bytes / MB).toFixed(1),
          largest ? `${kb(largest.gzip)}, ${kb(largest.raw)} (${largest.file})` : '-',
        ]
      : [data, 'FAILED', '', '', '', '', '', '', '', ''],
  );
  const ratios: string[] = [];
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1]!, rows[i]!];
    if (a.run.ok && b.run.ok && a.data !== 'seed')
      ratios.push(
        `${b.data} / ${a.data}: build time x${(b.run.wallMs / a.run.wallMs).toFixed(2)}, dist/ x${(b.run.bytes / a.run.bytes).toFixed(2)}`,
      );
  }
  return [
    'Build scale (build s = whole npm run build: astro build, then the search index; render s = Astro\'s "page(s) built in"; peak RSS = VmHWM of the largest process, Astro or Pagefind; together MB = the build\'s processes at once, sampled every 100 ms):',
    '',
    textTable([header, ...body], (i) => i >= 1 && i <= 7),
    ...(ratios.length ? ['', ...ratios] : []),
  ].join('\n');
}
