import type { APIRoute } from 'astro';
import { standaloneSvg } from '../../../../../lib/charts/standalone.ts';
import type { ChartSpec } from '../../../../../lib/charts/types.ts';
import { siteData } from '../../../../../lib/data/index.ts';
import { LOCALES } from '../../../../../lib/i18n/locale.ts';
import { langParam } from '../../../../../lib/i18n/routes.ts';
import { allPageCharts } from '../../../../../lib/views/page-charts.ts';

export function getStaticPaths() {
  return LOCALES.flatMap((locale) =>
    allPageCharts(siteData(), locale).map(({ kind, entity, spec }) => ({
      params: { lang: langParam(locale), kind, entity, chart: spec.id },
      props: { spec },
    })),
  );
}

/** One chart as a self-contained SVG file, for slides and documents. */
export const GET: APIRoute = ({ props }) =>
  new Response(standaloneSvg((props as { spec: ChartSpec }).spec), {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  });
