import { describe, expect, it } from 'vitest';
import { chartKeys, chartRegistry, registeredChart } from '../../../../src/lib/views/blocks/registry.ts';
import { allPageBlocks } from '../../../../src/lib/views/blocks/page-blocks.ts';
import { fixtureQuery } from '../../../helpers/fixture-data.ts';

const q = fixtureQuery();

describe('chartRegistry', () => {
  it('lists every chart of every page once, every stat once per figure, and the overview maps', () => {
    for (const locale of ['zh', 'en'] as const) {
      const keys = chartKeys(q, locale);
      expect(new Set(keys).size).toBe(keys.length);
      const blocks = allPageBlocks(q, locale);
      const chartKeysOfPages = blocks
        .filter((b) => b.block.kind === 'chart')
        .map((b) => `${b.kind}/${b.entity}/${b.block.id}`);
      expect(keys.filter((k) => !k.startsWith('figures/') && !k.startsWith('overview/map/'))).toEqual(
        chartKeysOfPages,
      );
      const statFigures = new Set(
        blocks.filter((b) => b.block.kind === 'stat').map((b) => b.block.figures[0]!.id),
      );
      expect(keys.filter((k) => k.startsWith('figures/')).sort()).toEqual(
        [...statFigures].map((id) => `figures/${id}/stat`).sort(),
      );
      // A figure shown as a stat on several pages (its place, its campaign, its metric) has one embed.
      expect(blocks.filter((b) => b.block.kind === 'stat').length).toBeGreaterThan(statFigures.size);
      expect(keys.some((k) => k.startsWith('overview/map/'))).toBe(true);
      expect([...chartRegistry(q, locale)].map((c) => c.key)).toEqual(keys);
    }
  });

  it('gives each chart its page anchor, figures, CSV and drawn plot', () => {
    const { kind, entity, block } = allPageBlocks(q, 'en').find(
      (b) => b.kind === 'places' && b.block.kind === 'chart',
    )!;
    const chart = registeredChart(q, 'en', `${kind}/${entity}/${block.id}`);
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

  it('draws a stat as its number, linked to its figure page', () => {
    const { block } = allPageBlocks(q, 'zh').find((b) => b.block.kind === 'stat')!;
    const figure = block.figures[0]!;
    const stat = registeredChart(q, 'zh', `figures/${figure.id}/stat`);
    expect(stat.pageHref).toBe(`/figures/${figure.id}/`);
    expect(stat.figureHtml()).toContain(`id="${block.id}"`);
    expect(stat.plot().svg).toContain(String(figure.value).slice(0, 2));
  });

  it('names the key it cannot find', () => {
    expect(() => registeredChart(q, 'en', 'places/nowhere/x')).toThrow('no chart "places/nowhere/x" in en');
  });
});

describe('a stat away from its page', () => {
  it('names its place in the title and its campaign once in the subtitle', () => {
    for (const locale of ['zh', 'en'] as const) {
      const stat = registeredChart(q, locale, 'figures/gansu-suspects/stat');
      const campaign = locale === 'zh' ? '“断卡”行动' : '“Card-breaking” operation';
      expect(stat.title).toMatch(locale === 'zh' ? /^甘肃省 · / : /^Gansu · /);
      expect(stat.subtitle.split(campaign).length - 1, stat.subtitle).toBe(1);
    }
  });
});
