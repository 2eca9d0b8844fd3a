/**
 * robots.txt: everything may be crawled; the sitemap at its absolute address, as the format requires,
 * when the build knows its public address (a build without one writes no sitemap).
 */
export function robotsTxt(sitemapUrl: string | undefined): string {
  return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ''}`;
}
