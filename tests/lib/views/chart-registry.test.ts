import { describe, expect, it } from 'vitest';
import { chartKey, chartRegistry } from '../../../src/lib/views/chart-registry.ts';
import { allPageBlocks } from '../../../src/lib/views/page-charts.ts';
import { fixtureQuery } from '../../helpers/fixture-data.ts';

const q = fixtureQuery();

describe('chartRegistry', () => {
  it('lists every chart and stat of every page once, and the overview maps', () => {
    for (const locale of ['zh', 'en'] as const) {
      const keys = chartRegistry(q, locale).map(chartKey);
      expect(new Set(keys).size).toBe(keys.length);
      const blockKeys = allPageBlocks(q, locale).map((b) => `${b.kind}/${b.entity}/${b.block.id}`);
      expect(keys.filter((k) => !k.startsWith('overview/map/'))).toEqual(blockKeys);
      expect(keys.some((k) => k.startsWith('overview/map/'))).toBe(true);
    }
  });

  it('gives each chart its page anchor, figures, CSV and drawn plot', () => {
    const { kind, entity, block } = allPageBlocks(q, 'en').find(
      (b) => b.kind === 'places' && b.block.kind === 'chart',
    )!;
    const chart = chartRegistry(q, 'en').find((c) => chartKey(c) === `${kind}/${entity}/${block.id}`)!;
    expect(chart.pageHref).toBe(`/en/places/${entity}/#chart-${block.id}`);
    expect(chart.figureIds).toEqual(block.figures.map((f) => f.id));
    expect(chart.csvHref).toBe(block.csvHref);
    expect(chart.figureHtml()).toContain(`id="chart-${block.id}"`);
    expect(chart.figureHtml()).toContain('<h2 class="chart-title">');
    const plot = chart.plot();
    expect(plot.svg).toMatch(/^<svg/);
    expect(plot.svg).not.toContain('width="100%"');
    expect(plot.width).toBeGreaterThan(0);
  });

  it('draws a stat as its number with the stat block as its embed', () => {
    const { kind, entity, block } = allPageBlocks(q, 'zh').find((b) => b.block.kind === 'stat')!;
    const stat = chartRegistry(q, 'zh').find((c) => chartKey(c) === `${kind}/${entity}/${block.id}`)!;
    expect(stat.pageHref).toMatch(new RegExp(`#${block.id}$`));
    expect(stat.figureHtml()).toContain(`id="${block.id}"`);
    expect(stat.plot().svg).toContain(String(block.figures[0]!.value).slice(0, 2));
  });
});
