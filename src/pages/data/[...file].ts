import type { APIRoute } from 'astro';
import { TABLE_NAMES } from '../../lib/data/export.ts';
import { mediaType } from '../../lib/exports/release.ts';
import { siteRelease } from '../../lib/exports/site.ts';

// /data/<table>.csv and .json have their own route, [table].[format].ts.
const SERVED_ELSEWHERE = new Set(
  [...TABLE_NAMES, 'figures-explained'].flatMap((t) => [`${t}.csv`, `${t}.json`]),
);

/** The other files of the data release: exact CSVs, Data Package, ZIP, SQLite, checksums, catalogue, feed. */
export function getStaticPaths() {
  const { files } = siteRelease(import.meta.env.SITE);
  return [...files.keys()]
    .filter((path) => !SERVED_ELSEWHERE.has(path))
    .map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => {
  const bytes = siteRelease(import.meta.env.SITE).files.get(params.file!)!;
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': mediaType(params.file!) },
  });
};
