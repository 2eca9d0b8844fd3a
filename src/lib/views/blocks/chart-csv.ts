import { perDataset } from '../../data/memo.ts';
import type { Query } from '../../data/query.ts';
import { figuresExplained } from '../../exports/export.ts';
import { toExcelCsv } from '../../exports/csv.ts';
import { ALL_FIGURES, type BlockPage } from './make-blocks.ts';
import type { ChartKind } from './keys.ts';
import { chartPages, pageBlocks, pageFigures } from './page-blocks.ts';

/**
 * The CSV of exactly the figures behind each chart and stat, with the columns of figures-explained,
 * keyed like the chart (`<page kind>/<entity>/<block id>`, a stat `figures/<figure id>/stat`; the same
 * in both languages: the rows hold both), and one per page of every figure it is about
 * (`<page kind>/<entity>/all-figures`). Their addresses: urls.chartCsv and urls.pageCsv.
 */
export function chartCsvKeys(q: Query): string[] {
  const keys = new Set<string>();
  for (const page of chartPages(q)) {
    for (const block of pageBlocks(q, page, 'zh')) keys.add(block.key);
    if (page.kind !== 'overview') keys.add(`${page.kind}/${page.entity}/${ALL_FIGURES}`);
  }
  return [...keys];
}

/** figures-explained, with its rows by figure id, made once per dataset and site address. */
const explained = perDataset((q: Query, siteUrl: string) => {
  const table = figuresExplained(q, siteUrl);
  return { table, rows: new Map(table.rows.map((r) => [String(r.id), r])) };
});

/** The blocks of the last page asked for: CSV routes render page by page. */
const lastPageBlocks = perDataset(
  (q: Query, kind: BlockPage['kind'], entity: string) => pageBlocks(q, { kind, entity }, 'zh'),
  { keep: 1 },
);

/**
 * One chart CSV by its key, made when its route renders (holding every CSV of a national build in
 * memory until the end of the build would cost gigabytes).
 */
export function chartCsv(q: Query, key: string, siteUrl: string): string {
  const [kind, entity, id] = key.split('/') as [ChartKind, string, string];
  const { table, rows } = explained(q, siteUrl);
  const csv = (ids: string[]) => toExcelCsv({ columns: table.columns, rows: ids.map((id) => rows.get(id)!) });
  if (kind === 'figures') {
    if (!rows.has(entity)) throw new Error(`no chart CSV "${key}"`);
    return csv([entity]);
  }
  if (id === ALL_FIGURES) return csv(pageFigures(q, kind, entity).map((f) => f.id));
  const block = lastPageBlocks(q, kind, entity).find((b) => b.id === id);
  if (!block) throw new Error(`no chart CSV "${key}"`);
  return csv(block.figures.map((f) => f.id));
}
