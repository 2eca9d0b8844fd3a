// `npm run build [-- astro build options, e.g. --outDir DIR]`: `astro build`, in parts when the data is
// large (src/lib/hosting/build-parts.ts), then the site search and the sitemap over its output once
// Astro has exited. Run inside Astro's last hook, they came on top of the memory Astro keeps until it
// exits (at 40,000 figures Pagefind 0.8 GB, the sitemap 0.35 GB). A part that fails leaves no dist/.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOnRequestScripts } from '../src/lib/built-site/on-request.ts';
import { buildSearch } from '../src/lib/built-site/search.ts';
import { dataDir } from '../src/lib/data/data-dir.ts';
import { buildPartCount } from '../src/lib/hosting/build-parts.ts';
import { figureLines, siteLayout } from '../src/lib/hosting/layout.ts';
import { outDirOf } from '../src/lib/hosting/build-args.ts';
import { publicSite, siteConfig } from '../src/lib/hosting/site-config.ts';
import { writeSitemaps } from '../src/lib/hosting/sitemap.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const distDir = resolve(root, outDirOf(args));
// Lines, not parsed rows: enough to size the parts, and this process keeps no data while Astro runs.
const figures = figureLines(dataDir());
const layout = siteLayout(figures);
const parts = buildPartCount(figures);
if (parts > 1)
  console.log(`${figures} figures: building in ${parts} parts, one after another (BUILD_PARTS to change)`);
for (let part = 0; part < parts; part++) {
  const astro = spawnSync(
    process.execPath,
    [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args],
    {
      cwd: root,
      stdio: 'inherit',
      // A build is for production whatever the shell says: NODE_ENV=test or development (a test
      // runner's, a developer's) would keep the libraries' development code (ECharts' warnings) in
      // the chunks, and change their bytes.
      env: {
        ...process.env,
        NODE_ENV: 'production',
        ...(parts > 1 ? { BUILD_PARTS: String(parts), BUILD_PART: String(part) } : {}),
      },
    },
  );
  if (astro.status !== 0) {
    rmSync(distDir, { recursive: true, force: true });
    process.exit(astro.status ?? 1);
  }
}
const { site, base } = siteConfig(process.env, []);
const started = performance.now();
await buildSearch(root, distDir, base, { figurePages: layout === 'full' });
await buildOnRequestScripts(root, distDir, base);
// A sitemap lists absolute addresses: a build without its public address (SITE_URL) writes none.
const pages = publicSite(site) ? await writeSitemaps(distDir, site, base) : undefined;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  pages === undefined
    ? `search index built in ${seconds} s (no sitemap: SITE_URL is not set)`
    : `search index and sitemap (${pages} pages) built in ${seconds} s`,
);
