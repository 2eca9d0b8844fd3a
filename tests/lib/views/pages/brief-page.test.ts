import { describe, expect, it } from 'vitest';
import { fixtureQuery } from '../../../helpers/fixture-data.ts';
import { briefPage } from '../../../../src/lib/views/pages/brief-page.ts';

const q = fixtureQuery();

describe('briefPage', () => {
  it('makes the main chart of a campaign the one comparing most places, not the one with most bars', () => {
    const { chartHtml } = briefPage(q, 'campaigns', 'duanka', 'en', 'https://example.org');
    expect(chartHtml).toContain('Gansu');
    expect(chartHtml).toContain('Jiangxi');
    expect(chartHtml).not.toContain('China Mobile');
  });

  it('cites a title that has quotation marks of its own without doubling them', () => {
    const { citation } = briefPage(q, 'campaigns', 'duanka', 'en', 'https://example.org');
    expect(citation).not.toMatch(/[“”]{2}|”“/);
  });

  it('says on the sheet of a province and of its county which of their figures may overlap', () => {
    for (const id of ['gansu', 'yuzhong']) {
      const { overlaps } = briefPage(q, 'places', id, 'zh', 'https://example.org');
      expect(overlaps.length, id).toBeGreaterThan(0);
      expect(overlaps.join('')).toContain('不可相加');
    }
    expect(briefPage(q, 'places', 'jiangxi', 'en', 'https://example.org').overlaps).toEqual([]);
  });
});
