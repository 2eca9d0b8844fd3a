// The published data files: values round-trip from data/*.csv to the pages and to the downloads.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import {
  DOWNLOAD_FORMATS,
  downloadPath,
  PUBLISHED_TABLES,
  type DownloadFormat,
} from '../../src/lib/data/published.ts';
import { TABLES } from '../../src/lib/data/schema.ts';
import { distDir, readPage, repoDir } from '../helpers/site.ts';

const data = loadDataset(join(repoDir, 'data'));
const FORMATS = Object.keys(DOWNLOAD_FORMATS) as DownloadFormat[];
const download = (name: string) => readFileSync(join(distDir, 'data', name), 'utf8');
const parse = (text: string) =>
  Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });

describe('downloads', () => {
  test.each(['figures.csv', 'figures-explained.csv', 'places.csv'])(
    '%s opens in Excel: UTF-8 with BOM, CRLF line ends',
    (name) => {
      const text = download(name);
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text.split('\r\n').length).toBeGreaterThan(10);
      expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    },
  );

  test('every curated figure is in figures-explained.csv with the same value, qualifier, period, page and quote', () => {
    const { data: rows, errors } = parse(download('figures-explained.csv'));
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(data.figures.length);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const f of data.figures) {
      expect(byId.get(f.id), f.id).toMatchObject({
        value: String(f.value),
        qualifier: f.qualifier,
        as_of: f.as_of,
        period_start: f.period_start,
        period_end: f.period_end,
        page: String(f.page),
        quote: f.quote,
      });
    }
    expect(byId.get('gansu-suspects')).toMatchObject({
      place_en: 'Gansu',
      metric_en: 'Suspects arrested',
      unit: 'people',
      level: 'province',
      period_en: 'since the campaign began, as of 25 Dec 2020',
    });
    expect(byId.get('daqing-records')).toMatchObject({ value: '15000000', qualifier: 'at_least' });
  });

  test('figures.csv is the curated table itself and figures.json keeps numbers as numbers', () => {
    const curated = readFileSync(join(repoDir, 'data', 'figures.csv'), 'utf8');
    expect(parse(download('figures.csv')).data).toEqual(parse(curated).data);
    const json = JSON.parse(download('figures.json')) as {
      columns: string[];
      rows: Record<string, unknown>[];
    };
    expect(json.rows.find((r) => r.id === 'jiangxi-suspects')).toMatchObject({
      value: 5011,
      page: 60,
      place: 'jiangxi',
    });
  });

  test('the value on the place page is the value in the download', () => {
    const html = readPage('/en/places/gansu/');
    const cell = html.match(/<td[^>]*data-value="(\d+)"[^>]*data-qualifier="(\w+)"[^>]*>\s*2,289/);
    expect(cell?.slice(1)).toEqual(['2289', 'exact']);
  });

  test('every curated table and figures-explained are published, in every format', () => {
    expect(PUBLISHED_TABLES.map((t) => t.name).sort()).toEqual(
      ['figures-explained', ...Object.keys(TABLES)].sort(),
    );
    const paths = PUBLISHED_TABLES.flatMap((t) => FORMATS.map((format) => downloadPath(t.name, format)));
    const built = new Set(readdirSync(join(distDir, 'data')).map((file) => `/data/${file}`));
    expect(paths.filter((path) => !built.has(path))).toEqual([]);
  });

  test('the data page links every download in both languages', () => {
    for (const page of ['/data/', '/en/data/']) {
      const html = readPage(page);
      for (const { name } of PUBLISHED_TABLES) {
        for (const format of FORMATS) expect(html).toContain(`href="${downloadPath(name, format)}"`);
      }
    }
  });
});

describe('chart downloads', () => {
  test('every chart links a standalone SVG that carries its title, period, source and values', () => {
    let count = 0;
    for (const page of [
      '/places/gansu/',
      '/en/places/gansu/',
      '/en/campaigns/duanka/',
      '/metrics/suspects_arrested/',
    ]) {
      const html = readPage(page);
      const figures = [...html.matchAll(/<figure class="chart"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
      expect(figures.length).toBeGreaterThan(0);
      for (const figure of figures) {
        // Each chart links to its share page, which offers the standalone SVG (issue 12).
        const share = figure.match(/<a href="([^"]*\/share\/[^"]+)">/)?.[1];
        expect(share, `share link in ${page}`).toBeDefined();
        const href = readPage(share!).match(/<a href="([^"]+\.svg)" download/)?.[1];
        expect(href, `SVG download on ${share}`).toBeDefined();
        const svg = readFileSync(join(distDir, href!), 'utf8');
        const title = figure.match(/<h3 class="chart-title">([^<]+)<\/h3>/)![1]!;
        expect(svg).toContain(`<title>${title}</title>`);
        const text = svg.replace(/<[^>]+>/g, ' ');
        expect(text).toMatch(page.startsWith('/en/') ? /Source: [\s\S]*p\. \d+/ : /来源：[\s\S]*第\d+页/);
        count++;
      }
    }
    const gansu = readFileSync(join(distDir, 'en/charts/places/gansu/own-1-1.svg'), 'utf8');
    expect(gansu).toContain('2,289');
    expect(gansu).toContain('as of 25 Dec 2020');
    expect(count).toBeGreaterThan(20);
  });
});
