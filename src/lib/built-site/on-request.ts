/**
 * The code of the embed and share page made on request (the national layout; src/client/
 * embed-on-request-app.ts and share-on-request-app.ts), bundled by esbuild into dist/on-request/ once
 * `astro build` has exited, as the search's is (search.ts): their pages load it with a plain import()
 * after the page, so they keep within 2 kB of JavaScript at load without Vite's preload helper. Their
 * charts get tooltips from the page's own charts.ts, by an event (chart-on-request.ts).
 */
import { join } from 'node:path';
import { bundleBrowserCode } from './bundle.ts';

export async function buildOnRequestScripts(repoDir: string, distDir: string, base = '/'): Promise<void> {
  await bundleBrowserCode(
    {
      embed: join(repoDir, 'src/client/embed-on-request-app.ts'),
      share: join(repoDir, 'src/client/share-on-request-app.ts'),
    },
    join(distDir, 'on-request'),
    base,
  );
}
