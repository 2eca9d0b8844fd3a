import { describe, expect, it } from 'vitest';
import { releaseFile, siteRelease } from '../../../src/lib/exports/site.ts';

const site = 'https://example.org';

describe('the site’s data release', () => {
  it('hands each file over once and lets its bytes go, keeping names, sizes and row counts for the pages', async () => {
    const release = await siteRelease(site);
    const size = release.sizes.get('figures.csv')!;
    expect(size).toBeGreaterThan(1000);
    expect(release.rows.get('figures')).toBeGreaterThan(0);
    const bytes = (await releaseFile(site, 'figures.csv'))!;
    expect(bytes.length).toBe(size);
    expect(release.files.has('figures.csv')).toBe(false);
    expect(release.names).toContain('figures.csv');
    expect((await siteRelease(site)).sizes.get('figures.csv')).toBe(size);
  });

  it('makes the release, its workbook once, and the same release each time it is asked', async () => {
    expect(siteRelease(site)).toBe(siteRelease(site));
    const release = await siteRelease(site);
    expect(release.names).toContain('crackdown-data.xlsx');
    expect(release.sizes.get('crackdown-data.xlsx')).toBeGreaterThan(1000);
  });

  it('makes the release again when a file is asked for a second time, as the dev server does', async () => {
    const first = (await releaseFile(site, 'places.csv'))!;
    const again = (await releaseFile(site, 'places.csv'))!;
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect(await releaseFile(site, 'no-such-file.csv')).toBeUndefined();
  });
});
