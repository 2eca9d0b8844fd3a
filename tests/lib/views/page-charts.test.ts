import { describe, expect, it } from 'vitest';
import { fixtureQuery } from '../../helpers/fixture-data.ts';
import { chartFootnote } from '../../../src/lib/charts/figure-html.ts';
import {
  allPageCharts,
  campaignChartGroups,
  metricCharts,
  placeChartGroups,
} from '../../../src/lib/views/page-charts.ts';

const q = fixtureQuery();
const figure = (id: string) => q.data.figures.find((f) => f.id === id)!;

describe('which figures go in which chart', () => {
  it('never mixes units, places or periods in one chart', () => {
    for (const locale of ['zh', 'en'] as const) {
      for (const { spec } of allPageCharts(q, locale)) {
        const figures = spec.data.map((d) => figure(d.id));
        expect(new Set(figures.map((f) => q.unitOf(f))).size, spec.id).toBe(1);
        expect(new Set(figures.map((f) => q.levelOf(f))).size, spec.id).toBe(1);
        expect(
          new Set(figures.map((f) => `${f.period_type}|${f.period_start}|${f.period_end}|${f.as_of}`)).size,
          spec.id,
        ).toBe(1);
      }
    }
  });

  it('puts the period in every subtitle and the page in every source line', () => {
    const [chart] = placeChartGroups(q, 'gansu', 'en').own[0]!.specs;
    expect(chart!.subtitle).toContain('as of 25 Dec 2020');
    expect(chart!.source).toMatch(/p\. 57$/);
    expect(chart!.data.map((d) => d.value)).toEqual([2289]);
    const [zh] = placeChartGroups(q, 'gansu', 'zh').own[0]!.specs;
    expect(zh!.subtitle).toContain('截至2020年12月25日');
    expect(zh!.source).toMatch(/第57页$/);
  });

  it('keeps a province and its counties in separate sections of its page', () => {
    const gansu = placeChartGroups(q, 'gansu', 'en');
    expect(gansu.own.every((s) => s.group.place.id === 'gansu')).toBe(true);
    expect(gansu.counties.map((s) => s.group.place.id).sort()).toEqual(['jingchuan', 'yuzhong']);
  });

  it('marks "more than" figures in the chart notes', () => {
    const yuzhong = placeChartGroups(q, 'yuzhong', 'en').own[0]!.specs.find((s) =>
      s.data.some((d) => d.id === 'yuzhong-cards-opened'),
    )!;
    expect(yuzhong.data.find((d) => d.id === 'yuzhong-cards-opened')).toMatchObject({
      value: 2000,
      qualifier: 'at_least',
    });
    expect(chartFootnote(yuzhong)).toContain('+ means “more than” (余)');
  });

  it('tells same-metric bars apart by their detail', () => {
    const gangs = placeChartGroups(q, 'zhoukou', 'en')
      .own.flatMap((s) => s.specs)
      .find((s) => s.data.some((d) => d.id === 'zhoukou-card-gangs'))!;
    expect(gangs.data.map((d) => d.label)).toEqual([
      'card-selling gangs',
      'other gangs (kind lost in extraction)',
    ]);
  });

  it('compares places on a metric page only within a comparable series', () => {
    const { compared, apart } = metricCharts(q, 'numbers_shut_down', 'en');
    expect(compared).toHaveLength(1);
    expect(compared[0]!.data.map((d) => d.value).sort((a, b) => a - b)).toEqual([304, 2059, 38000]);
    expect(apart).toEqual([]);
    const suspects = metricCharts(q, 'suspects_arrested', 'en');
    expect(suspects.apart.map((s) => s.title)).toEqual(
      expect.arrayContaining(['Gansu: Suspects arrested', 'Jiangxi: Suspects arrested']),
    );
  });

  it('gives a campaign page the figures of its operations and cases, higher levels first', () => {
    const levels = campaignChartGroups(q, 'duanka', 'en').map((s) => s.group.place.level);
    expect(levels).toEqual(
      [...levels].sort(
        (a, b) =>
          ['province', 'prefecture', 'county'].indexOf(a) - ['province', 'prefecture', 'county'].indexOf(b),
      ),
    );
    expect(new Set(levels)).toEqual(new Set(['province', 'prefecture', 'county']));
  });
});
