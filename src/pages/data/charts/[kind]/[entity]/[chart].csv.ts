import type { APIRoute } from 'astro';
import { siteData } from '../../../../../lib/views/site-data.ts';
import { chartCsv, chartCsvKeys } from '../../../../../lib/views/chart-csv.ts';
import { inBuildPart } from '../../../../../lib/hosting/build-parts.ts';

export function getStaticPaths() {
  return inBuildPart(chartCsvKeys(siteData())).map((key) => {
    const [kind, entity, chart] = key.split('/');
    return { params: { kind, entity, chart }, props: { key } };
  });
}

/** The rows of figures-explained behind one chart or stat, Excel-safe. */
export const GET: APIRoute = ({ props }) =>
  new Response(chartCsv(siteData(), (props as { key: string }).key, import.meta.env.SITE), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
