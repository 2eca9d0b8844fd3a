import type { APIRoute } from 'astro';
import { siteData } from '../../../../../../lib/views/site-data.ts';
import type { Locale } from '../../../../../../lib/i18n/locale.ts';
import { standaloneImageSvg } from '../../../../../../lib/images/render.ts';
import { chartEmbed, chartRoutes, SVG_FONT } from '../../../../../../lib/views/pages/embed-page.ts';
import { inBuildPart } from '../../../../../../lib/hosting/build-parts.ts';

export const getStaticPaths = () => inBuildPart(chartRoutes(siteData()));

/** The chart as an SVG file with title, period, source, address and the font subset inside. */
export const GET: APIRoute = async ({ props, site }) => {
  const { locale, key } = props as { locale: Locale; key: string };
  const v = chartEmbed(siteData(), locale, key, site!);
  return new Response(await standaloneImageSvg(v.chart.plot(), v.frame, SVG_FONT), {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  });
};
