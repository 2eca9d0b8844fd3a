import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load.ts';
import { findPhrase, splitPages } from '../../../src/lib/data/source-pages.ts';

const root = resolve(import.meta.dirname, '../../..');
const data = loadDataset(resolve(root, 'data'));
const sourcesDir = resolve(root, '../shared/sources');

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
