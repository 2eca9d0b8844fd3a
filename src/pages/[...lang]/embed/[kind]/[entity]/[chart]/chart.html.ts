import type { APIRoute } from 'astro';
import { siteData } from '../../../../../../lib/views/site-data.ts';
import { chartFileHtml } from '../../../../../../lib/embed/chart-file.ts';
import type { Locale } from '../../../../../../lib/i18n/locale.ts';
import { chartEmbed, chartRoutes } from '../../../../../../lib/views/pages/embed-page.ts';
import { inBuildPart } from '../../../../../../lib/hosting/build-parts.ts';

export const getStaticPaths = () => inBuildPart(chartRoutes(siteData()));

/** The chart as one self-contained HTML file, for intranet pages. */
export const GET: APIRoute = ({ props, site }) => {
  const { locale, key } = props as { locale: Locale; key: string };
  return new Response(chartFileHtml(chartEmbed(siteData(), locale, key, site!)), {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
};
