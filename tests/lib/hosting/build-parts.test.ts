import { describe, expect, test } from 'vitest';
import {
  buildPartCount,
  currentBuildPart,
  inBuildPart,
  inFirstBuildPart,
} from '../../../src/lib/hosting/build-parts.ts';

describe('a build in parts', () => {
  const paths = Array.from({ length: 101 }, (_, i) => `/page/${i}/`);

  test('renders every path of a route in exactly one part', () => {
    for (const count of [1, 2, 3, 7]) {
      const parts = Array.from({ length: count }, (_, index) => inBuildPart(paths, { index, count }));
      // In order, each part a consecutive slice (a page's charts stay together).
      expect(parts.flat()).toEqual(paths);
      // Part sizes differ by at most one.
      const sizes = parts.map((p) => p.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  test('leaves a route that shares one computation to the first part, computing it nowhere else', async () => {
    let computed = 0;
    const entries = async () => (computed++, paths);
    expect(await inFirstBuildPart(entries, { index: 0, count: 3 })).toEqual(paths);
    expect(await inFirstBuildPart(entries, { index: 1, count: 3 })).toEqual([]);
    expect(await inFirstBuildPart(entries, { index: 2, count: 3 })).toEqual([]);
    expect(computed).toBe(1);
  });

  test('is the whole build unless BUILD_PARTS is set', () => {
    expect(currentBuildPart({})).toEqual({ index: 0, count: 1 });
    expect(currentBuildPart({ BUILD_PARTS: '3', BUILD_PART: '2' })).toEqual({ index: 2, count: 3 });
    expect(currentBuildPart({ BUILD_PARTS: '3' })).toEqual({ index: 0, count: 3 });
  });

  test('refuses a part that does not exist or a count that is not a whole number', () => {
    expect(() => currentBuildPart({ BUILD_PARTS: '3', BUILD_PART: '3' })).toThrow(
      'BUILD_PART must be below BUILD_PARTS (3), not 3',
    );
    expect(() => currentBuildPart({ BUILD_PARTS: 'two' })).toThrow(
      'BUILD_PARTS must be a whole number from 1, not "two"',
    );
    expect(() => currentBuildPart({ BUILD_PARTS: '0' })).toThrow('BUILD_PARTS must be a whole number from 1');
    expect(() => currentBuildPart({ BUILD_PARTS: '2', BUILD_PART: '-1' })).toThrow(
      'BUILD_PART must be a whole number',
    );
  });

  test('has one part per 15,000 figures unless BUILD_PARTS says otherwise', () => {
    expect(buildPartCount(0, {})).toBe(1);
    expect(buildPartCount(102, {})).toBe(1);
    expect(buildPartCount(10_000, {})).toBe(1);
    expect(buildPartCount(15_001, {})).toBe(2);
    expect(buildPartCount(40_000, {})).toBe(3);
    expect(buildPartCount(102, { BUILD_PARTS: '3' })).toBe(3);
  });
});
