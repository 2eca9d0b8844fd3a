// `npm run build [-- astro build options, e.g. --outDir DIR]`: `astro build`, then the site search over
// its output once Astro has exited. Run inside Astro's last hook, Pagefind's memory (0.8 GB at 40,000
// figures) came on top of Astro's own, which it keeps until it exits.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildSearch } from '../src/lib/built-site/search.ts';
import { outDirOf } from '../src/lib/hosting/build-args.ts';
import { siteConfig } from '../src/lib/hosting/site-config.ts';

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
const started = performance.now();
await buildSearch(root, resolve(root, outDirOf(args)), siteConfig(process.env, []).base);
console.log(`search index built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
