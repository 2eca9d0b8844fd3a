import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourcesDir } from '../../../src/lib/data/data-dir.ts';
import type { Dataset } from '../../../src/lib/data/dataset.ts';
import { formatIssue } from '../../../src/lib/data/csv.ts';
import { loadDataset, readDataset } from '../../../src/lib/data/load.ts';
import { DISCREPANCY_KINDS, PERIOD_TYPES, QUALIFIERS, UNITS } from '../../../src/lib/data/schema.ts';
import { splitPages } from '../../../src/lib/data/source-pages.ts';
import { synthesize, type SynthOptions } from '../../../src/lib/synth/generate.ts';

// Provinces and metrics come from the frozen fixture copy of data/, as the data layer's unit tests do.
const seedData = loadDataset(resolve(import.meta.dirname, '../data/fixtures/data'), 'data', {
  sourcesDir: resolve(import.meta.dirname, '../../../../shared/sources'),
});
const base = {
  provinces: seedData.places.filter((p) => p.level === 'province').map(({ line: _line, ...p }) => p),
  metrics: seedData.metrics.map(({ line: _line, ...m }) => m),
};
const options = (figures: number, seed = '1'): SynthOptions => ({ ...base, figures, seed });
const temp = mkdtempSync(join(tmpdir(), 'synth-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Writes a synthetic data directory and loads it with the site's own validator (which throws on any problem). */
function build(figures: number): { dir: string; data: Dataset } {
  const dir = join(temp, String(figures));
  for (const [path, text] of synthesize(options(figures))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, data: loadDataset(dir, dir) };
}

describe.each([500, 5000])('synthetic data set of %i figures', (n) => {
  const { dir, data } = build(n);

  it('passes the validator with exactly the figures asked for', () => {
    expect(data.figures).toHaveLength(n);
  });

  it('has the national shape: 34 provinces, ~330 prefectures, ~2,800 counties, codes nested in their parents', () => {
    const count = (level: string) => data.places.filter((p) => p.level === level).length;
    expect(count('province')).toBe(34);
    expect(count('prefecture')).toBeGreaterThan(250);
    expect(count('prefecture')).toBeLessThan(420);
    expect(count('county')).toBeGreaterThan(2300);
    expect(count('county')).toBeLessThan(3400);
    const byId = new Map(data.places.map((p) => [p.id, p]));
    const codes = new Set(data.places.map((p) => p.gbt2260));
    expect(codes.size).toBe(data.places.length);
    for (const p of data.places) {
      const parent = byId.get(p.parent);
      if (p.level === 'prefecture')
        expect(p.gbt2260).toMatch(new RegExp(`^${parent!.gbt2260.slice(0, 2)}\\d\\d00$`));
      if (p.level === 'county' && parent!.level === 'prefecture')
        expect(p.gbt2260.slice(0, 4)).toBe(parent!.gbt2260.slice(0, 4));
    }
  });

  it('uses every metric, unit, qualifier, period type, campaign kind and discrepancy kind', () => {
    const metricUnit = new Map(data.metrics.map((m) => [m.id, m.unit]));
    expect(new Set(data.figures.map((f) => f.metric)).size).toBe(data.metrics.length);
    expect(new Set(data.figures.map((f) => metricUnit.get(f.metric)))).toEqual(
      new Set(UNITS.filter((u) => data.metrics.some((m) => m.unit === u))),
    );
    expect(new Set(data.figures.map((f) => f.qualifier))).toEqual(new Set(QUALIFIERS));
    expect(new Set(data.figures.map((f) => f.period_type))).toEqual(new Set(PERIOD_TYPES));
    expect(new Set(data.campaigns.map((c) => c.kind))).toEqual(new Set(['campaign', 'operation', 'case']));
    expect(data.campaigns.filter((c) => c.parent).length).toBeGreaterThan(data.campaigns.length / 2);
    expect(new Set(data.discrepancies.map((d) => d.kind))).toEqual(new Set(DISCREPANCY_KINDS));
    expect(new Set(data.agencies.map((a) => a.kind))).toEqual(new Set(['police', 'operator']));
  });

  it('has parts of wholes, places of discovery, and dates at every precision', () => {
    expect(data.figures.filter((f) => f.part_of).length).toBeGreaterThan(n / 50);
    expect(data.figures.some((f) => f.located_in)).toBe(true);
    for (const field of ['period_start', 'period_end', 'as_of'] as const)
      expect(new Set(data.figures.map((f) => f[field].length))).toEqual(new Set([0, 4, 7, 10]));
  });

  it('puts every quote verbatim on its page of a source text found from the data directory', () => {
    for (const source of data.sources) {
      const text = readFileSync(join(sourcesDir(dir), source.file), 'utf8');
      const pages = new Map(splitPages(text).map((p) => [p.page, p.text]));
      expect([...pages.keys()]).toEqual(
        Array.from({ length: source.last_page - source.first_page + 1 }, (_, i) => source.first_page + i),
      );
      const missing = data.figures
        .filter((f) => f.source === source.id && !(pages.get(f.page) ?? '').includes(f.quote))
        .map((f) => f.id);
      expect(missing).toEqual([]);
    }
  });
});

describe('determinism', () => {
  it('gives the same bytes for the same seed and different data for another', () => {
    const a = synthesize(options(800, 'x'));
    expect([...synthesize(options(800, 'x'))]).toEqual([...a]);
    expect(synthesize(options(800, 'y')).get('figures.csv')).not.toBe(a.get('figures.csv'));
  });
});

describe('every random draw', () => {
  it('passes the validator, cross-row rules included (12 seeds)', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const dir = join(temp, `seed-${seed}`);
      for (const [path, text] of synthesize(options(1500, String(seed)))) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      expect(readDataset(dir, dir).issues.map(formatIssue), `seed ${seed}`).toEqual([]);
    }
  });
});
