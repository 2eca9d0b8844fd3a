// What a build writes ahead depends on the size of its data (docs/deploy.md, "What a national build
// writes"). In the full layout, the seed site's, every chart has its own files (embed, share page,
// SVG, offline file, oEmbed, CSV), every figure page is in the search index and each page carries its
// styles. Those three multiply with the figures: at 40,000 figures they would write 760,000 files and
// 8 GB, past what Cloudflare, GitLab and GitHub Pages or a Netlify folder take. In the national
// layout a chart's embed and share page are made on request in the reader's browser, from the page
// that draws it (one embed and one share page per language, the chart named in the query), a figure
// is found through its place's page, and the pages share one stylesheet file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type SiteLayout = 'full' | 'national';

/** Above this many figures a build takes the national layout. */
export const NATIONAL_FIGURES = 5000;

/** The layout for a number of figures; SITE_LAYOUT=full|national chooses it whatever the data. */
export function siteLayout(figures: number, env: NodeJS.ProcessEnv = process.env): SiteLayout {
  const chosen = env.SITE_LAYOUT;
  if (chosen === 'full' || chosen === 'national') return chosen;
  if (chosen) throw new Error(`SITE_LAYOUT must be "full" or "national", not "${chosen}"`);
  return figures > NATIONAL_FIGURES ? 'national' : 'full';
}

/**
 * The figures of a data folder, counted as lines of figures.csv: enough to choose the layout and the
 * build's parts before any data is loaded (invalid data is the data check's to report).
 */
export function figureLines(dir: string): number {
  const file = join(dir, 'figures.csv');
  if (!existsSync(file)) return 0;
  return (
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim()).length - 1
  );
}
