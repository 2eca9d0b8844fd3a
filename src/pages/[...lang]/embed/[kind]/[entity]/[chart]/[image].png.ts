import type { APIRoute } from 'astro';
import { siteData } from '../../../../../../lib/views/site-data.ts';
import type { Locale } from '../../../../../../lib/i18n/locale.ts';
import { chartImage, type ImageName } from '../../../../../../lib/images/render.ts';
import { chartEmbed, imageGlyphs, pngRoutes } from '../../../../../../lib/views/pages/embed-page.ts';
import { inBuildPart } from '../../../../../../lib/hosting/build-parts.ts';

export const getStaticPaths = () => inBuildPart(pngRoutes(siteData()));

/** The chart as chart.png (1×), chart@2x.png or slide.png (1920 × 1080), title, source and address drawn in. */
export const GET: APIRoute = async ({ props, params, site }) => {
  const { locale, key } = props as { locale: Locale; key: string };
  const v = chartEmbed(siteData(), locale, key, site!);
  const png = await chartImage(
    params.image as ImageName,
    (width) => v.chart.plot(width),
    v.frame,
    imageGlyphs(siteData(), site!),
  );
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
