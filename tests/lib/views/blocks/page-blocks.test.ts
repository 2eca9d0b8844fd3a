import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fixtureQuery } from '../../../helpers/fixture-data.ts';
import { chartFootnote } from '../../../../src/lib/charts/figure-html.ts';
import { figuresExplained } from '../../../../src/lib/exports/export.ts';
import { renderChart } from '../../../../src/lib/charts/render.ts';
import { campaignPage } from '../../../../src/lib/views/pages/campaign-page.ts';
import { chartCsv, chartCsvKeys } from '../../../../src/lib/views/blocks/chart-csv.ts';
import type { Block } from '../../../../src/lib/views/blocks/make-blocks.ts';
import {
  allPageBlocks,
  campaignChartGroups,
  metricCharts,
  placeChartGroups,
} from '../../../../src/lib/views/blocks/page-blocks.ts';

const q = fixtureQuery();
const figure = (id: string) => q.data.figures.find((f) => f.id === id)!;
const charts = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'chart' ? [b] : []));
const values = (b: Block) => (b.kind === 'chart' ? b.spec.data.map((d) => d.value) : [b.spec.value]);

describe('which figures go in which chart', () => {
  it('never draws a single value, and never mixes units, levels, topics or metrics of places in one chart', () => {
    for (const locale of ['zh', 'en'] as const) {
      for (const { kind, entity, block } of allPageBlocks(q, locale)) {
        if (block.kind !== 'chart') continue;
        const where = `${kind}/${entity}/${block.id}`;
        expect(block.spec.data.length, where).toBeGreaterThan(1);
        const figures = block.spec.data.map((d) => figure(d.id));
        expect(new Set(figures.map((f) => q.levelOf(f))).size, where).toBe(1);
        expect(new Set(figures.map((f) => q.topicOf(f))).size, where).toBe(1);
        if (block.spec.form === 'ranked' && new Set(figures.map((f) => f.place)).size > 1)
          expect(new Set(figures.map((f) => f.metric)).size, where).toBe(1);
        if (block.spec.form === 'ranked')
          expect(new Set(figures.map((f) => q.unitOf(f))).size, where).toBe(1);
      }
    }
  });

  it("shows Gansu's 2,289 beside Jiangxi's 5,011 on Gansu's page, each with its period, Gansu highlighted", () => {
    const chart = charts(placeChartGroups(q, 'gansu', 'en').context).find((b) =>
      b.figures.some((f) => f.id === 'gansu-suspects'),
    )!;
    expect(chart.spec.data.map((d) => [d.label, d.value, d.highlight])).toEqual([
      ['Jiangxi', 5011, false],
      ['Gansu', 2289, true],
    ]);
    expect(chart.spec.data.map((d) => d.period)).toEqual([
      'since 10 Oct 2020 (no as-of date given)',
      'since the operation began there (start not given), reported 25 Dec 2020',
    ]);
    expect(chart.spec.subtitle).toBe(
      'Province level · *different periods (see each bar): not directly comparable',
    );
    expect(chart.spec.source).toMatch(/pp\. 57–60$/);
  });

  it('shows a single figure as a stat block with its period and page', () => {
    const stat = placeChartGroups(q, 'gansu', 'zh')
      .own.flatMap((g) => g.blocks)
      .find((b) => b.id === 'stat-gansu-suspects')!;
    expect(stat.kind).toBe('stat');
    if (stat.kind !== 'stat') return;
    expect(stat.spec).toMatchObject({
      value: 2289,
      // Place and campaign too: a stat shown apart or embedded says whose figure it is.
      period: '甘肃省 · “断卡”行动 · 当地行动开展以来（原文未注明开始日期），2020年12月25日报道',
      page: 57,
    });
  });

  it("draws Daqing's 129 inside its 181", () => {
    const pw = charts(placeChartGroups(q, 'daqing', 'en').own.flatMap((g) => g.blocks)).find(
      (b) => b.spec.form === 'part-whole' && b.spec.data[0]!.id === 'daqing-people-caught',
    )!;
    expect(values(pw)).toEqual([181, 129]);
  });

  it('keeps a province and its counties in separate sections of its page', () => {
    const gansu = placeChartGroups(q, 'gansu', 'en');
    expect(gansu.own.every((s) => s.group.place.id === 'gansu')).toBe(true);
    expect(gansu.counties.map((s) => s.group.place.id).sort()).toEqual(['jingchuan', 'yuzhong']);
  });

  it('marks "more than" figures in the chart notes', () => {
    const yuzhong = charts(placeChartGroups(q, 'yuzhong', 'en').own.flatMap((s) => s.blocks)).find((b) =>
      b.spec.data.some((d) => d.id === 'yuzhong-cards-opened'),
    )!;
    expect(yuzhong.spec.data.find((d) => d.id === 'yuzhong-cards-opened')).toMatchObject({
      value: 2000,
      qualifier: 'at_least',
    });
    expect(chartFootnote(yuzhong.spec)).toContain('+ means “more than” (余)');
  });

  it('tells same-metric bars apart by their detail', () => {
    const gangs = charts(placeChartGroups(q, 'zhoukou', 'en').own.flatMap((s) => s.blocks)).find((b) =>
      b.spec.data.some((d) => d.id === 'zhoukou-card-gangs'),
    )!;
    expect(gangs.spec.data.map((d) => d.label)).toEqual([
      'card-selling gangs',
      'other gangs (kind lost in extraction)',
    ]);
  });

  it('draws one ranked chart per level on a metric page, never a province beside a county', () => {
    const { compared, apart } = metricCharts(q, 'suspects_arrested', 'en');
    const province = compared.find((b) => b.id === 'all-suspects_arrested-province')!;
    expect(values(province)).toEqual([5011, 2289]);
    expect(compared.map((b) => b.id)).toContain('all-suspects_arrested-county');
    for (const b of compared) expect(new Set(b.figures.map((f) => q.levelOf(f))).size).toBe(1);
    // Every figure of the metric is drawn somewhere on the page.
    const shown = new Set([...compared, ...apart].flatMap((b) => b.figures.map((f) => f.id)));
    for (const f of q.data.figures.filter((f) => f.metric === 'suspects_arrested'))
      expect(shown.has(f.id), f.id).toBe(true);
  });

  it('ranks places on a campaign page, then gives each place its other figures, higher levels first', () => {
    const { compared, groups } = campaignChartGroups(q, 'duanka', 'en');
    expect(values(compared.find((b) => b.id === 'cmp-suspects_arrested-province')!)).toEqual([5011, 2289]);
    const levels = groups.map((s) => s.group.place.level);
    const rank = (l: string) => ['province', 'prefecture', 'county'].indexOf(l);
    expect(levels).toEqual([...levels].sort((a, b) => rank(a) - rank(b)));
    // A figure in a ranked chart is not shown again as a stat in its place's section.
    const inGroups = groups.flatMap((g) => g.blocks).flatMap((b) => b.figures.map((f) => f.id));
    expect(inGroups).not.toContain('gansu-suspects');
  });

  it('gives a campaign page a timeline of its operations and cases', () => {
    const v = campaignPage(q, 'duanka', 'en');
    const svg = renderChart(v.timeline!.spec).svg;
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('Operation “Longfeng 2020”');
  });
});

describe('chart CSVs', () => {
  it('hold exactly the rows behind each chart, with the columns of figures-explained', () => {
    const keys = chartCsvKeys(q);
    expect(keys).toContain('campaigns/duanka/cmp-suspects_arrested-province');
    expect(keys).toContain('places/gansu/all-figures');
    expect(new Set(keys).size).toBe(keys.length);
    const csv = chartCsv(q, 'campaigns/duanka/cmp-suspects_arrested-province', 'https://example.org');
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields).toEqual(figuresExplained(q, 'https://example.org').columns);
    expect(parsed.data.map((r) => r.id).sort()).toEqual(['gansu-suspects', 'jiangxi-suspects']);
    expect(chartCsv(q, 'places/gansu/stat-gansu-suspects', 'https://example.org')).toContain('2289');
    expect(() => chartCsv(q, 'places/gansu/nothing', 'https://example.org')).toThrow('no chart CSV');
  });
});
