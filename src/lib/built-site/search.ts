/**
 * The site search, built by `npm run build` over dist/ once `astro build` has exited (scripts/build.ts): Pagefind's index (one per language, split by
 * <html lang>), the search box's code and styles, src/client/search.ts and .css, and the results
 * page's code, src/client/search-results.ts, in dist/search/. The
 * code is bundled here rather than by Vite so that pages load it with a plain import() on first
 * focus, without Vite's preload helper at load.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import { bundleBrowserCode } from './bundle.ts';

/**
 * The extended Pagefind binary, which segments Chinese (甘肃, 断卡); the plain one would index a
 * Chinese sentence as one word, so it is never a fallback. The npm package `pagefind` installs it
 * as its platform dependency (@pagefind/linux-x64…).
 */
export function pagefindExtendedBinary(): string {
  if (process.env.PAGEFIND_EXTENDED_BINARY_PATH) return process.env.PAGEFIND_EXTENDED_BINARY_PATH;
  const os = platform() === 'win32' ? 'windows' : platform();
  const exe = os === 'windows' ? 'pagefind_extended.exe' : 'pagefind_extended';
  return createRequire(import.meta.url).resolve(`@pagefind/${os}-${arch()}/bin/${exe}`);
}

/**
 * The pages Pagefind reads: the pages of places, campaigns, metrics and figures, the overview, data
 * and methodology, in both languages. A figure page gives only its name, value, quote and search
 * terms (its data-pagefind-body), so each adds little to the index (docs/deploy.md, "Search
 * index"). The explorer's pages, embeds, share pages and briefing sheets repeat what those pages
 * hold, and at national scale they are most of dist/'s files.
 */
const searched = (figurePages: boolean) =>
  [
    'index.html',
    'data/index.html',
    'methodology/index.html',
    ...(figurePages ? ['figures/*/index.html'] : []),
  ]
    .concat(['places', 'campaigns', 'metrics'].map((dir) => `${dir}/**/*.html`))
    .flatMap((path) => [path, `en/${path}`]);
const searchGlob = (figurePages: boolean) => `{${searched(figurePages).join(',')}}`;

/**
 * What a page is found by: its names, headings and words, not its charts, stats, tables and the
 * closed details under them (quotes, citations), whose numbers would crowd the results. At 10,000
 * figures this takes Pagefind from 2 GB of memory to under 0.5 GB.
 */
const SEARCH_EXCLUDED = ['figure', 'svg', '.stat', 'table', 'details'];

/**
 * `figurePages: false` (the national layout, src/lib/hosting/layout.ts) leaves the figure pages out: a
 * figure is then found through its place's page, whose search terms carry its figures' values. In the
 * index they would write one fragment file per figure and language, 80,000 in one folder at 40,000
 * figures.
 */
export async function buildSearch(
  repoDir: string,
  distDir: string,
  base = '/',
  { figurePages = true } = {},
): Promise<void> {
  const binary = pagefindExtendedBinary();
  const run = spawnSync(
    binary,
    [
      '--site',
      distDir,
      '--glob',
      searchGlob(figurePages),
      ...SEARCH_EXCLUDED.flatMap((s) => ['--exclude-selectors', s]),
    ],
    { stdio: 'inherit' },
  );
  if (run.error || run.status !== 0) {
    throw new Error(`pagefind_extended (${binary}) failed: ${run.error?.message ?? `exit ${run.status}`}`);
  }
  await bundleBrowserCode(
    ['search.ts', 'search-results.ts', 'search.css'].map((f) => join(repoDir, 'src/client', f)),
    join(distDir, 'search'),
    base,
  );
}
