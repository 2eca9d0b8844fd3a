import type { APIRoute } from 'astro';
import { site } from '../../lib/data/index.ts';
import {
  DOWNLOAD_FORMATS,
  PUBLISHED_TABLES,
  type DownloadFormat,
  type PublishedTable,
} from '../../lib/data/published.ts';

export function getStaticPaths() {
  return PUBLISHED_TABLES.flatMap((table) =>
    (Object.keys(DOWNLOAD_FORMATS) as DownloadFormat[]).map((format) => ({
      params: { table: table.name, format },
      props: { table },
    })),
  );
}

/** Each table at its own address, /data/<table>.csv and .json (as Datasette does). */
export const GET: APIRoute<{ table: PublishedTable }> = ({ params, props }) => {
  const format = DOWNLOAD_FORMATS[params.format as DownloadFormat];
  return new Response(format.write(props.table.build(site())), {
    headers: { 'content-type': format.contentType },
  });
};
