// Part of `npm run build`, after `astro build`: the search index and the search box's code in
// dist/ (see src/lib/built-site/search.ts).
import { join, resolve } from 'node:path';
import { buildSearch } from '../src/lib/built-site/search.ts';

const repoDir = resolve(import.meta.dirname, '..');
await buildSearch(repoDir, join(repoDir, 'dist'));
