import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatIssue } from '../lib/data/csv.ts';
import { readDataset, DataError } from '../lib/data/load.ts';
import { dataDir as configuredDataDir } from '../lib/data/data-dir.ts';
import { currentBuildPart } from '../lib/hosting/build-parts.ts';

/**
 * Validates data/ before Astro renders anything. On a problem it leaves no HTML behind, prints
 * our message alone and exits with status 1: Astro has no way for a hook to fail the build
 * cleanly (a thrown error comes wrapped in "An unhandled error occurred…" and a stack trace).
 */
export function dataCheck(): AstroIntegration {
  return {
    name: 'crackdown-data-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const { issues, warnings } = readDataset(configuredDataDir(), process.env.DATA_DIR || 'data');
        // A build split into parts (build-parts.ts) reads the data once a part: warn once.
        if (currentBuildPart().index === 0) for (const warning of warnings) logger.warn(formatIssue(warning));
        if (!issues.length) return;
        // The dev server shows a thrown error in its overlay and keeps running; fix and reload.
        if (command === 'dev') throw new DataError(issues);
        rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
        console.error(new DataError(issues).message);
        process.exit(1);
      },
    },
  };
}
