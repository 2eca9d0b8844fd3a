import type { APIRoute } from 'astro';
import { site } from '../../lib/data/index.ts';
import { curatedTable, figuresExplained, TABLE_NAMES, toCsv, toJson } from '../../lib/data/export.ts';

const TABLES = [...TABLE_NAMES, 'figures-explained'] as const;
const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

export function getStaticPaths() {
  return TABLES.flatMap((table) =>
    (['csv', 'json'] as const).map((format) => ({ params: { table, format } })),
  );
}

/** Each table at its own address, /data/<table>.csv and .json (as Datasette does). */
export const GET: APIRoute = ({ params }) => {
  const q = site();
  const name = params.table as (typeof TABLES)[number];
  const format = params.format as keyof typeof TYPES;
  const table = name === 'figures-explained' ? figuresExplained(q) : curatedTable(q, name);
  return new Response(format === 'csv' ? toCsv(table) : toJson(table), {
    headers: { 'content-type': TYPES[format] },
  });
};
