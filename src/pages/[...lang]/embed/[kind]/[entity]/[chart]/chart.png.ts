import type { APIRoute } from 'astro';
import { siteData } from '../../../../../../lib/data/index.ts';
import type { Locale } from '../../../../../../lib/i18n/locale.ts';
import { chartPng } from '../../../../../../lib/images/render.ts';
import { chartEmbed, imageGlyphs, pngRoutes } from '../../../../../../lib/views/embed-page.ts';

export const getStaticPaths = () => pngRoutes(siteData());

/** The chart as a PNG (1×). */
export const GET: APIRoute = async ({ props, site }) => {
  const { locale, key } = props as { locale: Locale; key: string };
  const v = chartEmbed(siteData(), locale, key, site!);
  return new Response(
    new Uint8Array(await chartPng(v.chart.plot(), v.frame, 1, imageGlyphs(siteData(), site!))),
    { headers: { 'content-type': 'image/png' } },
  );
};
