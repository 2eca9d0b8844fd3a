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
});
