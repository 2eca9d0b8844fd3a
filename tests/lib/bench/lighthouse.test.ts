import { describe, expect, it } from 'vitest';
import { LIGHTHOUSE_HEADER, lighthouseRow } from '../../../src/lib/bench/lighthouse.ts';

describe('lighthouseRow', () => {
  it('reads scores as percentages and metrics as Lighthouse shows them, with - for what is missing', () => {
    const row = lighthouseRow('/places/gansu/', {
      categories: {
        performance: { title: 'Performance', score: 0.97 },
        accessibility: { title: 'Accessibility', score: 1 },
        seo: { title: 'SEO', score: null },
      },
      audits: {
        'first-contentful-paint': { displayValue: '0.6\u00a0s' },
        'total-blocking-time': { displayValue: '210\u00a0ms' },
        'total-byte-weight': { numericValue: 8_300 },
      },
    });
    expect(row).toHaveLength(LIGHTHOUSE_HEADER.length);
    expect(row).toEqual([
      '/places/gansu/',
      '97',
      '100',
      '-',
      '-',
      '0.6 s',
      '-',
      '210 ms',
      '-',
      '-',
      '8.3 kB',
    ]);
  });
});
