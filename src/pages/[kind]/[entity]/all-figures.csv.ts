import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/views/site-data.ts';
import { ALL_FIGURES } from '../../../lib/views/blocks/make-blocks.ts';
import { chartCsv, chartCsvKeys } from '../../../lib/views/blocks/chart-csv.ts';
import { keyParts } from '../../../lib/views/blocks/keys.ts';
import { inBuildPart } from '../../../lib/hosting/build-parts.ts';

/** Beside the Chinese page only: the rows hold both languages (see urls.pageCsv). */
export function getStaticPaths() {
  const keys = chartCsvKeys(siteData()).filter((key) => keyParts(key).chart === ALL_FIGURES);
  return inBuildPart(keys).map((key) => {
    const { kind, entity } = keyParts(key);
    return { params: { kind, entity }, props: { key } };
  });
}

/** The rows of figures-explained of every figure a place, campaign or metric page is about, Excel-safe. */
export const GET: APIRoute = ({ props }) =>
  new Response(chartCsv(siteData(), (props as { key: string }).key, import.meta.env.SITE), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
