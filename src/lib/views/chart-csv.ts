import type { Query } from '../data/query.ts';
import { figuresExplained } from '../data/export.ts';
import { toExcelCsv } from '../exports/csv.ts';
import { allPageBlocks } from './page-charts.ts';

/**
 * The CSV of exactly the figures behind each chart and stat, with the columns of figures-explained,
 * keyed `<page kind>/<entity>/<block id>` (the same in both languages: the rows hold both).
 */
export function chartCsvFiles(q: Query): Map<string, string> {
  const table = figuresExplained(q);
  const files = new Map<string, string>();
  for (const { kind, entity, block } of allPageBlocks(q, 'zh')) {
    const ids = new Set(block.figures.map((f) => f.id));
    files.set(
      `${kind}/${entity}/${block.id}`,
      toExcelCsv({ columns: table.columns, rows: table.rows.filter((r) => ids.has(String(r.id))) }),
    );
  }
  return files;
}
