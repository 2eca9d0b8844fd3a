import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { figureLines, NATIONAL_FIGURES, siteLayout } from '../../../src/lib/hosting/layout.ts';

describe('siteLayout', () => {
  test('is full up to NATIONAL_FIGURES figures and national above', () => {
    expect(siteLayout(102, {})).toBe('full');
    expect(siteLayout(NATIONAL_FIGURES, {})).toBe('full');
    expect(siteLayout(NATIONAL_FIGURES + 1, {})).toBe('national');
  });

  test('SITE_LAYOUT chooses it whatever the data, and a wrong value is an error that names it', () => {
    expect(siteLayout(102, { SITE_LAYOUT: 'national' })).toBe('national');
    expect(siteLayout(40_000, { SITE_LAYOUT: 'full' })).toBe('full');
    expect(() => siteLayout(102, { SITE_LAYOUT: 'big' })).toThrow(
      /SITE_LAYOUT must be "full" or "national", not "big"/,
    );
  });
});

test('figureLines counts the rows of figures.csv, blank lines left out, and 0 without the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layout-'));
  try {
    expect(figureLines(dir)).toBe(0);
    writeFileSync(join(dir, 'figures.csv'), 'id,value\na,1\nb,2\n\n');
    expect(figureLines(dir)).toBe(2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
