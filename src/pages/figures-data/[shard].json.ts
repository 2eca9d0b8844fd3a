import type { APIRoute } from 'astro';
import { siteData } from '../../lib/views/site-data.ts';
import { explorerShard, explorerShardCount } from '../../lib/views/pages/figure-explorer.ts';
import { inBuildPart } from '../../lib/hosting/build-parts.ts';

/** The figure explorer's data, SHARD_SIZE figures a file, for src/client/explorer.ts. */
export const getStaticPaths = () =>
  inBuildPart(
    Array.from({ length: explorerShardCount(siteData()) }, (_, i) => ({ params: { shard: String(i + 1) } })),
  );

export const GET: APIRoute = ({ params, site }) =>
  new Response(JSON.stringify(explorerShard(siteData(), Number(params.shard), String(site))), {
    headers: { 'Content-Type': 'application/json' },
  });
