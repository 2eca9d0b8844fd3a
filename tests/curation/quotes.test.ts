import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { findPhrase, splitPages } from '../../src/lib/data/source-pages.ts';
import { findNumbers } from '../../src/lib/data/numbers.ts';

const root = resolve(import.meta.dirname, '../..');
const data = loadDataset(resolve(root, 'data'));
const sourcesDir = resolve(root, '../shared/sources');

// Curation checks on the real data/: they fail when a curated figure is wrong, not when code is.
describe('every quote states its figure', () => {
  // Values counted from names the text lists (basis "counted" in provenance.csv) have no number in their quote.
  const counted = new Set(
    data.provenance.filter((p) => p.table === 'figures' && p.basis === 'counted').map((p) => p.id),
  );
  it.each(data.figures.filter((f) => !counted.has(f.id)).map((f) => [f.id, f] as const))(
    '%s: the quote states the value and qualifier',
    (_id, f) => {
      const stated = findNumbers(f.quote).filter((n) => n.kind === 'quantity');
      expect(stated.map((n) => [n.value, n.qualifier])).toContainEqual([f.value, f.qualifier]);
    },
  );
});

describe('quotes against the source text', () => {
  for (const source of data.sources) {
    const path = resolve(sourcesDir, source.file);
    const present = existsSync(path);
    if (!present)
      console.warn(
        `SKIPPED: ${path} is absent, so quotes of "${source.id}" cannot be checked against it (CI has it in ../shared/sources/).`,
      );

    it.skipIf(!present)(`every quote of "${source.id}" appears verbatim on the page it names`, () => {
      const pages = new Map(splitPages(readFileSync(path, 'utf8')).map((p) => [p.page, p.text]));
      expect([...pages.keys()].sort()).toEqual(
        Array.from({ length: source.last_page - source.first_page + 1 }, (_, i) => source.first_page + i),
      );
      const missing = data.figures
        .filter((f) => f.source === source.id)
        .filter((f) => findPhrase(pages.get(f.page) ?? '', f.quote).length === 0)
        .map((f) => `${f.id} (p. ${f.page}): ${f.quote}`);
      expect(missing).toEqual([]);
    });

    it.skipIf(!present)(`every campaign and discrepancy of "${source.id}" names a page of it`, () => {
      for (const row of [...data.campaigns, ...data.discrepancies]) {
        expect(row.page).toBeGreaterThanOrEqual(source.first_page);
        expect(row.page).toBeLessThanOrEqual(source.last_page);
      }
    });
  }
});
