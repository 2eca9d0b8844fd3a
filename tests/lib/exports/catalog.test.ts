import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureQuery } from '../../helpers/fixture-data.ts';
import { toAtom } from '../../../src/lib/exports/atom.ts';
import { datasetJsonLd, temporalCoverage } from '../../../src/lib/exports/catalog.ts';
import { makeRelease, releaseWorkbook } from '../../../src/lib/exports/release.ts';
import { robotsTxt } from '../../../src/lib/exports/robots.ts';
import { readChangelog } from '../../../src/lib/exports/version.ts';

const SITE = 'https://crackdown-data.example';
const q = fixtureQuery();
const releases = readChangelog(resolve(import.meta.dirname, '../../..'));
const release = makeRelease(q, releases, SITE, await releaseWorkbook(q, releases[0]!.version, SITE));

describe('schema.org Dataset', () => {
  const zh = datasetJsonLd(q, release.version, SITE, release.downloads, 'zh');
  const en = datasetJsonLd(q, release.version, SITE, release.downloads, 'en');

  test('names the dataset, licence, creator, version and coverage', () => {
    expect(zh).toMatchObject({
      '@type': 'Dataset',
      name: '打击治理数据',
      url: `${SITE}/data/`,
      license: 'https://creativecommons.org/licenses/by/4.0/',
      version: release.version,
      creator: { '@type': 'Organization' },
    });
    expect(en).toMatchObject({ name: 'Crackdown Data', url: `${SITE}/en/data/` });
    expect(en.spatialCoverage.containsPlace).toContainEqual({
      '@type': 'AdministrativeArea',
      name: 'Gansu',
      identifier: '620000',
    });
  });

  test('the temporal coverage runs from the earliest to the latest date in the data', () => {
    const dates = q.data.figures.flatMap((f) => [f.period_start, f.period_end, f.as_of]).filter(Boolean);
    const [start, end] = temporalCoverage(q).split('/');
    expect(dates.every((d) => d >= start! && d <= end!)).toBe(true);
    expect(end).toBe('2020-12-25');
  });

  test('lists every download with its URL, format and exact size', () => {
    const byUrl = new Map(zh.distribution.map((d) => [d.contentUrl, d]));
    for (const [path, bytes] of release.files) {
      if (path === 'catalog.jsonld' || path === 'changes.atom') continue;
      expect(byUrl.get(`${SITE}/data/${path}`), path).toMatchObject({ contentSize: `${bytes.length} B` });
    }
    expect(byUrl.get(`${SITE}/data/crackdown-data.db`)?.encodingFormat).toBe('application/vnd.sqlite3');
    expect(byUrl.get(`${SITE}/data/crackdown-data.xlsx`)?.encodingFormat).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(byUrl.get(`${SITE}/data/plain/figures.csv`)?.encodingFormat).toBe('text/csv');
  });
});

describe('DCAT catalogue', () => {
  test('holds one dataset whose distributions give download URL, media type and byte size', () => {
    const catalog = JSON.parse(new TextDecoder().decode(release.files.get('catalog.jsonld')));
    expect(catalog['@type']).toBe('dcat:Catalog');
    const dataset = catalog['dcat:dataset'];
    expect(dataset['dct:license']).toEqual({ '@id': 'https://creativecommons.org/licenses/by/4.0/' });
    const zip = dataset['dcat:distribution'].find((d: { 'dct:title': string }) =>
      d['dct:title'].endsWith('.zip'),
    );
    expect(zip['dcat:byteSize']['@value']).toBe(
      String(release.files.get(`crackdown-data-${release.version}.zip`)!.length),
    );
    expect(zip['dcat:downloadURL']['@id']).toBe(`${SITE}/data/crackdown-data-${release.version}.zip`);
  });
});

describe('Atom feed and robots.txt', () => {
  test('one entry per release, newest first, text escaped', () => {
    const feed = toAtom(
      [
        { version: '2026-12-01', notes: 'Fixed <Gansu> & more' },
        { version: '2026-11-26', notes: 'First' },
      ],
      SITE,
    );
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(feed).toMatch(/<updated>2026-12-01T00:00:00Z<\/updated>[\s\S]*<entry>/);
    expect(feed).toContain('Fixed &lt;Gansu&gt; &amp; more');
    expect(feed).not.toContain('<Gansu>');
  });

  test('robots.txt gives the sitemap at its absolute address', () => {
    expect(robotsTxt(`${SITE}/sitemap-index.xml`)).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`,
    );
  });
});
