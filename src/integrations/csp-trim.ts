import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { walkFiles } from '../lib/built-site/walk.ts';
import { trimScriptHashes } from '../lib/hosting/csp.ts';

/** After the build, each page's CSP <meta> keeps only the script hashes that page uses (see trimScriptHashes). */
export function cspTrim(): AstroIntegration {
  return {
    name: 'crackdown-csp-trim',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of walkFiles(fileURLToPath(dir))) {
          if (!file.endsWith('.html')) continue;
          const html = readFileSync(file, 'utf8');
          const trimmed = trimScriptHashes(html);
          if (trimmed !== html) writeFileSync(file, trimmed);
        }
      },
    },
  };
}
