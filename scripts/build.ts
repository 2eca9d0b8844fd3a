// `npm run build [-- astro build options, e.g. --outDir DIR]`: `astro build`, then the site search and
// the sitemap over its output once Astro has exited. Run inside Astro's last hook, they came on top of
// the memory Astro keeps until it exits (at 40,000 figures Pagefind 0.8 GB, the sitemap 0.35 GB).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildSearch } from '../src/lib/built-site/search.ts';
import { outDirOf } from '../src/lib/hosting/build-args.ts';
import { siteConfig } from '../src/lib/hosting/site-config.ts';
import { writeSitemaps } from '../src/lib/hosting/sitemap.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const astro = spawnSync(
  process.execPath,
  [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (astro.status !== 0) process.exit(astro.status ?? 1);
const distDir = resolve(root, outDirOf(args));
const { site, base } = siteConfig(process.env, []);
const started = performance.now();
await buildSearch(root, distDir, base);
const pages = await writeSitemaps(distDir, site, base);
console.log(
  `search index and sitemap (${pages} pages) built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
