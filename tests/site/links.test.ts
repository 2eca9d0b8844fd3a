// Every internal link and anchor in the built site resolves: each href/src that stays on this site
// names a file in dist/, and each #fragment names an id on its target page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findTags } from '../helpers/html.ts';
import { distDir, requireDist, siteUrl } from '../helpers/site.ts';

requireDist();
const site = new URL(siteUrl());

/** Every .html file under dist/, as a path relative to dist/ with forward slashes. */
function htmlFiles(dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(full);
    return e.name.endsWith('.html') ? [relative(distDir, full).split(sep).join('/')] : [];
  });
}

/** The file in dist/ a site path is served from (`/places/gansu/` → places/gansu/index.html), or undefined. */
function fileFor(pathname: string): string | undefined {
  const path = decodeURIComponent(pathname).replace(/^\/+/, '');
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
  return candidates.find((c) => existsSync(join(distDir, c)) && statSync(join(distDir, c)).isFile());
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const html = readFileSync(join(distDir, file), 'utf8');
    ids = new Set(findTags(html).flatMap((t) => (t.attrs.id ? [t.attrs.id] : [])));
    idCache.set(file, ids);
  }
  return ids;
}

/** The internal links of a page that do not resolve, as `href: what is wrong`. */
function brokenLinks(file: string): string[] {
  const html = readFileSync(join(distDir, file), 'utf8');
  const pageUrl = new URL(`/${file.replace(/(^|\/)index\.html$/, '$1')}`, site);
  const refs = findTags(html).flatMap((t) =>
    (['href', 'src'] as const).flatMap((attr) => (t.attrs[attr] !== undefined ? [t.attrs[attr]] : [])),
  );
  return refs.flatMap((ref) => {
    const url = new URL(ref, pageUrl);
    if (url.origin !== site.origin) return [];
    const target = fileFor(url.pathname);
    if (!target) return [`${ref}: no file in dist/ for ${url.pathname}`];
    const id = decodeURIComponent(url.hash.slice(1));
    if (id && target.endsWith('.html') && !idsOf(target).has(id))
      return [`${ref}: no id="${id}" in ${target}`];
    return [];
  });
}

const files = htmlFiles();

describe('links in dist/', () => {
  test('the scan sees both languages and the 404 page', () => {
    expect(files).toContain('index.html');
    expect(files).toContain('en/index.html');
    expect(files).toContain('404.html');
    expect(files.length).toBeGreaterThan(100);
  });

  test('the check notices a missing page, a missing file and a missing anchor', () => {
    expect(fileFor('/places/gansu/')).toBe('places/gansu/index.html');
    expect(fileFor('/places/nowhere/')).toBeUndefined();
    expect(fileFor('/data/figures.csv')).toBe('data/figures.csv');
    expect(idsOf('index.html').has('main')).toBe(true);
    expect(idsOf('index.html').has('no-such-id')).toBe(false);
  });

  test('every internal href and src resolves, anchors included', () => {
    const broken = files.flatMap((file) => brokenLinks(file).map((problem) => `${file}: ${problem}`));
    expect(broken).toEqual([]);
  });
});
