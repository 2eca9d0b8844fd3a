// Checked on the built site: figure pages, the url column, licence
// and citation on every page, the data page's metadata, and where each campaign fact comes from.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { createQuery } from '../../src/lib/data/query.ts';
import { makeRelease, releaseWorkbook } from '../../src/lib/exports/release.ts';
import { readChangelog } from '../../src/lib/exports/version.ts';
import { decodeEntities, findTags, innerOf, textOf } from '../helpers/html.ts';
import {
  distDir,
  htmlFileFor,
  listHtmlPages,
  readPage,
  repoDir,
  requireDist,
  publicOrigin,
} from '../helpers/site.ts';

const data = loadDataset(join(repoDir, 'data'));
const q = createQuery(data);
const csv = (path: string) =>
  Papa.parse<Record<string, string>>(
    readFileSync(join(distDir, 'data', path), 'utf8').replace(/^\ufeff/, ''),
    {
      header: true,
      skipEmptyLines: true,
    },
  ).data;

beforeAll(requireDist);

describe('figure pages', () => {
  test.each(['', '/en'])(
    'every figure has a page under %s/figures/ with its value and quote as in data/',
    (prefix) => {
      for (const f of data.figures) {
        const html = readPage(`${prefix}/figures/${f.id}/`);
        const value = findTags(html, 'p').find((t) => t.attrs.class === 'figure-value');
        expect(value?.attrs['data-value'], f.id).toBe(String(f.value));
        expect(value?.attrs['data-qualifier'], f.id).toBe(f.qualifier);
        const quote = findTags(html, 'blockquote')[0]!;
        expect(textOf(innerOf(html, quote)), f.id).toContain(f.quote);
        expect(html, f.id).toContain(`${prefix}/places/${f.place}/#figure-${f.id}`);
        expect(html, f.id).toContain('@misc{');
      }
    },
  );

  test('a figure page names every discrepancy that lists the figure', () => {
    const html = readPage('/en/figures/daqing-people-caught/');
    expect(html).toContain(
      '/en/methodology/#discrepancy-may-overlap-heilongjiang-people-caught-daqing-people-caught',
    );
  });

  test('a counted figure says it is counted from names, with the reason', () => {
    const row = q.provenanceOf('figures', 'jieyang-guangzhou-arrests', 'value')!;
    const text = textOf(readPage('/en/figures/jieyang-guangzhou-arrests/'));
    expect(text).toContain('counted from names in the text');
    expect(text).toContain(row.reason_en.slice(0, 40));
  });
});

describe('figures-explained url column', () => {
  test.each(['figures-explained.csv', 'plain/figures-explained.csv'])(
    '%s: every url is a built figure page; 2,289 and 5,011 are among the rows',
    (file) => {
      const rows = csv(file);
      expect(rows).toHaveLength(data.figures.length);
      for (const r of rows) {
        expect(r.url).toBe(`${publicOrigin()}/figures/${r.id}/`);
        expect(existsSync(htmlFileFor(r.url!.slice(publicOrigin().length))), r.url).toBe(true);
      }
      const values = new Set(rows.map((r) => r.value));
      expect(values).toContain('2289');
      expect(values).toContain('5011');
    },
  );

  test('figures-explained.json carries the same urls', () => {
    const json = JSON.parse(readFileSync(join(distDir, 'data', 'figures-explained.json'), 'utf8'));
    expect(json.columns).toContain('url');
    expect(json.rows[0].url).toBe(`${publicOrigin()}/figures/${json.rows[0].id}/`);
  });
});

describe('licence and citation on every page', () => {
  test('every page links its licence in the head and the footer, and how to cite', () => {
    let boxes = 0;
    for (const page of listHtmlPages()) {
      const html = readPage(page);
      const links = findTags(html, 'link').filter((t) => t.attrs.rel === 'license');
      expect(
        links.map((t) => t.attrs.href),
        page,
      ).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
      const anchors = findTags(html, 'a');
      expect(
        anchors.some((t) => t.attrs.rel === 'license'),
        page,
      ).toBe(true);
      // Its own cite box (a closed <details id="cite">), or the data page's.
      const cite = anchors.find((t) => t.attrs.href === '#cite' || t.attrs.href?.endsWith('/data/#cite'));
      expect(cite, page).toBeDefined();
      if (cite!.attrs.href === '#cite') {
        expect(
          findTags(html, 'details').some((t) => t.attrs.id === 'cite'),
          page,
        ).toBe(true);
        boxes++;
      }
    }
    expect(boxes).toBeGreaterThan(listHtmlPages().length / 2);
  });
});

describe('data page', () => {
  let release: ReturnType<typeof makeRelease>;
  beforeAll(async () => {
    const releases = readChangelog(repoDir);
    const workbook = await releaseWorkbook(q, releases[0]!.version, publicOrigin());
    release = makeRelease(q, releases, publicOrigin(), workbook);
  });

  test.each(['/data/', '/en/data/'])(
    '%s: Dataset JSON-LD names every distribution; feed and catalogue linked',
    (page) => {
      const html = readPage(page);
      const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1];
      const ld = JSON.parse(json ?? 'null');
      expect(ld['@type']).toBe('Dataset');
      const urls = ld.distribution.map((d: { contentUrl: string }) => d.contentUrl);
      for (const d of release.downloads) expect(urls, d.path).toContain(`${publicOrigin()}/data/${d.path}`);
      const alternates = findTags(html, 'link').filter((t) => t.attrs.rel === 'alternate');
      expect(alternates.some((t) => t.attrs.type === 'application/atom+xml')).toBe(true);
      const hrefs = findTags(html, 'a').map((t) => decodeEntities(t.attrs.href ?? ''));
      for (const d of release.downloads) expect(hrefs, d.path).toContain(`/data/${d.path}`);
      expect(textOf(html)).toContain(release.version);
    },
  );
});

describe('sitemap', () => {
  // A sitemap holds absolute addresses only: a build without SITE_URL writes none (robots.txt names none).
  test.runIf(!publicOrigin())('a build without a public address writes no sitemap', () => {
    expect(readdirSync(distDir).filter((f) => f.startsWith('sitemap'))).toEqual([]);
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).not.toMatch(/sitemap/i);
  });

  test.runIf(!!publicOrigin())(
    'sitemap-index.xml lists a sitemap holding both languages of every figure page',
    () => {
      expect(existsSync(join(distDir, 'sitemap-index.xml'))).toBe(true);
      const map = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
      for (const f of data.figures.slice(0, 5)) {
        expect(map).toContain(`<loc>${publicOrigin()}/figures/${f.id}/</loc>`);
        expect(map).toContain(`<loc>${publicOrigin()}/en/figures/${f.id}/</loc>`);
      }
      // Each entry names its page in the other language.
      expect(map).toContain(
        `<xhtml:link rel="alternate" hreflang="en" href="${publicOrigin()}/en/figures/${data.figures[0]!.id}/"/>`,
      );
      // Embeds (whose canonical is the chart's page), share pages and briefing sheets are left out.
      expect(readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f)).length).toBeGreaterThan(0);
      for (const file of readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f)))
        expect(readFileSync(join(distDir, file), 'utf8')).not.toMatch(/<loc>[^<]*\/(embed|share|brief)\//);
    },
  );

  test('an embed page is indexable, described, and names its chart page as canonical', () => {
    const html = readPage('/en/embed/places/gansu/ctx-suspects_arrested-province/');
    expect(html).not.toContain('noindex');
    expect(html).toMatch(/<meta name="description" content="Suspects arrested: [^"]+"/);
    expect(html).toContain(`<link rel="canonical" href="${publicOrigin()}/en/places/gansu/">`);
  });
});

describe('where campaign facts come from', () => {
  test.each(['', '/en'])(
    'each kind, topic, place, date and parent on %s/campaigns/<id>/ carries its basis',
    (prefix) => {
      for (const c of data.campaigns) {
        const html = readPage(`${prefix}/campaigns/${c.id}/`);
        const facts = findTags(html, 'dl').find((t) => t.attrs.class === 'facts');
        const stated = (['kind', 'topic', 'place', 'start', 'end', 'parent'] as const).filter(
          (field) => c[field],
        );
        if (!stated.length) continue;
        const dl = innerOf(html, facts!);
        const bases = findTags(dl, 'span').map((t) => t.attrs['data-basis']);
        const expected = stated.map((field) => q.provenanceOf('campaigns', c.id, field)?.basis);
        expect(bases, c.id).toEqual(expected);
        for (const field of stated) {
          const p = q.provenanceOf('campaigns', c.id, field);
          if (p?.basis === 'source') expect(textOf(dl), `${c.id} ${field}`).toContain(p.quote);
        }
      }
    },
  );

  test('the methodology page says where places come from and lists every basis', () => {
    const text = textOf(readPage('/en/methodology/'));
    expect(text).toContain(
      "Each place's parent (the unit one level up) and its six-digit code come from the national standard GB/T 2260",
    );
    for (const basis of ['source', 'inferred', 'background', 'standard', 'counted'])
      expect(text).toContain(basis);
    expect(textOf(readPage('/methodology/'))).toContain('各地区的上级行政区及六位代码取自国家标准GB/T 2260');
  });
});
