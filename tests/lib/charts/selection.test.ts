import { describe, expect, test } from 'vitest';
import { siteData } from '../../../src/lib/data/index.ts';
import { figuresExplained } from '../../../src/lib/exports/export.ts';
import {
  barName,
  fill,
  groupSelection,
  sortBars,
  type SelectionRow,
} from '../../../src/lib/charts/selection.ts';

/** A figures-explained row with what the grouping reads; the rest as given. */
const row = (id: string, over: Partial<Record<string, string | number>> = {}): SelectionRow => ({
  id,
  value: 10,
  qualifier: 'exact',
  unit: 'people',
  metric: 'suspects_arrested',
  metric_en: 'Suspects arrested',
  place: id,
  place_en: id.toUpperCase(),
  level: 'province',
  topic: 'two-cards',
  agency_en: `${id} police`,
  detail_en: '',
  period_type: 'cumulative',
  period_start: '',
  period_end: '',
  as_of: '2020-12-25',
  reported: '',
  period_en: 'as of 25 Dec 2020',
  page: 57,
  quote: '抓获',
  source_title_zh: 'T',
  url: `https://x/figures/${id}/`,
  ...over,
});

describe('groupSelection', () => {
  test('never puts two units, levels, metrics or topics in one chart', () => {
    const groups = groupSelection(
      [
        row('a'),
        row('b'),
        row('c', { level: 'county' }),
        row('d', { metric: 'cases_solved', unit: 'cases' }),
        row('e', { unit: 'cases' }), // same metric id, another unit: apart all the same
        row('f', { topic: 'personal-information' }),
      ],
      'en',
    );
    expect(groups.map((g) => g.bars.map((b) => b.id))).toEqual([['a', 'b'], ['c'], ['d'], ['e'], ['f']]);
    expect(groups[0]).toMatchObject({ level: 'province', unit: 'people', metricName: 'Suspects arrested' });
    // Two topics of one metric at one level: their titles must name the topic.
    expect(groups.map((g) => g.topicNamed)).toEqual([true, false, false, true, true]);
  });

  test('one bar per figure, even two of one place, each told apart by its detail or agency', () => {
    const groups = groupSelection(
      [
        row('x', { place: 'jieyang', place_en: 'JIEYANG', detail_en: 'Arrested in Shenzhen' }),
        row('y', { place: 'jieyang', place_en: 'JIEYANG', agency_en: 'Jieyang PSB' }),
        row('z'),
      ],
      'en',
    );
    expect(groups).toHaveLength(1);
    const bars = groups[0]!.bars;
    expect(bars.map((b) => b.id)).toEqual(['x', 'y', 'z']);
    expect(bars.map((b) => barName(b, ' · '))).toEqual([
      'JIEYANG · Arrested in Shenzhen',
      'JIEYANG · Jieyang PSB',
      'Z',
    ]);
  });

  test('marks the bars whose period differs from the one most share, and the chart', () => {
    const [same] = groupSelection([row('a'), row('b')], 'en');
    expect(same!.periodsDiffer).toBe(false);
    expect(same!.bars.map((b) => b.periodDiffers)).toEqual([false, false]);
    const [mixed] = groupSelection([row('a'), row('b'), row('c', { as_of: '2020-11-30' })], 'en');
    expect(mixed!.periodsDiffer).toBe(true);
    expect(mixed!.bars.map((b) => b.periodDiffers)).toEqual([false, false, true]);
    // No period shared by more bars than any other: every bar is marked.
    const [apart] = groupSelection([row('a'), row('b', { reported: '2021-01' })], 'en');
    expect(apart!.bars.map((b) => b.periodDiffers)).toEqual([true, true]);
  });

  test('the pages of a chart, once each and in order', () => {
    const [g] = groupSelection(
      [row('a', { page: 59 }), row('b', { page: 57 }), row('c', { page: 59 })],
      'en',
    );
    expect(g!.pages).toEqual([57, 59]);
    expect(g!.source).toBe('T');
  });

  test('on the data: every figure is one bar, and no chart mixes units or levels', () => {
    const rows = figuresExplained(siteData(), 'https://example.org/').rows as SelectionRow[];
    const groups = groupSelection(rows, 'zh');
    expect(groups.flatMap((g) => g.bars.map((b) => b.id)).sort()).toEqual(
      rows.map((r) => String(r.id)).sort(),
    );
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    for (const g of groups) {
      const of = (k: string) => new Set(g.bars.map((b) => byId.get(b.id)![k]));
      expect([of('unit').size, of('level').size, of('metric').size, of('topic').size]).toEqual([1, 1, 1, 1]);
    }
    const suspects = groups.filter((g) => g.metric === 'suspects_arrested');
    expect([...new Set(suspects.map((g) => g.level))].sort()).toEqual(['county', 'prefecture', 'province']);
  });
});

describe('sortBars', () => {
  const bars = groupSelection(
    [row('b', { value: 5 }), row('a', { value: 9 }), row('c', { value: 9 })],
    'en',
  )[0]!.bars;
  test('by value, largest first, ties in the view order; by name; as the view lists them', () => {
    expect(sortBars(bars, 'value', 'en', ' · ').map((b) => b.id)).toEqual(['a', 'c', 'b']);
    expect(sortBars(bars, 'name', 'en', ' · ').map((b) => b.id)).toEqual(['a', 'b', 'c']);
    expect(sortBars(bars, 'view', 'en', ' · ').map((b) => b.id)).toEqual(['b', 'a', 'c']);
  });
});

test('fill puts values in a template and leaves unknown placeholders', () => {
  expect(fill('{metric} · {level} {x}', { metric: 'M', level: 'provinces' })).toBe('M · provinces {x}');
});

describe('parts of a whole', () => {
  test('a part whose whole is charted beside it is named "of which" and the chart says not to add them', () => {
    const whole = row('jieyang', { value: 8 });
    const part = row('jieyang-gz', { place: 'jieyang', place_en: 'Jieyang', value: 2, part_of: 'jieyang' });
    const alone = row('feicheng', { value: 2, part_of: 'elsewhere' });
    const [g] = groupSelection([whole, part, alone], 'en');
    expect(g!.hasParts).toBe(true);
    expect(g!.bars.map((b) => b.isPart)).toEqual([false, true, false]);
    expect(barName(g!.bars[1]!, ' · ', '{label} (of which)')).toMatch(/ \(of which\)$/);
    expect(barName(g!.bars[2]!, ' · ', '{label} (of which)')).toBe('FEICHENG');
    expect(groupSelection([whole, alone], 'en')[0]!.hasParts).toBe(false);
  });
});
