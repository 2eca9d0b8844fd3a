import type { APIRoute } from 'astro';
import { mediaType } from '../../lib/exports/release.ts';
import { releaseFile, siteRelease } from '../../lib/exports/site.ts';
import { inFirstBuildPart } from '../../lib/hosting/build-parts.ts';

/** Every file of the data release (as Datasette publishes /table.csv and /table.json): Excel-safe and exact CSVs, JSON, Data Package, ZIP, SQLite, Excel workbook, checksums, catalogue, feed. */
export function getStaticPaths() {
  return inFirstBuildPart(async () =>
    (await siteRelease(import.meta.env.SITE)).names.map((file) => ({ params: { file } })),
  );
}

export const GET: APIRoute = async ({ params }) => {
  const bytes = (await releaseFile(import.meta.env.SITE, params.file!))!;
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': mediaType(params.file!) },
  });
};
