import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readDataset, DataError } from '../lib/data/load.ts';
import { dataDir } from '../lib/data/data-dir.ts';

/** Validates data/ before Astro renders anything; on a problem, fails the build and leaves no HTML behind. */
export function dataCheck(): AstroIntegration {
  return {
    name: 'crackdown-data-check',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        const { issues } = readDataset(dataDir(), process.env.DATA_DIR || 'data');
        if (!issues.length) return;
        if (command === 'build') rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
        throw new DataError(issues);
      },
    },
  };
}
