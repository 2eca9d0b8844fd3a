import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/data/dataset.ts';
import { overlapPairs, periodSpan, spansMeet, type OverlapFacts } from '../../../src/lib/data/overlaps.ts';
import { fixtureQuery } from '../../helpers/fixture-data.ts';

const q = fixtureQuery();
const fig = (id: string) => q.figure(id);
const facts: OverlapFacts = {
  parentOf: (id) => q.place(id).parent,
  familyOf: (id) => q.metric(id).family || id,
  campaignStart: (id) => q.campaign(id).start,
};
const pairs = (figures: Figure[]) => overlapPairs(figures, facts).map((p) => [p.outer.id, p.inner.id]);
const none = { period_start: '', period_end: '', as_of: '', reported: '' };

describe('periodSpan', () => {
  it('runs a since-launch total from the campaign start to the day it was reported', () => {
    expect(periodSpan(fig('gansu-suspects'), '2020-10-10')).toEqual({ from: '2020-10-10', to: '2020-12-25' });
  });

  it('reads a month or a year as every day it may mean', () => {
    expect(periodSpan(fig('yuzhong-suspects'))).toEqual({ from: '2020-11-04', to: '2020-12-31' });
    expect(
      periodSpan({ ...none, period_type: 'operation', period_start: '2020', period_end: '2020' }),
    ).toEqual({ from: '2020-01-01', to: '2020-12-31' });
  });

  it('leaves open what the text does not give', () => {
    // Jiangxi: since 10 October, no as-of date; Sichuan: as of 30 October, no start; Zhoukou's operators: no dates.
    expect(periodSpan(fig('jiangxi-suspects'))).toEqual({ from: '2020-10-10', to: '' });
    expect(periodSpan(fig('sichuan-gangs'))).toEqual({ from: '', to: '2020-10-30' });
    expect(periodSpan(fig('zhoukou-mobile-numbers-shut'))).toEqual({ from: '', to: '' });
  });

  it('treats periods as meeting unless both are given far enough to part them', () => {
    expect(
      spansMeet({ from: '2020-11-04', to: '2020-12-31' }, { from: '2020-10-10', to: '2020-12-25' }),
    ).toBe(true);
    expect(
      spansMeet({ from: '2019-08-01', to: '2019-08-31' }, { from: '2020-10-10', to: '2020-12-25' }),
    ).toBe(false);
    expect(spansMeet({ from: '', to: '' }, { from: '2020-10-10', to: '2020-12-25' })).toBe(true);
    expect(spansMeet({ from: '2021-01-01', to: '' }, { from: '', to: '2020-12-25' })).toBe(false);
  });
});

describe('overlapPairs', () => {
  it("pairs a province's running total with a county case inside it, in its period", () => {
    expect(pairs(q.data.figures.filter((f) => f.metric === 'suspects_arrested'))).toEqual([
      ['gansu-suspects', 'yuzhong-suspects'],
      ['gansu-suspects', 'jingchuan-suspects'],
    ]);
  });

  it('pairs a provincial round-up with the city case it followed (Heilongjiang and Daqing)', () => {
    expect(pairs(q.data.figures.filter((f) => ['heilongjiang', 'daqing'].includes(f.place)))).toEqual([
      ['heilongjiang-people-caught', 'daqing-people-caught'],
      ['heilongjiang-compulsory-measures', 'daqing-compulsory-measures'],
      ['heilongjiang-phones', 'daqing-phones'],
      ['heilongjiang-computers', 'daqing-computers'],
      ['heilongjiang-records', 'daqing-records'],
    ]);
  });

  it('never pairs figures that count different kinds of thing', () => {
    // Gansu's dens and Yuzhong's cards opened have no match on the other side.
    expect(pairs([fig('gansu-dens'), fig('yuzhong-cards-opened')])).toEqual([]);
    // Nor bank cards seized with phone cards seized (both in cards, different metric families).
    const phoneCards = { ...fig('yuzhong-suspects'), metric: 'phone_cards_seized' };
    expect(pairs([fig('gansu-bank-cards'), phoneCards])).toEqual([]);
  });

  it('pairs another definition of the same count (one metric family): all arrests and card sellers only', () => {
    const sellers = { ...fig('yuzhong-suspects'), metric: 'suspects_arrested_card_sellers' };
    expect(pairs([fig('gansu-suspects'), sellers])).toEqual([['gansu-suspects', 'yuzhong-suspects']]);
  });

  it('never pairs figures whose periods are given and apart', () => {
    const before = { ...fig('yuzhong-suspects'), period_start: '2019-08', period_end: '2019-09' };
    expect(pairs([fig('gansu-suspects'), before])).toEqual([]);
    const after = { ...fig('yuzhong-suspects'), period_start: '2021-01-04', period_end: '2021-02' };
    expect(pairs([fig('gansu-suspects'), after])).toEqual([]);
  });

  it('pairs figures whose periods are not known, whichever side', () => {
    const undated = { ...fig('yuzhong-suspects'), period_start: '', period_end: '' };
    expect(pairs([fig('gansu-suspects'), undated])).toEqual([['gansu-suspects', 'yuzhong-suspects']]);
  });

  it('never pairs unrelated places, nor places of one level', () => {
    // Feicheng (Shandong) lies outside Gansu; Jiangxi and Gansu are both provinces; Yuzhong and Jingchuan both counties.
    expect(pairs(figs('gansu-suspects', 'feicheng-suspects', 'jiangxi-suspects'))).toEqual([]);
    expect(pairs(figs('yuzhong-suspects', 'jingchuan-suspects'))).toEqual([]);
    // Yixing (Jiangsu) is not within Gansu even though both report arrests in the card-breaking months.
    expect(pairs(figs('gansu-suspects', 'yixing-arrests'))).toEqual([]);
  });

  it('finds a place within another at any depth (a county inside its province, past its prefecture)', () => {
    const lanzhou = { ...fig('yuzhong-suspects'), id: 'lanzhou-suspects', place: 'lanzhou' };
    expect(pairs([fig('gansu-suspects'), lanzhou, fig('yuzhong-suspects')])).toEqual([
      ['gansu-suspects', 'lanzhou-suspects'],
      ['gansu-suspects', 'yuzhong-suspects'],
      ['lanzhou-suspects', 'yuzhong-suspects'],
    ]);
  });
});

function figs(...ids: string[]) {
  return ids.map(fig);
}
