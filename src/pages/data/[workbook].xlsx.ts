import type { APIRoute } from 'astro';
import { siteWorkbook } from '../../lib/exports/site.ts';
import { inFirstBuildPart } from '../../lib/hosting/build-parts.ts';
import { WORKBOOK } from '../../lib/urls.ts';

/** Every published table in one Excel workbook, beside the CSVs (see src/lib/exports/workbook.ts). */
export function getStaticPaths() {
  return inFirstBuildPart(() => [{ params: { workbook: WORKBOOK.replace(/\.xlsx$/, '') } }]);
}

export const GET: APIRoute = async () => {
  const bytes = await siteWorkbook(import.meta.env.SITE);
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
