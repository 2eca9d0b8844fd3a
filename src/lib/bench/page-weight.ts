// What a page of the built site weighs at load: its HTML, and the JavaScript it loads (script
// src, module preloads and their static imports, inline scripts), each file compressed on its own
// as a server would send it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { findTags, hasClass, innerOf } from '../built-site/html-scan.ts';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const NO_BYTES: Sizes = { raw: 0, gzip: 0, brotli: 0 };

export interface PageWeight {
  /** URL path, e.g. `/places/gansu/`. */
  page: string;
  html: Sizes;
  js: Sizes;
  /** JavaScript files loaded at load (with their static imports). */
  jsFiles: string[];
  inlineScripts: number;
  /** The inline scripts' own sizes (they are part of both `html` and `js`). */
  inlineJs: Sizes;
  /** Whether the page has a chart (`<figure class="chart">`). */
  chart: boolean;
  /** Its CSS: inline <style> bodies and stylesheet files, each compressed on its own. */
  css: Sizes;
  /** JavaScript loaded only on first use (dynamic import() of the scripts at load, transitively). */
  lazyJs: Sizes;
}

/** Sizes raw, gzip (level 9) and brotli (quality 11), as a static host would serve them. */
export function compressedSizes(content: string | Buffer): Sizes {
  const buf = typeof content === 'string' ? Buffer.from(content) : content;
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

export const addSizes = (a: Sizes, b: Sizes): Sizes => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});

/** Every HTML file under `distDir`, as paths relative to it with `/`, sorted. */
export function htmlFilesIn(distDir: string): string[] {
  return (readdirSync(distDir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/** URL path of a file in dist/ (`places/gansu/index.html` → `/places/gansu/`). */
export const urlOf = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Measures one HTML file of `distDir`; `sizeOf` sizes a JS or CSS file and `sizeOfText` an inline
 * script or style (pass cached ones to compress each only once: see measureSite).
 */
export function measurePage(
  distDir: string,
  file: string,
  sizeOf: (path: string) => Sizes = (path) => compressedSizes(readFileSync(path)),
  sizeOfText: (text: string) => Sizes = compressedSizes,
): PageWeight {
  const page = urlOf(file);
  const html = readFileSync(join(distDir, file), 'utf8');
  const jsFiles = new Set<string>();
  const load = (ref: string) => {
    const path = localFile(distDir, ref, page);
    if (path) withStaticImports(distDir, path, jsFiles);
  };
  let inline = NO_BYTES;
  let inlineScripts = 0;
  for (const script of findTags(html, 'script')) {
    const type = (script.attrs.type ?? '').toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue; // JSON, templates
    if (script.attrs.src !== undefined) load(script.attrs.src);
    else {
      const body = innerOf(html, script);
      if (!body.trim()) continue;
      inline = addSizes(inline, sizeOfText(body));
      inlineScripts++;
      for (const spec of importsOf(body)) load(spec); // an inline module can import files too
    }
  }
  for (const link of findTags(html, 'link')) {
    if ((link.attrs.rel ?? '').split(/\s+/).includes('modulepreload') && link.attrs.href)
      load(link.attrs.href);
  }
  let css = NO_BYTES;
  for (const style of findTags(html, 'style')) css = addSizes(css, sizeOfText(innerOf(html, style)));
  for (const link of findTags(html, 'link')) {
    const path =
      (link.attrs.rel ?? '').split(/\s+/).includes('stylesheet') &&
      link.attrs.href &&
      localFile(distDir, link.attrs.href, page);
    if (path) css = addSizes(css, sizeOf(path));
  }
  const lazy = new Set<string>();
  for (const file of jsFiles) {
    const from = '/' + relative(distDir, file).split(sep).join('/');
    for (const spec of dynamicImportsOf(readFileSync(file, 'utf8'))) {
      const target = localFile(distDir, spec, from);
      if (target && !jsFiles.has(target)) withStaticImports(distDir, target, lazy);
    }
  }
  return {
    page,
    html: compressedSizes(html),
    css,
    lazyJs: [...lazy]
      .filter((f) => !jsFiles.has(f))
      .map(sizeOf)
      .reduce(addSizes, NO_BYTES),
    js: [...jsFiles].map(sizeOf).reduce(addSizes, inline),
    jsFiles: [...jsFiles].sort(),
    inlineScripts,
    inlineJs: inline,
    chart: findTags(html, 'figure').some((t) => hasClass(t, 'chart')),
  };
}

/**
 * Measures every HTML file of `distDir`, in htmlFilesIn's order. Brotli at quality 11 is slow, so
 * each JS and CSS file, and each inline script or style (most recur on every page), is compressed
 * once, not once per page that has it.
 */
export function measureSite(distDir: string): PageWeight[] {
  const memo = <K>(size: (key: K) => Sizes) => {
    const seen = new Map<K, Sizes>();
    return (key: K): Sizes => {
      let sizes = seen.get(key);
      if (!sizes) seen.set(key, (sizes = size(key)));
      return sizes;
    };
  };
  const sizeOf = memo((path: string) => compressedSizes(readFileSync(path)));
  const sizeOfText = memo((text: string) => compressedSizes(text));
  return htmlFilesIn(distDir).map((file) => measurePage(distDir, file, sizeOf, sizeOfText));
}

/** Specifiers of static imports and re-exports (import … from "x", import "x", export … from "x"). */
function importsOf(code: string): string[] {
  return [...code.matchAll(/\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?(['"])([^'"\s]+)\1/g)].map(
    (m) => m[2]!,
  );
}

/** Specifiers of dynamic imports with a literal argument (`import("./x.js")`, or in backquotes as Rolldown writes them). */
function dynamicImportsOf(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*(['"`])([^'"`$\s]+)\1\s*\)/g)].map((m) => m[2]!);
}

/** The dist/ file a URL refers to from a page, or undefined when it is not a local file. */
function localFile(distDir: string, ref: string, from: string): string | undefined {
  const url = new URL(ref, new URL(from, 'http://local.invalid'));
  if (url.origin !== 'http://local.invalid') return undefined;
  const file = join(distDir, decodeURIComponent(url.pathname));
  return existsSync(file) ? file : undefined;
}

/** Adds a JS file and its relative static imports, transitively, to `seen`. */
function withStaticImports(distDir: string, entry: string, seen: Set<string>): void {
  if (seen.has(entry)) return;
  seen.add(entry);
  const from = '/' + relative(distDir, entry).split(sep).join('/');
  for (const spec of importsOf(readFileSync(entry, 'utf8'))) {
    if (!/^(\.{1,2}\/|\/)/.test(spec)) continue;
    const file = localFile(distDir, spec, from);
    if (file) withStaticImports(distDir, file, seen);
  }
}

/** A chunk loaded on first use (the selection chart's ECharts, say): the file of dist/_astro/ whose name matches, alone and with its static imports. */
export function firstUseChunk(
  distDir: string,
  name: RegExp,
  sizeOf: (path: string) => Sizes = (path) => compressedSizes(readFileSync(path)),
): { file: string; own: Sizes; files: string[]; withImports: Sizes } | undefined {
  const dir = join(distDir, '_astro');
  const found = existsSync(dir) ? readdirSync(dir).find((f) => name.test(f)) : undefined;
  if (!found) return undefined;
  const file = join(dir, found);
  const seen = new Set<string>();
  withStaticImports(distDir, file, seen);
  const files = [...seen].sort();
  return { file, own: sizeOf(file), files, withImports: files.map(sizeOf).reduce(addSizes, NO_BYTES) };
}
