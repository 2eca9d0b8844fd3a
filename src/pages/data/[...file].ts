import type { APIRoute } from 'astro';
import { mediaType } from '../../lib/exports/release.ts';
import { siteRelease } from '../../lib/exports/site.ts';

/** Every file of the data release (as Datasette publishes /table.csv and /table.json): Excel-safe and exact CSVs, JSON, Data Package, ZIP, SQLite, checksums, catalogue, feed. */
export function getStaticPaths() {
  const { files } = siteRelease(import.meta.env.SITE);
  return [...files.keys()].map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => {
  const bytes = siteRelease(import.meta.env.SITE).files.get(params.file!)!;
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': mediaType(params.file!) },
  });
};
