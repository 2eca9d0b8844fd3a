import type { APIRoute } from 'astro';
import { siteData } from '../../../../../../lib/views/site-data.ts';
import type { Locale } from '../../../../../../lib/i18n/locale.ts';
import { chartEmbed, chartRoutes } from '../../../../../../lib/views/pages/embed-page.ts';
import { inBuildPart } from '../../../../../../lib/hosting/build-parts.ts';

export const getStaticPaths = () => inBuildPart(chartRoutes(siteData()));

/** The chart's oEmbed answer (type rich: the iframe). */
export const GET: APIRoute = ({ props, site }) => {
  const { locale, key } = props as { locale: Locale; key: string };
  return Response.json(chartEmbed(siteData(), locale, key, site!).oembed());
};
