// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { dataCheck } from './src/integrations/data-check.ts';

export default defineConfig({
  output: 'static',
  // The public address, for canonical and hreflang links; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://crackdown-data.example',
  trailingSlash: 'always',
  i18n: {
    locales: ['zh', 'en'],
    defaultLocale: 'zh',
    routing: { prefixDefaultLocale: false },
  },
  build: { inlineStylesheets: 'always' },
  integrations: [
    dataCheck(),
    // /sitemap-index.xml (robots.txt points to it), every page with its other-language alternate.
    sitemap({ i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } } }),
  ],
});
