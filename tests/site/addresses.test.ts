// Every address src/lib/urls.ts builds for the seed data names a file in dist/: each page in both
// languages, each chart's files, share page and CSV, each briefing sheet, the explorer's pages and
// shards, the downloads and the files around them. Enumerated through the views' own lists, so a
// builder that drifts from src/pages/ fails here. The old chart CSV addresses redirect to files that exist.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteData } from '../../src/lib/data/index.ts';
import { DOWNLOAD_FORMATS, PUBLISHED_TABLES, type DownloadFormat } from '../../src/lib/exports/published.ts';
import { siteRelease } from '../../src/lib/exports/site.ts';
import { LOCALES } from '../../src/lib/i18n/locale.ts';
import { IMAGE_NAMES } from '../../src/lib/images/render.ts';
import * as urls from '../../src/lib/urls.ts';
import { briefParams } from '../../src/lib/views/pages/brief-page.ts';
import { campaignPageParams } from '../../src/lib/views/pages/campaign-page.ts';
import { chartCsvKeys } from '../../src/lib/views/blocks/chart-csv.ts';
import { keyParts } from '../../src/lib/views/blocks/keys.ts';
import { chartKeys } from '../../src/lib/views/blocks/registry.ts';
import { pngsAhead } from '../../src/lib/views/pages/embed-page.ts';
import { figurePageParams } from '../../src/lib/views/pages/figure-page.ts';
import { explorerPageCount, explorerShardCount } from '../../src/lib/views/pages/figure-explorer.ts';
import { ALL_FIGURES } from '../../src/lib/views/blocks/make-blocks.ts';
import { metricPageParams } from '../../src/lib/views/pages/metric-page.ts';
import { placePageIds } from '../../src/lib/views/place-pages.ts';
import { distDir, publicOrigin, requireDist, siteUrl } from '../helpers/site.ts';

requireDist();
const q = siteData();

/** The file in dist/ an address is served from (a folder: its index.html). */
function fileOf(address: string): string {
  expect(address.startsWith(`${urls.BASE_PATH}/`), address).toBe(true);
  const path = decodeURI(address.slice(urls.BASE_PATH.length));
  return join(distDir, path.endsWith('/') ? `${path}index.html` : path);
}
const missing = (addresses: string[]) => addresses.filter((a) => !existsSync(fileOf(a)));

const pagesOf = (locale: (typeof LOCALES)[number]) => [
  urls.home(locale),
  urls.methodology(locale),
  urls.dataPage(locale),
  urls.places(locale),
  ...placePageIds(q).map((id) => urls.place(locale, id)),
  urls.campaigns(locale),
  ...campaignPageParams(q).map(({ id }) => urls.campaign(locale, id)),
  urls.metrics(locale),
  ...metricPageParams(q).map(({ id }) => urls.metric(locale, id)),
  ...Array.from({ length: explorerPageCount(q) }, (_, i) => urls.explorerPage(locale, i + 1)),
  ...figurePageParams(q).map(({ id }) => urls.figure(locale, id)),
  ...briefParams(q).map(({ kind, id }) => urls.brief(locale, kind, id)),
];

const chartFilesOf = (locale: (typeof LOCALES)[number]) =>
  chartKeys(q, locale).flatMap((key) => [
    urls.embed(locale, key),
    urls.chartHtml(locale, key),
    urls.chartSvg(locale, key),
    urls.oembed(locale, key),
    urls.share(locale, key),
    ...(pngsAhead(q, locale) ? IMAGE_NAMES.map((image) => urls.chartPng(locale, key, image)) : []),
  ]);

const csvKeys = chartCsvKeys(q);
const chartCsvs = csvKeys.filter((key) => keyParts(key).chart !== ALL_FIGURES);
const pageCsvs = csvKeys.filter((key) => keyParts(key).chart === ALL_FIGURES);

describe('every address the site builds exists in dist/', () => {
  test.each(LOCALES)('every page in %s', (locale) => {
    const pages = pagesOf(locale);
    expect(pages.length).toBeGreaterThan(50);
    expect(missing(pages)).toEqual([]);
  });

  test.each(LOCALES)('every chart’s embed, files and share page in %s', (locale) => {
    const files = chartFilesOf(locale);
    expect(files.length).toBeGreaterThan(100);
    expect(missing(files)).toEqual([]);
  });

  test('every chart’s CSV and every page’s CSV of its figures, once for both languages', () => {
    expect(chartCsvs.length).toBeGreaterThan(50);
    expect(pageCsvs.length).toBeGreaterThan(5);
    const csvs = [
      ...chartCsvs.map((key) => urls.chartCsv(key)),
      ...pageCsvs.map((key) => {
        const { kind, entity } = keyParts(key);
        return urls.pageCsv(kind as urls.FiguresPageKind, entity);
      }),
    ];
    expect(missing(csvs)).toEqual([]);
    expect(existsSync(join(distDir, 'en', 'embed', `${chartCsvs[0]}`, 'data.csv'))).toBe(false);
  });

  test('the data release, the explorer’s shards and the files around the pages', async () => {
    const formats = Object.keys(DOWNLOAD_FORMATS) as DownloadFormat[];
    const files = [
      ...PUBLISHED_TABLES.flatMap(({ name }) => formats.map((format) => urls.download(name, format))),
      ...(await siteRelease(siteUrl())).names.map((name) => urls.dataFile(name)),
      ...Array.from({ length: explorerShardCount(q) }, (_, i) => urls.explorerShard(i + 1)),
      urls.robots(),
      // A sitemap names absolute addresses: written only when the build knows its public one.
      ...(publicOrigin() ? [urls.sitemapIndex()] : []),
      urls.favicon(),
      urls.embedResizer(),
    ];
    expect(missing(files)).toEqual([]);
  });
});

describe('moved addresses', () => {
  // The rules of public/_redirects, read as Cloudflare Pages reads them: `:name` takes the rest of a segment.
  const rules = readFileSync(join(distDir, '_redirects'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [from, to, status] = line.trim().split(/\s+/) as [string, string, string];
      const pattern = from
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/:([A-Za-z]\w*)/g, (_, name: string) => `(?<${name}>[^/]+)`);
      return { from: new RegExp(`^${pattern}$`), to, status };
    });
  const redirect = (path: string) => {
    for (const rule of rules) {
      const m = rule.from.exec(path);
      if (m) return rule.to.replace(/:([A-Za-z]\w*)/g, (_, name: string) => m.groups![name]!);
    }
    return undefined;
  };

  test('each chart CSV’s old address redirects to the file, permanently', () => {
    expect(rules.map((r) => r.status)).toEqual(rules.map(() => '301'));
    for (const key of csvKeys) {
      const old = `/data/charts/${key}.csv`;
      expect(existsSync(join(distDir, old)), old).toBe(false);
      const to = redirect(old);
      const { kind, entity, chart } = keyParts(key);
      expect(to, old).toBe(
        chart === ALL_FIGURES ? urls.pageCsv(kind as urls.FiguresPageKind, entity) : urls.chartCsv(key),
      );
      expect(existsSync(fileOf(to!)), to).toBe(true);
    }
  });

  test('docs/nginx.conf redirects them the same way', () => {
    const nginx = readFileSync(join(distDir, '..', 'docs', 'nginx.conf'), 'utf8');
    const locations = [...nginx.matchAll(/location ~ \^(\S+)\$ \{\s*return 301 (\S+);/g)];
    expect(locations).toHaveLength(2);
    for (const key of csvKeys) {
      const old = `/data/charts/${key}.csv`;
      const hit = locations.find(([, re]) => new RegExp(`^${re}$`).test(old));
      const to = hit![2]!.replace(
        /\$(\d)/g,
        (_, n: string) => new RegExp(`^${hit![1]}$`).exec(old)![Number(n)]!,
      );
      expect(to).toBe(redirect(old));
    }
  });
});
