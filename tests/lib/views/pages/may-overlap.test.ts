// Figures that may count the same people are said on both pages: the total's and the inner figure's.
import { describe, expect, it } from 'vitest';
import { fixtureQuery } from '../../../helpers/fixture-data.ts';
import {
  cappedDiscrepancies,
  MAX_DISCREPANCIES,
  MAX_FIGURE_DISCREPANCIES,
} from '../../../../src/lib/views/cap.ts';
import { methodologyPage } from '../../../../src/lib/views/pages/about-pages.ts';
import { figurePage } from '../../../../src/lib/views/pages/figure-page.ts';
import { placePage } from '../../../../src/lib/views/pages/place-page.ts';

const q = fixtureQuery();
const SITE = 'https://crackdown-data.example';
const ID = 'may-overlap-gansu-suspects-yuzhong-suspects';

describe('may-overlap rows on the pages', () => {
  it("are listed on the province's page and on the county's, in both languages", () => {
    const gansu = placePage(q, 'gansu', 'en').discrepancies;
    expect(
      gansu.some((d) =>
        d.startsWith(
          'p. 58: These figures of Yuzhong County may count the same people or things as figures of Gansu',
        ),
      ),
    ).toBe(true);
    expect(
      gansu.some((d) =>
        d.includes(
          'These figures of Jingchuan County may count the same people or things as figures of Gansu',
        ),
      ),
    ).toBe(true);
    const yuzhong = placePage(q, 'yuzhong', 'zh').discrepancies;
    expect(
      yuzhong.some((d) => d.includes('榆中县的以下数据与甘肃省的数据可能包含同一批人或物，不可相加')),
    ).toBe(true);
    // Jiangxi lies outside Gansu: no overlap is said there.
    expect(placePage(q, 'jiangxi', 'en').discrepancies.join(' ')).not.toContain('may count the same');
  });

  it("are listed on each figure's page, naming the other figure by place and name, linked to the methodology", () => {
    for (const [id, other] of [
      ['yuzhong-suspects', 'Gansu, “Card-breaking” operation'],
      ['gansu-suspects', 'Yuzhong County, Yuzhong phone-card gang case'],
    ] as const) {
      const row = figurePage(q, id, 'en', SITE).discrepancies.find((d) => d.href.endsWith(ID))!;
      expect(row.href).toBe(`/en/methodology/#discrepancy-${ID}`);
      expect(row.text).toContain(other);
    }
    const daqing = figurePage(q, 'daqing-people-caught', 'zh', SITE).discrepancies;
    expect(daqing.map((d) => d.text).join('')).toContain('黑龙江省，黑龙江省内集中抓捕行动');
  });

  it('are listed on the methodology page after the curated rows', () => {
    const rows = methodologyPage(q, 'en').discrepancies;
    expect(rows.slice(-3).map((r) => r.id)).toEqual([
      'discrepancy-may-overlap-heilongjiang-people-caught-daqing-people-caught',
      `discrepancy-${ID}`,
      'discrepancy-may-overlap-gansu-suspects-jingchuan-suspects',
    ]);
    expect(methodologyPage(q, 'en').discrepanciesMore).toBeUndefined();
  });

  it('are cut on a page at national scale, the rest reached in the discrepancies download', () => {
    const rows = Array.from({ length: MAX_DISCREPANCIES + 5 }, (_, i) => i);
    const { shown, more } = cappedDiscrepancies(rows, 'en');
    expect(shown).toHaveLength(MAX_DISCREPANCIES);
    expect(more).toEqual({
      text: '5 more are not listed here; all of them are in the discrepancies table (CSV).',
      href: '/data/discrepancies.csv',
    });
    expect(cappedDiscrepancies(rows.slice(0, 3), 'zh').more).toBeUndefined();
  });

  it('a figure page names at most MAX_FIGURE_DISCREPANCIES, and links the table for the rest', () => {
    const rows = Array.from({ length: MAX_FIGURE_DISCREPANCIES + 2 }, (_, i) => i);
    const { shown, more } = cappedDiscrepancies(rows, 'en', MAX_FIGURE_DISCREPANCIES);
    expect(shown).toHaveLength(MAX_FIGURE_DISCREPANCIES);
    expect(more?.text).toMatch(/2 more/);
  });
});
