/** robots.txt: everything may be crawled; the sitemap is at its absolute address, as the format requires. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
