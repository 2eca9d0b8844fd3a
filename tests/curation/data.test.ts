import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/data/csv.ts';
import { readDataset } from '../../src/lib/data/load.ts';

describe('the real data', () => {
  const { dataset, issues, warnings } = readDataset(resolve(import.meta.dirname, '../../data'), 'data');

  it('loads with no issues, coverage-ignore.csv and the source texts included', () => {
    expect(issues.map(formatIssue)).toEqual([]);
    expect(dataset!.figures.length).toBeGreaterThan(90);
  });

  it('gives no size warning', () => {
    expect(warnings.map(formatIssue)).toEqual([]);
  });
});
