// The embed snippet as an official pastes it: every embed (bars, parts of a whole, stats, tile maps;
// both languages) in a host page through the iframe its share page hands out, at the snippet's own
// width and height, with no resizer script (the host page loads none, and /embed-resize.js is
// blocked): its source line and the line under it are fully inside the frame.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pngSize } from '../../src/lib/images/render.ts';
import { describe, expect, test } from 'vitest';
import {
  distDir,
  listHtmlPages,
  mapLimit,
  offlineContext,
  readPage,
  siteInBrowser,
} from '../helpers/site.ts';

const site = siteInBrowser();

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The iframe snippet of a share page, as its textarea holds it. */
function snippetOf(sharePath: string): string {
  const m = /<textarea id="snippet-iframe"[^>]*>([^<]*)<\/textarea>/.exec(readPage(sharePath));
  if (!m) throw new Error(`${sharePath}: no iframe snippet`);
  return decode(m[1]!);
}

// Chart embeds, not the embed made on request (/embed/?chart=…), which holds no chart of its own.
const embeds = () => listHtmlPages().filter((p) => /^\/(en\/)?embed\/[^/]+\//.test(p));

/** The kind of an embed, from its address and what it draws. */
function kindOf(path: string): string {
  const html = readPage(path);
  if (path.includes('/embed/overview/map/')) return 'map';
  if (path.endsWith('/stat/')) return 'stat';
  return /<svg[^>]*aria-label="(Part|部分)/.test(html) || /-of-/.test(path) ? 'part-whole' : 'bars';
}

/** Per language and kind, the three embeds with the most text (the most lines to wrap): a site.browser load costs ~0.5 s each. */
function sample(): string[] {
  const groups = new Map<string, { path: string; text: number }[]>();
  for (const path of embeds()) {
    const key = `${path.startsWith('/en/') ? 'en' : 'zh'} ${kindOf(path)}`;
    const body = readPage(path).replace(/^[\s\S]*<body[^>]*>/, '');
    const text = body.replace(/<svg[\s\S]*?<\/svg>|<table[\s\S]*?<\/table>|<[^>]*>/g, '').length;
    groups.set(key, [...(groups.get(key) ?? []), { path, text }]);
  }
  return [...groups.values()].flatMap((g) =>
    g
      .sort((a, b) => b.text - a.text)
      .slice(0, 3)
      .map((e) => e.path),
  );
}

/** Elements that must be fully visible inside the frame: the source line and the line under it. */
const MUST_SHOW = '.chart-source, .stat-meta, .embed-meta';

describe('the embed snippet at its default size, without the resizer', () => {
  test('covers every kind of embed in both languages', () => {
    const all = embeds();
    expect(all).toContain('/embed/places/gansu/ctx-suspects_arrested-province/');
    expect(all).toContain('/en/embed/overview/map/suspects_arrested/');
    expect(all.some((p) => p.endsWith('/stat/'))).toBe(true);
    expect(all.some((p) => /\/en\/embed\/.*\/g-\d+-of-/.test(p))).toBe(true);
  });

  test('its width and height are px, and the oEmbed answer gives the same size and its thumbnail’s', () => {
    for (const path of embeds()) {
      const snippet = snippetOf(path.replace('/embed/', '/share/'));
      const width = Number(/ width="(\d+)"/.exec(snippet)?.[1]);
      const height = Number(/ height="(\d+)"/.exec(snippet)?.[1]);
      expect(width, path).toBeGreaterThan(300);
      expect(height, path).toBeGreaterThan(100);
      const json = JSON.parse(readFileSync(join(distDir, path, 'oembed.json'), 'utf8'));
      expect(json, path).toMatchObject({ version: '1.0', type: 'rich', width, height });
      expect(json.html, path).toBe(snippet);
      if (json.thumbnail_url !== undefined) {
        const png = readFileSync(join(distDir, new URL(json.thumbnail_url, site.server.url).pathname));
        expect({ width: json.thumbnail_width, height: json.thumbnail_height }, path).toEqual(pngSize(png));
      } else {
        expect(json.thumbnail_width, path).toBeUndefined();
        expect(json.thumbnail_height, path).toBeUndefined();
      }
    }
  });

  // A phone's column (375 px less the host's margins) and the snippet's own width.
  test.each([
    ['its own width', 0],
    ['a 343 px column', 343],
  ])(
    'in %s, every embed shows its source line in full',
    async (_label, column) => {
      const context = await site.browser.newContext({
        ...offlineContext,
        viewport: { width: 1280, height: 900 },
      });
      await context.route('**/embed-resize.js', (route) => route.abort());
      const paths = sample();
      expect(paths.length).toBeGreaterThanOrEqual(2 * 4 * 3);
      const cut = await mapLimit(paths, 3, async (path) => {
        // Served here, wherever the build says the site lives.
        const snippet = snippetOf(path.replace('/embed/', '/share/')).replace(
          /src="(https?:\/\/[^/"]+)?\//,
          `src="${site.server.url}/`,
        );
        const height = Number(/ height="(\d+)"/.exec(snippet)![1]);
        const page = await context.newPage();
        const style = column ? `width:${column}px` : '';
        const host = `<!doctype html><meta charset="utf-8"><body style="margin:0"><div style="${style}">${snippet}</div></body>`;
        await page.route(`${site.server.url}/host.html`, (route) =>
          route.fulfill({ contentType: 'text/html', body: host }),
        );
        await page.goto(`${site.server.url}/host.html`);
        const iframe = page.locator('iframe');
        const box = (await iframe.boundingBox())!;
        const frame = (await (await iframe.elementHandle())!.contentFrame())!;
        await frame.waitForSelector(MUST_SHOW, { state: 'attached' });
        await frame.evaluate(() => document.fonts.ready);
        const problems = await frame.evaluate((selector) => {
          const out: string[] = [];
          for (const el of document.querySelectorAll(selector)) {
            const r = el.getBoundingClientRect();
            if (r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5)
              out.push(`${el.className} ends at ${Math.ceil(r.bottom)} px`);
          }
          const content = Math.ceil(document.body.getBoundingClientRect().height);
          if (content > innerHeight) out.push(`content ${content} px`);
          return out;
        }, MUST_SHOW);
        await page.close();
        expect(Math.round(box.height)).toBe(height);
        return problems.length ? `${path} (frame ${height} px): ${problems.join(', ')}` : '';
      });
      await context.close();
      expect(cut.filter(Boolean)).toEqual([]);
    },
    300_000,
  );
});

describe('the share page’s theme and language', () => {
  test('an embed is light in a dark system unless asked: ?theme=dark or ?theme=auto', async () => {
    const context = await site.browser.newContext({ ...offlineContext, colorScheme: 'dark' });
    const page = await context.newPage();
    const path = '/en/embed/places/gansu/ctx-suspects_arrested-province/';
    const bg = async (query: string) => {
      await page.goto(site.server.url + path + query);
      return page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor);
    };
    expect(await bg('')).toBe('rgb(255, 255, 255)');
    expect(await bg('?theme=light')).toBe('rgb(255, 255, 255)');
    expect(await bg('?theme=dark')).not.toBe('rgb(255, 255, 255)');
    expect(await bg('?theme=auto')).not.toBe('rgb(255, 255, 255)');
    await context.close();
  });

  test('choosing dark and the other language changes the snippet and the live preview', async () => {
    const context = await site.browser.newContext({ ...offlineContext, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/share/places/gansu/ctx-suspects_arrested-province/`);
    const snippet = page.locator('#snippet-iframe');
    const before = await snippet.inputValue();
    expect(before).not.toContain('theme=');
    // A full address: the public one, or (a build without SITE_URL) the one this page is opened at.
    const origin = process.env.SITE_URL?.replace(/\/+$/, '') ?? site.server.url;
    expect(before.startsWith(`<iframe src="${origin}/embed/`)).toBe(true);
    await page.locator('input[name="embed-theme"][value="dark"]').check();
    await page.locator('input[name="embed-lang"][value="en"]').check();
    const after = await snippet.inputValue();
    expect(after.startsWith(`<iframe src="${origin}/en/embed/`)).toBe(true);
    expect(after).toMatch(
      / src="[^"]*\/en\/embed\/places\/gansu\/ctx-suspects_arrested-province\/\?theme=dark"/,
    );
    expect(after).toMatch(/ width="480" height="\d+"/);
    const preview = page.locator('#embed-preview');
    await expect.poll(() => preview.getAttribute('src')).toMatch(/\/en\/embed\/.*\?theme=dark$/);
    expect(await preview.getAttribute('height')).toBe(/ height="(\d+)"/.exec(after)![1]);
    const frame = page.frameLocator('#embed-preview');
    await expect.poll(() => frame.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await frame.locator('html').getAttribute('lang')).toBe('en');
    await page.locator('input[name="embed-theme"][value="light"]').check();
    expect(await snippet.inputValue()).not.toContain('theme=');
    await context.close();
  });
});
