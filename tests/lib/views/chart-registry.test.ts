import { describe, expect, it } from 'vitest';
import { chartKey, chartRegistry } from '../../../src/lib/views/chart-registry.ts';
import { allPageCharts } from '../../../src/lib/views/page-charts.ts';
import { fixtureQuery } from '../../helpers/fixture-data.ts';

const q = fixtureQuery();

describe('chartRegistry', () => {
  it('lists every chart of every page once, and the overview maps', () => {
    for (const locale of ['zh', 'en'] as const) {
      const list = chartRegistry(q, locale);
      const keys = list.map(chartKey);
      expect(new Set(keys).size).toBe(keys.length);
      const pageKeys = allPageCharts(q, locale).map((c) => `${c.kind}/${c.entity}/${c.spec.id}`);
      expect(keys.filter((k) => !k.startsWith('overview/'))).toEqual(pageKeys);
      expect(keys.some((k) => k.startsWith('overview/map/'))).toBe(true);
    }
  });

  it('gives each chart its page anchor, figures and drawn plot', () => {
    const gansu = chartRegistry(q, 'en').find((c) => chartKey(c) === 'places/gansu/own-1-1')!;
    expect(gansu.pageHref).toBe('/en/places/gansu/#chart-own-1-1');
    expect(gansu.figureIds.length).toBeGreaterThan(0);
    expect(gansu.figureHtml()).toContain('id="chart-own-1-1"');
    expect(gansu.plot().svg).toMatch(/^<svg/);
  });
});
