// The published data files: values round-trip from data/*.csv to the pages and to the downloads.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { publicSite } from '../../src/lib/hosting/site-config.ts';
import { loadDataset } from '../../src/lib/data/load.ts';
import { parseSha256Sums, sha256 } from '../../src/lib/exports/checksums.ts';
import { zipName } from '../../src/lib/exports/release.ts';
import { readChangelog } from '../../src/lib/exports/version.ts';
import { DOWNLOAD_FORMATS, PUBLISHED_TABLES, type DownloadFormat } from '../../src/lib/exports/published.ts';
import { TABLES } from '../../src/lib/data/schema.ts';
import * as urls from '../../src/lib/urls.ts';
import { decodeEntities } from '../helpers/html.ts';
import { distDir, readPage, repoDir, siteUrl } from '../helpers/site.ts';

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
      period_en: 'since the operation began there (start not given), reported 25 Dec 2020',
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
      ['figures-explained', ...Object.keys(TABLES), 'provenance'].sort(),
    );
    const paths = PUBLISHED_TABLES.flatMap((t) => FORMATS.map((format) => urls.download(t.name, format)));
    const built = new Set(readdirSync(join(distDir, 'data')).map((file) => `/data/${file}`));
    expect(paths.filter((path) => !built.has(path))).toEqual([]);
  });

  test('the data page links every download in both languages', () => {
    for (const page of ['/data/', '/en/data/']) {
      const html = readPage(page);
      for (const { name } of PUBLISHED_TABLES) {
        for (const format of FORMATS) expect(html).toContain(`href="${urls.download(name, format)}"`);
      }
    }
  });

  test('a table’s Excel-safe and exact CSVs are saved under names that say which is which', () => {
    for (const page of ['/data/', '/en/data/']) {
      const html = readPage(page);
      for (const { name } of PUBLISHED_TABLES) {
        expect(html).toContain(`href="${urls.download(name, 'csv')}" download="${name}-excel.csv"`);
        expect(html).toContain(`href="${urls.dataFile(`plain/${name}.csv`)}" download="${name}-exact.csv"`);
      }
    }
  });
});

describe('chart downloads', () => {
  /** The file a site path names in dist/ (a folder's index.html). */
  const fileOf = (path: string) => join(distDir, path.endsWith('/') ? `${path}index.html` : path);

  test('every chart and stat links its share page, which offers an SVG with title, period, source, address and values', () => {
    let count = 0;
    for (const page of [
      '/places/gansu/',
      '/en/places/gansu/',
      '/en/campaigns/duanka/',
      '/metrics/suspects_arrested/',
    ]) {
      const html = readPage(page);
      const blocks = [
        ...html.matchAll(
          /<figure class="chart"[\s\S]*?<\/figure>|<div class="stat"[\s\S]*?<\/details><\/div>/g,
        ),
      ].map((m) => m[0]);
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) {
        const share = block.match(/<a href="([^"]*\/share\/[^"]+)"/)?.[1];
        expect(share, `share link in ${page}`).toBeDefined();
        const sharePage = readFileSync(fileOf(share!), 'utf8');
        const svgHref = sharePage.match(/<a href="([^"]+\/chart\.svg)" download/)?.[1];
        expect(svgHref, share).toBeDefined();
        const svg = readFileSync(fileOf(svgHref!), 'utf8');
        const title = decodeEntities(block.match(/<h3 class="chart-title">([^<]+)<\/h3>/)?.[1] ?? '');
        expect(decodeEntities(svg.match(/<title>([^<]+)<\/title>/)![1]!)).toContain(title);
        const text = svg.replace(/<[^>]+>|\n/g, '');
        // A chart of several figures cites a page range: p. 57 / pp. 57–60, 第57页 / 第57–60页.
        expect(text).toMatch(
          page.startsWith('/en/') ? /Source: [\s\S]*pp?\. \d+/ : /来源：[\s\S]*第\d+(–\d+)?页/,
        );
        // The chart's address when the build knows its public address; without one, none (never a placeholder).
        const origin = publicSite(siteUrl());
        if (origin) expect(text).toContain(origin);
        else expect(text).not.toContain(new URL(siteUrl()).origin);
        expect(svg).toMatch(/<svg [^>]*font-family="[^"]+"/);
        count++;
      }
    }
    const gansu = readFileSync(
      join(distDir, 'en/embed/places/gansu/ctx-suspects_arrested-province/chart.svg'),
      'utf8',
    );
    expect(gansu).toContain('2,289');
    expect(gansu).toContain('reported 25 Dec 2020');
    // Jiangxi's 5,011 beside it.
    expect(gansu).toContain('5,011');
    expect(count).toBeGreaterThan(20);
  });

  test('a stat shown on several pages has one share page, and its embed names the place', () => {
    const share = 'href="/en/share/figures/jingchuan-phones/stat/"';
    for (const page of ['/en/places/jingchuan/', '/en/places/gansu/', '/en/campaigns/case-10-29/'])
      expect(readPage(page), page).toContain(share);
    expect(readPage('/en/embed/figures/jingchuan-phones/stat/')).toContain('Jingchuan County · ');
  });

  test('pages with charts advertise their first chart’s oEmbed, and it points at an existing embed', () => {
    for (const page of ['/', '/en/places/gansu/', '/campaigns/duanka/', '/en/metrics/suspects_arrested/']) {
      const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(
        readPage(page),
      )?.[1];
      expect(href, page).toBeDefined();
      // A path where the build has no public address, a full address where it has one.
      const oembed = JSON.parse(
        readFileSync(join(distDir, new URL(href!, 'http://localhost').pathname), 'utf8'),
      );
      const src = /<iframe src="([^"]+)"/.exec(oembed.html)![1]!;
      expect(readFileSync(fileOf(new URL(src, 'http://localhost').pathname), 'utf8')).toContain('<figure');
    }
  });
});

describe('the .xlsx workbook', () => {
  test('holds every figure, values as numbers and dates as text, and the data page links it', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(distDir, 'data', 'crackdown-data.xlsx'));
    const sheet = workbook.getWorksheet('figures-explained')!;
    expect(sheet.rowCount).toBe(data.figures.length + 1);
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const gansu = [...Array(sheet.rowCount).keys()]
      .map((i) => sheet.getRow(i + 1))
      .find((r) => r.getCell(header.indexOf('id') + 1).value === 'gansu-suspects')!;
    expect(gansu.getCell(header.indexOf('value') + 1).value).toBe(2289);
    expect(gansu.getCell(header.indexOf('reported') + 1).value).toBe('2020-12-25');
    for (const page of ['/data/', '/en/data/']) expect(readPage(page)).toContain('/data/crackdown-data.xlsx');
  });

  test('is a file of the release: in SHA256SUMS with its digest, in the ZIP byte for byte, in the catalogue', () => {
    const bytes = readFileSync(join(distDir, 'data', 'crackdown-data.xlsx'));
    const sums = parseSha256Sums(download('SHA256SUMS'));
    expect(sums.get('crackdown-data.xlsx')).toBe(sha256(bytes));
    const version = readChangelog(repoDir)[0]!.version;
    const zip = unzipSync(readFileSync(join(distDir, 'data', zipName(version))));
    expect(Buffer.from(zip[`crackdown-data-${version}/crackdown-data.xlsx`]!).equals(bytes)).toBe(true);
    const catalog = JSON.parse(download('catalog.jsonld'));
    expect(catalog['dcat:dataset']['dcat:distribution']).toContainEqual(
      expect.objectContaining({
        'dct:title': 'crackdown-data.xlsx',
        'dcat:mediaType': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    );
  });
});
