import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load.ts';
import { DOWNLOAD_FORMATS, PUBLISHED_TABLES } from '../../../src/lib/exports/published.ts';
import { createQuery } from '../../../src/lib/data/query.ts';
import { TABLES } from '../../../src/lib/data/schema.ts';

const q = createQuery(
  loadDataset(resolve(import.meta.dirname, '../data/fixtures/data'), 'data', {
    sourcesDir: resolve(import.meta.dirname, '../../../../shared/sources'),
  }),
);

describe('PUBLISHED_TABLES', () => {
  it('publishes figures-explained first, then every curated table with its own columns and rows', () => {
    expect(PUBLISHED_TABLES.map((t) => t.name)).toEqual([
      'figures-explained',
      ...Object.keys(TABLES),
      'provenance',
    ]);
    const places = PUBLISHED_TABLES.find((t) => t.name === 'places')!.build(q, 'https://example.org');
    expect(places.columns).toEqual(Object.keys(TABLES.places.row.shape));
    expect(places.rows).toHaveLength(q.data.places.length);
    expect(places.rows[0]).not.toHaveProperty('line');
    const explained = PUBLISHED_TABLES[0]!.build(q, 'https://example.org');
    expect(explained.rows.map((r) => r.id)).toEqual(q.data.figures.map((f) => f.id));
  });

  it('writes each format with its content type', () => {
    const metrics = PUBLISHED_TABLES.find((t) => t.name === 'metrics')!.build(q, 'https://example.org');
    expect(DOWNLOAD_FORMATS.csv.write(metrics).startsWith('\ufeffid,name_zh,')).toBe(true);
    expect(JSON.parse(DOWNLOAD_FORMATS.json.write(metrics)).rows).toHaveLength(q.data.metrics.length);
    expect(DOWNLOAD_FORMATS.csv.contentType).toBe('text/csv; charset=utf-8');
  });
});
