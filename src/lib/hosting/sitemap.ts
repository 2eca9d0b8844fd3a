/**
 * The sitemap's entries: reading pages only, each with its page in the other language. @astrojs/sitemap's
 * own `i18n` option finds a page's alternates by scanning every URL of the site for each page (quadratic:
 * hours at 40,000 figures); here they are worked out from the URL itself, as every page exists in both
 * languages (Chinese at the root, English under /en/).
 */
import type { SitemapItem } from '@astrojs/sitemap';

/** Embeds (their canonical is the chart's page), share pages and briefing sheets stay out. */
export const inSitemap = (page: string, base = '/') =>
  !/^(en\/)?(embed|share|brief)\//.test(new URL(page).pathname.slice(base.length));

/** The zh-CN and en addresses of the page at `url`, on a site served under `base` ('/' or '/a/b/'). */
export function languageLinks(url: string, base = '/'): { url: string; lang: string }[] {
  const page = new URL(url);
  const path = page.pathname.slice(base.length).replace(/^en\//, '');
  return [
    { url: new URL(`${base}${path}`, page).href, lang: 'zh-CN' },
    { url: new URL(`${base}en/${path}`, page).href, lang: 'en' },
  ];
}

export const withLanguageLinks = (item: SitemapItem, base = '/'): SitemapItem => ({
  ...item,
  links: languageLinks(item.url, base),
});
