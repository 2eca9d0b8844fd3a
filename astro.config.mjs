// @ts-check
import { defineConfig } from 'astro/config';
import { cspTrim } from './src/integrations/csp-trim.ts';
import { dataCheck } from './src/integrations/data-check.ts';
import { siteConfig } from './src/lib/hosting/site-config.ts';
import { currentBuildPart } from './src/lib/hosting/build-parts.ts';
import { figureLines, siteLayout } from './src/lib/hosting/layout.ts';
import { dataDir } from './src/lib/data/data-dir.ts';
import { CSP_DIRECTIVES, CSP_STYLE_RESOURCES, scriptHash } from './src/lib/hosting/csp.ts';
import { embedHeadScript, headScript } from './src/lib/theme-script.ts';

// SITE_URL (the public origin) and BASE_PATH (a sub-path such as /data/crackdown/): see docs/deploy.md.
const { site, base } = siteConfig(process.env, process.argv);

export default defineConfig({
  output: 'static',
  site,
  base,
  trailingSlash: 'always',
  i18n: {
    locales: ['zh', 'en'],
    defaultLocale: 'zh',
    routing: { prefixDefaultLocale: false },
  },
  // Each page carries its styles (one request a page) in the full layout; in the national layout
  // (src/lib/hosting/layout.ts) they are one file for all pages, cached for a year: inlined, they would
  // be 0.8 GB of the output at 40,000 figures.
  build: { inlineStylesheets: siteLayout(figureLines(dataDir())) === 'full' ? 'always' : 'never' },
  // No Markdown code on the site; Shiki's inline styles would not fit the CSP (and Astro warns of it).
  markdown: { syntaxHighlight: false },
  // Scripts as files in /_astro/ (hashed names, cached for a year, shared by every page) rather than
  // inlined into each page: the CSP then allows them by 'self' with no per-page hash.
  // A build split into parts (src/lib/hosting/build-parts.ts) writes its later parts beside the first.
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: currentBuildPart().index === 0 } },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      styleDirective: { resources: [...CSP_STYLE_RESOURCES] },
      // The theme and search-loader script every page inlines, and the embeds' theme script
      // (src/lib/theme-script.ts), by their hashes; each page keeps only the hash it uses (csp-trim).
      scriptDirective: { hashes: [scriptHash(headScript(base)), scriptHash(embedHeadScript())] },
    },
  },
  integrations: [dataCheck(), cspTrim()],
});
