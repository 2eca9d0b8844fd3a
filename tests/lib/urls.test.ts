import { describe, expect, it } from 'vitest';
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
