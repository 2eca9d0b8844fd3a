import type { Query } from '../data/query.ts';
import { figuresExplained } from '../data/export.ts';
import { toExcelCsv } from '../exports/csv.ts';
import type { Figure } from '../data/dataset.ts';
import { ALL_FIGURES, type ChartPageKind } from './form-blocks.ts';
import { allPageBlocks, pageFigures } from './page-charts.ts';

/**
 * The CSV of exactly the figures behind each chart and stat, with the columns of figures-explained,
 * keyed `<page kind>/<entity>/<block id>` (the same in both languages: the rows hold both).
 */
export function chartCsvFiles(q: Query, siteUrl: string): Map<string, string> {
  const table = figuresExplained(q, siteUrl);
  const rowOf = new Map(table.rows.map((r) => [String(r.id), r]));
  const csv = (figures: Figure[]) =>
    toExcelCsv({ columns: table.columns, rows: figures.map((f) => rowOf.get(f.id)!) });
  const files = new Map<string, string>();
  const pages = new Set<string>();
  for (const { kind, entity, block } of allPageBlocks(q, 'zh')) {
    files.set(`${kind}/${entity}/${block.id}`, csv(block.figures));
    if (kind !== 'overview') pages.add(`${kind}/${entity}`);
  }
  for (const page of pages) {
    const [kind, entity] = page.split('/') as [ChartPageKind, string];
    files.set(`${page}/${ALL_FIGURES}`, csv(pageFigures(q, kind, entity)));
  }
  return files;
}
