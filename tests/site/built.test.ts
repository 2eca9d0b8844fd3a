// Checks on the built files in dist/ (no browser): key figures are in the HTML, charts are
// accessible, every page declares its language and alternates, and nothing loads from elsewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findTags, hasClass, innerOf, textOf, type Tag } from '../helpers/html.ts';
import { distDir, htmlFileFor, listHtmlPages, readPage, siteUrl } from '../helpers/site.ts';

const pages = listHtmlPages(); // throws "run npm run build first" when dist/ is missing
const site = new URL(siteUrl());

describe('key figures are in the built HTML text', () => {
  test.each([
    { page: '/places/gansu/', number: /\b2,?289\b/, what: "Gansu's 2,289 suspects arrested" },
    { page: '/en/places/gansu/', number: /\b2,289\b/, what: "Gansu's 2,289 suspects arrested" },
    { page: '/places/jiangxi/', number: /\b5,?011\b/, what: "Jiangxi's 5,011 suspects" },
    { page: '/en/places/jiangxi/', number: /\b5,011\b/, what: "Jiangxi's 5,011 suspects" },
  ])('$page: $what', ({ page, number }) => {
    expect(existsSync(htmlFileFor(page)), `${htmlFileFor(page)} exists`).toBe(true);
    expect(textOf(readPage(page))).toMatch(number);
  });
});

describe('charts are accessible SVG', () => {
  test('the place pages have charts', () => {
    for (const page of ['/places/gansu/', '/en/places/gansu/']) {
      const charts = findTags(readPage(page), 'figure').filter((t) => hasClass(t, 'chart'));
      expect(charts.length, `figure.chart on ${page}`).toBeGreaterThan(0);
    }
  });

  test('every <svg> inside figure.chart has role="img" and a non-empty aria-label', () => {
    const problems: string[] = [];
    let count = 0;
    for (const page of pages) {
      const html = readPage(page);
      for (const figure of findTags(html, 'figure').filter((t) => hasClass(t, 'chart'))) {
        for (const svg of findTags(innerOf(html, figure), 'svg')) {
          count++;
          const where = `${page} figure#${figure.attrs.id ?? '?'}`;
          if (svg.attrs.role !== 'img') problems.push(`${where}: svg role="${svg.attrs.role ?? ''}"`);
          if (!svg.attrs['aria-label']?.trim()) problems.push(`${where}: svg has no aria-label`);
        }
      }
    }
    expect(count, 'SVGs in charts').toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

describe('language and alternates', () => {
  test.each(pages)('%s', (page) => {
    const html = readPage(page);
    const en = page === '/en/' || page.startsWith('/en/');
    expect(findTags(html, 'html')[0]?.attrs.lang, '<html lang>').toBe(en ? 'en' : 'zh-CN');
    const alternates = findTags(html, 'link').filter(
      (t) => t.attrs.rel?.split(/\s+/).includes('alternate') && t.attrs.hreflang,
    );
    const langs = alternates.map((t) => t.attrs.hreflang!.toLowerCase());
    expect(
      langs.some((l) => l.startsWith('zh')),
      `hreflang zh alternate in ${JSON.stringify(langs)}`,
    ).toBe(true);
    expect(
      langs.some((l) => l === 'en' || l.startsWith('en-')),
      `hreflang en alternate in ${JSON.stringify(langs)}`,
    ).toBe(true);
    for (const alt of alternates) {
      const target = new URL(alt.attrs.href ?? '', new URL(page, site));
      expect(target.origin, `hreflang ${alt.attrs.hreflang} origin`).toBe(site.origin);
      expect(
        existsSync(htmlFileFor(target.pathname)),
        `hreflang ${alt.attrs.hreflang} → ${target.pathname} is a built page`,
      ).toBe(true);
    }
  });
});

/** An absolute URL to an origin other than the site's (protocol-relative included). */
function foreign(value: string | undefined): boolean {
  if (!value) return false;
  const v = value.trim();
  if (!/^(https?:)?\/\//i.test(v)) return false; // relative, data:, #fragment, mailto: …
  return new URL(v, site).origin !== site.origin;
}

/** Absolute http(s) URLs in a srcset. */
function srcsetUrls(srcset: string | undefined): string[] {
  return (srcset ?? '')
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** External url(...) and @import in CSS text. */
function cssForeign(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi)].map(
    (m) => m[2] ?? m[4] ?? '',
  );
  return urls.filter(foreign);
}

/** What a tag would load from another origin. */
function foreignLoads(tag: Tag): string[] {
  const a = tag.attrs;
  const found: string[] = [];
  const check = (attr: string, value: string | undefined): void => {
    if (foreign(value)) found.push(`<${tag.name} ${attr}="${value}">`);
  };
  switch (tag.name) {
    case 'link': {
      const rels = (a.rel ?? '').toLowerCase().split(/\s+/);
      // A licence link names the terms; it loads nothing.
      if (rels.includes('license')) break;
      // Alternates and canonical name pages of the site itself; they load nothing.
      if (rels.includes('alternate') || rels.includes('canonical')) {
        if (
          a.href &&
          !a.href.trim().startsWith(site.origin + '/') &&
          /^(https?:)?\/\//i.test(a.href.trim())
        ) {
          found.push(`<link rel="${a.rel}" href="${a.href}"> is not under ${site.origin}`);
        }
      } else check('href', a.href);
      break;
    }
    case 'script':
    case 'iframe':
    case 'embed':
    case 'track':
      check('src', a.src);
      break;
    case 'img':
    case 'source':
    case 'input':
      check('src', a.src);
      for (const u of srcsetUrls(a.srcset)) check('srcset', u);
      break;
    case 'video':
    case 'audio':
      check('src', a.src);
      check('poster', a.poster);
      break;
    case 'object':
      check('data', a.data);
      break;
    case 'image':
    case 'use':
    case 'feimage':
      check('href', a.href);
      check('xlink:href', a['xlink:href']);
      break;
  }
  if (a.style) found.push(...cssForeign(a.style).map((u) => `<${tag.name} style="…url(${u})…">`));
  return found;
}

describe('nothing is loaded from another origin', () => {
  test.each(pages)('%s', (page) => {
    const html = readPage(page);
    const found = findTags(html).flatMap(foreignLoads);
    for (const style of findTags(html, 'style'))
      found.push(...cssForeign(innerOf(html, style)).map((u) => `<style> url(${u})`));
    expect(found).toEqual([]);
  });

  test('stylesheets in dist/ (fonts, images, @import)', () => {
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (e.name.endsWith('.css'))
          found.push(...cssForeign(readFileSync(full, 'utf8')).map((u) => `${full}: ${u}`));
      }
    };
    walk(distDir);
    expect(found).toEqual([]);
  });
});
