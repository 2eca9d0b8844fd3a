/** robots.txt: everything may be crawled; the sitemap is at its absolute address, as the format requires. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl.replace(/\/+$/, '')}/sitemap-index.xml\n`;
}
