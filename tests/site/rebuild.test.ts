// Two builds of the same commit and data are byte-identical (dist/ against one more build into a
// temp folder, made in three parts as a national-scale build is: src/lib/hosting/build-parts.ts, and
// with the clock 40 days on: no file carries the day it was built),
// and a build under a sub-path (BASE_PATH) keeps every link, asset and download inside that sub-path. Both builds run here, one after the other, from the real repo into temp folders.
// The sub-path build also leaves the PNGs to the reader's browser (CHART_PNG_LIMIT=0), as a national-scale
// build does: its share pages draw them from the SVG (tested in Chromium here).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { linkCheck } from '../helpers/link-check.ts';
import { PLACEHOLDER_SITE } from '../../src/lib/hosting/site-config.ts';
import {
  buildInto,
  distDir,
  launchBrowser,
  offlineContext,
  requireDist,
  startStaticServer,
} from '../helpers/site.ts';
import { pngSize } from '../../src/lib/images/render.ts';

const BASE = '/data/crackdown/';
let root: string;
let again: string;
let based: string;
let basedLog: string;
let againLog: string;

/** Every file under a folder as `relative path → sha256`, sorted by path. */
function hashes(dir: string): Map<string, string> {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)],
    );
  return new Map(
    walk(dir)
      .map(
        (f) =>
          [
            relative(dir, f).split(sep).join('/'),
            createHash('sha256').update(readFileSync(f)).digest('hex'),
          ] as const,
      )
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** Time for one whole build: a few minutes on a loaded 2-core machine, so each build has its own hook. */
const BUILD_TIMEOUT = 600_000;

/** Node sees a clock 40 days ahead: a build made on another day (every node process of the build imports it). */
const LATER = `--import=data:text/javascript,${encodeURIComponent(
  'const R=Date,o=40*864e5;class D extends R{constructor(...a){a.length?super(...a):super(R.now()+o)}static now(){return R.now()+o}}globalThis.Date=D;',
)}`;

beforeAll(() => {
  requireDist();
  root = mkdtempSync(join(tmpdir(), 'crackdown-rebuild-'));
  again = join(root, 'again');
  based = join(root, 'based');
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('reproducible builds', () => {
  beforeAll(() => {
    const options = [process.env.NODE_OPTIONS, LATER].filter(Boolean).join(' ');
    againLog = buildInto(again, { ...process.env, BUILD_PARTS: '3', NODE_OPTIONS: options });
  }, BUILD_TIMEOUT);

  test('a second build of the same commit and data, in three parts and 40 days later, has the same files with the same bytes', () => {
    expect(againLog).toMatch(/building in 3 parts/);
    expect(againLog.match(/page\(s\) built in/g)).toHaveLength(3);
    const first = hashes(distDir);
    const second = hashes(again);
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});

describe(`a build under ${BASE}`, () => {
  beforeAll(() => {
    const { SITE_URL: _unset, ...withoutSite } = process.env;
    basedLog = buildInto(based, { ...withoutSite, BASE_PATH: BASE, CHART_PNG_LIMIT: '0' });
  }, BUILD_TIMEOUT);

  const check = () => linkCheck(based, PLACEHOLDER_SITE, BASE);

  test('warns loudly that SITE_URL is not set', () => {
    expect(basedLog).toMatch(/SITE_URL is not set/);
  });

  test('every internal href and src resolves inside the sub-path, anchors included', () => {
    const c = check();
    const files = c.htmlFiles();
    expect(files).toContain('en/places/gansu/index.html');
    const broken = files.flatMap((file) => c.brokenLinks(file).map((problem) => `${file}: ${problem}`));
    expect(broken).toEqual([]);
  });

  test('pages link the sub-path: navigation, favicon, downloads, chart files, canonical', () => {
    const html = readFileSync(join(based, 'en', 'data', 'index.html'), 'utf8');
    expect(html).toContain(`href="${BASE}en/places/"`);
    expect(html).toContain(`href="${BASE}favicon.svg"`);
    expect(html).toContain(`href="${BASE}data/figures.csv"`);
    // No public address (SITE_URL unset): the canonical link is the path, never the placeholder.
    expect(html).toContain(`rel="canonical" href="${BASE}en/data/"`);
    expect(html).not.toContain(PLACEHOLDER_SITE);
  });

  test('the data release and feed name paths inside the sub-path; robots.txt names no sitemap', () => {
    const texts = ['data/changes.atom', 'data/catalog.jsonld', 'data/datapackage.json', 'data/README.md'];
    for (const file of texts) {
      const text = readFileSync(join(based, file), 'utf8');
      expect(text, file).not.toContain(PLACEHOLDER_SITE);
      const paths = [...text.matchAll(/(?<=["\s(])\/[\w.~%-][^\s"'<>)]*/g)].map((m) => m[0]);
      expect(paths.length, file).toBeGreaterThan(0);
      expect(
        paths.filter((p) => !p.startsWith(BASE)),
        file,
      ).toEqual([]);
    }
    expect(readFileSync(join(based, 'robots.txt'), 'utf8')).not.toMatch(/Sitemap/i);
    expect(existsSync(join(based, 'sitemap-index.xml'))).toBe(false);
  });

  test('embeds switch language with ?lang= inside the sub-path, and share pages draw PNGs in the browser', async () => {
    // Served as a mirror would: the build under /data/crackdown/ of a web root.
    const webRoot = join(root, 'mirror');
    mkdirSync(join(webRoot, 'data'), { recursive: true });
    symlinkSync(based, join(webRoot, 'data', 'crackdown'));
    const [browser, server] = await Promise.all([launchBrowser(), startStaticServer(webRoot)]);
    try {
      const context = await browser.newContext({ ...offlineContext, acceptDownloads: true });
      const page = await context.newPage();
      const key = 'places/gansu/ctx-suspects_arrested-province';
      await page.goto(`${server.url}${BASE}embed/${key}/?lang=en&theme=dark`);
      await page.waitForURL(`${server.url}${BASE}en/embed/${key}/?theme=dark`);
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');

      expect(existsSync(join(based, 'en', 'embed', key, 'chart.png'))).toBe(false);
      await page.goto(`${server.url}${BASE}en/share/${key}/`);
      const svgWidth = Number(
        /<svg [^>]*width="(\d+)"/.exec(
          readFileSync(join(based, 'en', 'embed', key, 'chart.svg'), 'utf8'),
        )![1],
      );
      for (const [label, size] of [
        ['PNG (2×)', { width: 2 * svgWidth }],
        ['Slide PNG (1920×1080)', { width: 1920, height: 1080 }],
      ] as const) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: label }).click(),
        ]);
        const png = readFileSync((await download.path())!);
        expect(pngSize(png)).toMatchObject(size);
      }
      await context.close();
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});
