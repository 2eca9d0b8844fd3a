// A throwaway copy of the repo for tests that must break the data and build: <tmp>/repo (without
// node_modules, dist, .git and caches) beside <tmp>/shared, a link to the real ../shared (the
// source texts). Returns the copy and the temp folder that holds it, to remove afterwards.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { repoDir } from './site.ts';

const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'tmp']);

export function copyRepoToTemp(prefix: string): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  symlinkSync(resolve(repoDir, '..', 'shared'), join(root, 'shared'));
  const dir = join(root, 'repo');
  cpSync(repoDir, dir, {
    recursive: true,
    filter: (src) => {
      const rel = relative(repoDir, src);
      return rel === '' || !SKIP.has(rel.split(/[\\/]/)[0]!);
    },
  });
  // Link each package, not the folder, so caches that tools write into node_modules/.astro or
  // node_modules/.vite stay in the copy instead of the real repo.
  const modules = join(repoDir, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (['.astro', '.vite', '.cache'].includes(entry)) continue;
    symlinkSync(join(modules, entry), join(dir, 'node_modules', entry));
  }
  return { root, dir };
}
