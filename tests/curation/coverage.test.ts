// Curation check: every number of every source text on this machine is accounted for.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const sourcesDir = resolve(repoRoot, '../shared/sources');

describe('coverage of the real sources', () => {
  for (const source of loadDataset(join(repoRoot, 'data')).sources) {
    const path = join(sourcesDir, source.file);
    const present = existsSync(path);
    it.skipIf(!present)(
      present ? `accounts for every number in ${source.file}` : `skipped: ${path} is not on this machine`,
      () => {
        const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/coverage.ts'), path], {
          cwd: repoRoot,
          encoding: 'utf8',
        });
        expect(run.stdout).toMatch(/^total: .* 0 unaccounted; 0 quotes not found; 0 stale ignore entries$/m);
        expect(run.status).toBe(0);
      },
    );
  }
});
