import type { APIRoute } from 'astro';
import { siteData } from '../../../../../../lib/views/site-data.ts';
import { ALL_FIGURES } from '../../../../../../lib/views/blocks/make-blocks.ts';
import { chartCsv, chartCsvKeys } from '../../../../../../lib/views/blocks/chart-csv.ts';
import { chartFilesAhead } from '../../../../../../lib/views/blocks/chart-files.ts';
import { keyParts } from '../../../../../../lib/views/blocks/keys.ts';
import { inBuildPart } from '../../../../../../lib/hosting/build-parts.ts';

/** In the Chinese folder only: the rows hold both languages (see urls.chartCsv). */
export function getStaticPaths() {
  const keys = chartCsvKeys(siteData()).filter(
    (key) => keyParts(key).chart !== ALL_FIGURES && chartFilesAhead(siteData(), key),
  );
  return inBuildPart(keys).map((key) => ({ params: { lang: undefined, ...keyParts(key) }, props: { key } }));
}

/** The rows of figures-explained behind one chart or stat, Excel-safe. */
export const GET: APIRoute = ({ props }) =>
  new Response(chartCsv(siteData(), (props as { key: string }).key, import.meta.env.SITE), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
