import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../src/lib/data/load.ts';
import { createQuery } from '../../../../src/lib/data/query.ts';
import { LEVELS, TOPICS } from '../../../../src/lib/data/schema.ts';
import { synthesize } from '../../../../src/lib/synth/generate.ts';
import { MAX_CONTEXT, MAX_PAGE_BLOCKS, MAX_SECTIONS } from '../../../../src/lib/views/cap.ts';
import { MAX_BARS } from '../../../../src/lib/views/blocks/choose-forms.ts';
import {
  chartPages,
  metricCharts,
  pageBlocks,
  placeChartGroups,
} from '../../../../src/lib/views/blocks/page-blocks.ts';
import { overviewPage } from '../../../../src/lib/views/pages/overview.ts';
import {
  campaignPage,
  campaignsIndex,
  type CampaignNode,
} from '../../../../src/lib/views/pages/campaign-page.ts';
import * as urls from '../../../../src/lib/urls.ts';
import { layoutOf } from '../../../../src/lib/views/blocks/chart-files.ts';
import { chartRoutes } from '../../../../src/lib/views/pages/embed-page.ts';
import { figureExplorer } from '../../../../src/lib/views/pages/figure-explorer.ts';

// A synthetic national data set in the project's schema, provinces and metrics from the frozen fixture copy of data/.
const seed = loadDataset(resolve(import.meta.dirname, '../../data/fixtures/data'), 'data', {
  sourcesDir: resolve(import.meta.dirname, '../../../../../shared/sources'),
});
const dir = mkdtempSync(join(tmpdir(), 'bounded-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const [path, text] of synthesize({
  provinces: seed.places.filter((p) => p.level === 'province').map(({ line: _line, ...p }) => p),
  metrics: seed.metrics.map(({ line: _line, ...m }) => m),
  figures: 10_000,
  seed: '1',
})) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}
const q = createQuery(loadDataset(dir, dir));
/** A metric page's ranked charts: one per level and topic. */
const RANKED = LEVELS.length * TOPICS.length;

describe('pages at national scale (10,000 synthetic figures)', () => {
  it('draw a bounded number of blocks, none with more than MAX_BARS bars', () => {
    const bound = Math.max(MAX_CONTEXT + MAX_PAGE_BLOCKS, RANKED + 2 * MAX_SECTIONS);
    for (const page of chartPages(q)) {
      const blocks = pageBlocks(q, page, 'en');
      expect(blocks.length, `${page.kind}/${page.entity}`).toBeLessThanOrEqual(bound);
      for (const b of blocks) expect(b.figures.length, b.id).toBeLessThanOrEqual(MAX_BARS + 1);
    }
  });

  it('cap the charts of a metric page as well as its stats, and count what they leave out', () => {
    const metric = q.metricsWithData().find((m) => q.figuresOfMetric(m.id).length > 300)!;
    const { compared, apart, more } = metricCharts(q, metric.id, 'en');
    expect(compared.length).toBeLessThanOrEqual(RANKED + MAX_SECTIONS);
    expect(apart.length).toBeLessThanOrEqual(MAX_SECTIONS);
    expect(more).toBeGreaterThan(0);
  });

  it('show a province’s own sections first and count the sections the block budget leaves out', () => {
    const busiest = q.data.places
      .filter((p) => p.level === 'province')
      .map((p) => ({ id: p.id, s: placeChartGroups(q, p.id, 'en') }))
      .sort((a, b) => b.s.more - a.s.more)[0]!;
    const { own, prefectures, counties, more } = busiest.s;
    const blocks = [...own, ...prefectures, ...counties].flatMap((g) => g.blocks);
    expect(blocks.length).toBeLessThanOrEqual(MAX_PAGE_BLOCKS);
    expect(own.length).toBeGreaterThan(0);
    expect(more).toBeGreaterThan(0);
  });

  it('give the overview one tile per province, and a map caption naming each drawn figure once', () => {
    const provinces = q.data.places.filter((p) => p.level === 'province').length;
    for (const map of overviewPage(q, 'en').maps) {
      const entries = map.caption.split('. ')[0]!.split('; ');
      expect(entries.length, map.id).toBeLessThanOrEqual(provinces);
      expect(new Set(entries.map((e) => e.split(':')[0])).size, map.id).toBe(entries.length);
    }
  });

  it('keep the campaigns index small, every case reached from its parent’s page, which lists them all', () => {
    const flatten = (nodes: CampaignNode[]): CampaignNode[] =>
      nodes.flatMap((n) => [n, ...flatten(n.children)]);
    for (const locale of ['zh', 'en'] as const) {
      const index = campaignsIndex(q, locale);
      // The page at 40,000 figures holds about four times this: it must stay well under 60 kB gzip.
      expect(gzipSync(JSON.stringify(index)).length, locale).toBeLessThan(10_000);
      const listed = index.flatMap((t) => [...flatten(t.roots), ...t.cases]);
      const reached = new Set(listed.map((l) => l.href));
      const parents = new Set(q.data.campaigns.map((c) => c.parent).filter(Boolean));
      for (const parent of parents) {
        const children = campaignPage(q, parent, locale).children.map((l) => l.href);
        expect(children).toEqual(q.campaignChildren(parent).map((c) => urls.campaign(locale, c.id)));
        for (const href of children) reached.add(href);
      }
      expect(reached.size, locale).toBe(q.data.campaigns.length);
    }
  });

  it('take the national layout: charts link their share page made on request and have no files of their own', () => {
    expect(layoutOf(q)).toBe('national');
    const page = chartPages(q).find((p) => p.kind === 'places')!;
    for (const b of pageBlocks(q, page, 'en')) {
      const share = b.kind === 'chart' ? b.shareHref : b.spec.shareHref;
      expect(share, b.key).toBe(urls.shareOnRequest('en', b.key));
      expect(b.csvHref, b.key).toBeUndefined();
    }
    expect(chartRoutes(q).every((r) => r.params.kind === 'overview')).toBe(true);
  });

  it('carry the explorer on the first page of the figure listing only', () => {
    expect(figureExplorer(q, 'en', 1, 'https://example.org').app).toBe(true);
    const later = figureExplorer(q, 'en', 2, 'https://example.org');
    expect(later.app).toBe(false);
    expect(later.filters).toEqual([]);
    expect(later.above).toEqual({});
    expect(later.rows.length).toBeGreaterThan(0);
  });
});
