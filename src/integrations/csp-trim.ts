import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { trimScriptHashes } from '../lib/hosting/csp.ts';

/** After the build, each page's CSP <meta> keeps only the script hashes that page uses (see trimScriptHashes). Only the files this `astro build` wrote: in a build split into parts (build-parts.ts) the others are done already. */
export function cspTrim(): AstroIntegration {
  return {
    name: 'crackdown-csp-trim',
    hooks: {
      'astro:build:done': ({ assets }) => {
        for (const file of [...assets.values()].flat().map((url) => fileURLToPath(url))) {
          if (!file.endsWith('.html')) continue;
          const html = readFileSync(file, 'utf8');
          const trimmed = trimScriptHashes(html);
          if (trimmed !== html) writeFileSync(file, trimmed);
        }
      },
    },
  };
}
