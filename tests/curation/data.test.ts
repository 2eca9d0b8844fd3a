import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/data/csv.ts';
import { readDataset } from '../../src/lib/data/load.ts';
import { createQuery } from '../../src/lib/data/query.ts';

describe('the real data', () => {
  const { dataset, issues, warnings } = readDataset(resolve(import.meta.dirname, '../../data'), 'data');

  it('loads with no issues, coverage-ignore.csv and the source texts included', () => {
    expect(issues.map(formatIssue)).toEqual([]);
    expect(dataset!.figures.length).toBeGreaterThan(90);
  });

  it('gives no size warning', () => {
    expect(warnings.map(formatIssue)).toEqual([]);
  });

  it('attributes figures to the place the body text names, not the heading', () => {
    const q = createQuery(dataset!);
    const place = (id: string) => q.data.figures.find((f) => f.id === id)!.place;
    expect(place('jingchuan-suspects')).toBe('jingchuan');
    expect(q.provinceOf('jingchuan').id).toBe('gansu');
    expect(place('yixing-illegal-gain')).toBe('yixing');
    expect(q.provinceOf('yixing').id).toBe('jiangsu');
    expect(place('zhoukou-suspects')).toBe('zhoukou');
  });
});
