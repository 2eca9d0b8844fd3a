import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/data/csv.ts';
import { readDataset } from '../../src/lib/data/load.ts';

describe('the real data', () => {
  it('loads with no issues, coverage-ignore.csv included', () => {
    const { dataset, issues } = readDataset(resolve(import.meta.dirname, '../../data'), 'data');
    expect(issues.map(formatIssue)).toEqual([]);
    expect(dataset!.figures.length).toBeGreaterThan(90);
  });
});
