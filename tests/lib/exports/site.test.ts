import { describe, expect, it } from 'vitest';
import { releaseFile, siteRelease } from '../../../src/lib/exports/site.ts';

const site = 'https://example.org';

describe('the site’s data release', () => {
  it('hands each file over once and lets its bytes go, keeping names, sizes and row counts for the pages', () => {
    const release = siteRelease(site);
    const size = release.sizes.get('figures.csv')!;
    expect(size).toBeGreaterThan(1000);
    expect(release.rows.get('figures')).toBeGreaterThan(0);
    const bytes = releaseFile(site, 'figures.csv')!;
    expect(bytes.length).toBe(size);
    expect(release.files.has('figures.csv')).toBe(false);
    expect(release.names).toContain('figures.csv');
    expect(siteRelease(site).sizes.get('figures.csv')).toBe(size);
  });

  it('makes the release again when a file is asked for a second time, as the dev server does', () => {
    const first = releaseFile(site, 'places.csv')!;
    const again = releaseFile(site, 'places.csv')!;
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect(releaseFile(site, 'no-such-file.csv')).toBeUndefined();
  });
});
