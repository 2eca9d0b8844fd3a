import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearch } from '../lib/built-site/search.ts';

/** After every build (npm run build, tests, BASE_PATH builds alike): the search index and the search box's code in the output. */
export function searchIndex(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'crackdown-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        await buildSearch(root, fileURLToPath(dir), base);
      },
    },
  };
}
