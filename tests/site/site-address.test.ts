// A build without SITE_URL never hands out the placeholder address: the share page's snippets and
// citation are paths its own script completes with the address it is opened at (and it says the
// public address is not set), embeds link by path, the chart files and images leave out the address
// they do not know. (The test build runs without SITE_URL unless the environment sets it.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PLACEHOLDER_SITE } from '../../src/lib/hosting/site-config.ts';
import {
  distDir,
  launchBrowser,
  listHtmlPages,
  readPage,
  requireDist,
  startStaticServer,
} from '../helpers/site.ts';

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );

const unset = !process.env.SITE_URL;
const body = (html: string) => html.slice(html.indexOf('<body'));

function chartFolders(): string[] {
  requireDist();
  return listHtmlPages()
    .filter((p) => /^\/(en\/)?embed\/[^/]+\//.test(p))
    .map((p) => join(distDir, p));
}

describe.runIf(unset)('a build without SITE_URL', () => {
  test('no file of dist/ names the placeholder: head links, snippets, sheets and release files name paths', () => {
    const files = walk(distDir).filter((f) => /\.(html|json|jsonld|csv|xml|txt|atom|md|svg)$/.test(f));
    expect(files.length).toBeGreaterThan(1000);
    expect(files.filter((f) => readFileSync(f, 'utf8').includes(PLACEHOLDER_SITE))).toEqual([]);
    const head = readPage('/en/places/gansu/');
    expect(head).toContain('<link rel="canonical" href="/en/places/gansu/">');
    expect(head).toContain('<link rel="alternate" hreflang="zh-CN" href="/places/gansu/">');
    // The data page's snippets are paths the page completes with its own origin when it runs.
    expect(readPage('/en/data/')).toMatch(/<code data-origin>[^<]*read_csv\(&quot;\/data\//);
  });

  test('a briefing sheet completes its address and draws its QR code when opened', async () => {
    const [browser, server] = await Promise.all([launchBrowser(), startStaticServer()]);
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/en/brief/places/gansu/`);
      await page.waitForSelector('#qr svg');
      // The drawn code fills its 20 mm box, as the one drawn at build time does.
      const [box, code] = await Promise.all([
        page.locator('#qr').boundingBox(),
        page.locator('#qr svg').boundingBox(),
      ]);
      expect(code!.width).toBeCloseTo(box!.width, 0);
      expect(box!.width).toBeGreaterThan(70);
      const footer = await page.locator('footer').innerText();
      expect(footer).toContain(`${server.url}/en/places/gansu/`);
      expect(footer).not.toMatch(/(^|\s)\/en\/places\//);
    } finally {
      await Promise.all([browser.close(), server.close()]);
    }
  });

  test('share pages say the public address is not set and hand out no placeholder', () => {
    const shares = listHtmlPages().filter((p) => /^\/(en\/)?share\//.test(p));
    expect(shares.length).toBeGreaterThan(100);
    const bad = shares.filter((p) => {
      const html = body(readPage(p));
      return html.includes(PLACEHOLDER_SITE) || !html.includes('class="note site-unknown"');
    });
    expect(bad).toEqual([]);
    const html = readPage('/en/share/places/gansu/ctx-suspects_arrested-province/');
    expect(html).toMatch(
      /<textarea id="snippet-iframe"[^>]*data-origin[^>]*>&lt;iframe src=&quot;\/en\/embed\//,
    );
  });

  test('embed pages, chart.html, chart.svg and oEmbed name no placeholder', () => {
    const bad: string[] = [];
    for (const dir of chartFolders()) {
      if (body(readFileSync(join(dir, 'index.html'), 'utf8')).includes(PLACEHOLDER_SITE))
        bad.push(`${dir}index.html`);
      for (const file of ['chart.html', 'chart.svg', 'oembed.json'])
        if (existsSync(join(dir, file)) && readFileSync(join(dir, file), 'utf8').includes(PLACEHOLDER_SITE))
          bad.push(dir + file);
    }
    expect(bad).toEqual([]);
  });

  test('the chart images leave the address out and keep the data version', () => {
    const svg = readFileSync(
      join(distDir, 'en/embed/places/gansu/ctx-suspects_arrested-province/chart.svg'),
      'utf8',
    );
    expect(svg).toContain('Data version');
    expect(svg).not.toMatch(/>[^<]*\/en\/places\/gansu\/[^<]*</);
  });
});

describe.runIf(!unset)('a build with SITE_URL', () => {
  test('share pages hand out the public address and say nothing of it being unset', () => {
    const html = readPage('/en/share/places/gansu/ctx-suspects_arrested-province/');
    expect(html).toContain(`&lt;iframe src=&quot;${process.env.SITE_URL!.replace(/\/+$/, '')}`);
    expect(html).not.toContain('site-unknown');
  });
});
