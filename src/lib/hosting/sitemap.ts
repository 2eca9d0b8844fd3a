/**
 * The sitemap (/sitemap-index.xml and /sitemap-N.xml): reading pages only, each with its page in the
 * other language, written by `npm run build` after Astro has exited, from the pages in dist/, with the
 * `sitemap` library. @astrojs/sitemap runs inside Astro's last hook and lists every page of the site
 * in memory first: 0.35 GB on top of Astro's own at 40,000 figures (and its `i18n` option scans every
 * URL for each page's alternates: hours). Here the alternates come from the URL itself, as every page
 * exists in both languages (Chinese at the root, English under /en/).
 */
import { createWriteStream } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SitemapAndIndexStream, SitemapStream } from 'sitemap';
import { walkFiles } from '../built-site/walk.ts';

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

/** The address of every page in `distDir` that belongs in the sitemap, sorted (builds stay byte-identical). */
function sitemapUrls(distDir: string, site: string, base = '/'): string[] {
  const root = new URL(base, site);
  const urls: string[] = [];
  for (const file of walkFiles(distDir)) {
    if (!file.endsWith(`${sep}index.html`) && file !== join(distDir, 'index.html')) continue;
    const dir = relative(distDir, file).split(sep).slice(0, -1).join('/');
    const url = new URL(dir ? `${dir}/` : '', root).href;
    if (inSitemap(url, base)) urls.push(url);
  }
  return urls.sort();
}

/** Pages per sitemap file (the protocol allows 50,000). */
const PER_FILE = 45_000;

/** Writes sitemap-index.xml and sitemap-0.xml, sitemap-1.xml… into `distDir`. */
export async function writeSitemaps(
  distDir: string,
  site: string,
  base = '/',
  perFile = PER_FILE,
): Promise<number> {
  const root = new URL(base, site);
  const urls = sitemapUrls(distDir, site, base);
  const files = new SitemapAndIndexStream({
    limit: perFile,
    getSitemapStream: (i) => {
      const name = `sitemap-${i}.xml`;
      const stream = new SitemapStream({ xmlns: { xhtml: true, news: false, image: false, video: false } });
      return [new URL(name, root).href, stream, stream.pipe(createWriteStream(join(distDir, name)))];
    },
  });
  const items = Readable.from(urls.map((url) => ({ url, links: languageLinks(url, base) })));
  await pipeline(items, files, createWriteStream(join(distDir, 'sitemap-index.xml')));
  return urls.length;
}
