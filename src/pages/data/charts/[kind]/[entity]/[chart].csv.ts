import type { APIRoute } from 'astro';
import { siteData } from '../../../../../lib/data/index.ts';
import { chartCsvFiles } from '../../../../../lib/views/chart-csv.ts';

export function getStaticPaths() {
  return [...chartCsvFiles(siteData(), import.meta.env.SITE)].map(([path, csv]) => {
    const [kind, entity, chart] = path.split('/');
    return { params: { kind, entity, chart }, props: { csv } };
  });
}

/** The rows of figures-explained behind one chart or stat, Excel-safe. */
export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
