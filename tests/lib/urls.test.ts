import { describe, expect, it, test } from 'vitest';
import * as urls from '../../src/lib/urls.ts';

describe('addresses', () => {
  it('puts English under /en/ and keeps the page when switching', () => {
    expect(urls.localePath('en', '/places/gansu/')).toBe('/en/places/gansu/');
    expect(urls.localePath('zh', '/places/gansu/')).toBe('/places/gansu/');
    expect(urls.stripLocale('/en/places/gansu/')).toBe('/places/gansu/');
    expect(urls.stripLocale('/en/')).toBe('/');
    expect(urls.stripLocale('/entries/')).toBe('/entries/');
  });

  it('gives files made once for both languages one address, at the root', () => {
    expect(urls.download('figures-explained', 'json')).toBe('/data/figures-explained.json');
    expect(urls.chartCsv('places/gansu/ctx-x')).toBe('/embed/places/gansu/ctx-x/data.csv');
    expect(urls.pageCsv('metrics', 'suspects_arrested')).toBe('/metrics/suspects_arrested/all-figures.csv');
    expect(urls.explorerShard(2)).toBe('/figures-data/2.json');
  });

  it('keeps every file of a chart in its embed folder, in each language', () => {
    const key = 'figures/gansu-suspects/stat';
    expect(urls.chartPng('en', key, 'chart@2x')).toBe('/en/embed/figures/gansu-suspects/stat/chart@2x.png');
    expect(urls.oembed('zh', key)).toBe('/embed/figures/gansu-suspects/stat/oembed.json');
    expect(urls.share('en', key)).toBe('/en/share/figures/gansu-suspects/stat/');
  });

  it('makes absolute addresses on the site’s origin', () => {
    expect(urls.absolute('https://example.org/', urls.figure('en', 'a'))).toBe(
      'https://example.org/en/figures/a/',
    );
    expect(urls.explorerPage('zh', 1)).toBe('/figures/');
    expect(urls.explorerPage('en', 3)).toBe('/en/figures/page/3/');
  });
});

describe('charts made on request', () => {
  test('a chart is taken from the page that draws it, a stat from its figure page', () => {
    expect(urls.chartSource('en', 'places/gansu/ctx-suspects_arrested-province')).toEqual({
      page: '/en/places/gansu/',
      id: 'chart-ctx-suspects_arrested-province',
      href: '/en/places/gansu/#chart-ctx-suspects_arrested-province',
    });
    expect(urls.chartSource('zh', 'campaigns/case-4-03/g-1-bars')?.page).toBe('/campaigns/case-4-03/');
    expect(urls.chartSource('zh', 'figures/gansu-suspects/stat')).toEqual({
      page: '/figures/gansu-suspects/',
      id: urls.STAT_EMBED_ID,
      href: '/figures/gansu-suspects/',
    });
  });

  test('a key that names no chart has no source', () => {
    for (const key of [
      '',
      'places/gansu',
      'overview/map/x',
      'figures/a/chart',
      'places/../x/y',
      'places/a/b/c',
    ])
      expect(urls.chartSource('zh', key), key).toBeUndefined();
  });

  test('their addresses name the chart in the query', () => {
    expect(urls.embedOnRequest('en', 'figures/a/stat')).toBe('/en/embed/?chart=figures/a/stat');
    expect(urls.shareOnRequest('zh', 'places/gansu/x')).toBe('/share/?chart=places/gansu/x');
  });
});
