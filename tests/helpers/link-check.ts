// The link and anchor check over a built site: every href/src that stays on the site names a file
// in the output folder, and each #fragment names an id on its target page. Base-aware: in a build
// served under a sub-path (BASE_PATH), every internal URL must start with that sub-path.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { findTags } from './html.ts';

export interface LinkCheck {
  /** Every .html file, relative to the output folder, with forward slashes. */
  htmlFiles(): string[];
  /** The file a URL path is served from (`<base>places/gansu/` → places/gansu/index.html), or undefined. */
  fileFor(pathname: string): string | undefined;
  idsOf(file: string): Set<string>;
  /** The internal links of a page that do not resolve, as `ref: what is wrong`. */
  brokenLinks(file: string): string[];
}

/** A checker for the site built into `outDir`, published at `siteUrl` under `base` ('/' or '/a/b/'). */
export function linkCheck(outDir: string, siteUrl: string, base = '/'): LinkCheck {
  const site = new URL(siteUrl);
  const idCache = new Map<string, Set<string>>();

  const htmlFiles = (dir = outDir): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = join(dir, e.name);
      if (e.isDirectory()) return htmlFiles(full);
      return e.name.endsWith('.html') ? [relative(outDir, full).split(sep).join('/')] : [];
    });

  const fileFor = (pathname: string): string | undefined => {
    const decoded = decodeURIComponent(pathname);
    if (!decoded.startsWith(base)) return undefined;
    const path = decoded.slice(base.length).replace(/^\/+/, '');
    const candidates =
      path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
    return candidates.find((c) => existsSync(join(outDir, c)) && statSync(join(outDir, c)).isFile());
  };

  const idsOf = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      const html = readFileSync(join(outDir, file), 'utf8');
      ids = new Set(findTags(html).flatMap((t) => (t.attrs.id ? [t.attrs.id] : [])));
      idCache.set(file, ids);
    }
    return ids;
  };

  const brokenLinks = (file: string): string[] => {
    const html = readFileSync(join(outDir, file), 'utf8');
    const pageUrl = new URL(`${base}${file.replace(/(^|\/)index\.html$/, '$1')}`, site);
    const refs = findTags(html).flatMap((t) =>
      (['href', 'src'] as const).flatMap((attr) => (t.attrs[attr] !== undefined ? [t.attrs[attr]] : [])),
    );
    return refs.flatMap((ref) => {
      const url = new URL(ref, pageUrl);
      if (url.origin !== site.origin) return [];
      const target = fileFor(url.pathname);
      if (!target) return [`${ref}: no file in the build for ${url.pathname}`];
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && target.endsWith('.html') && !idsOf(target).has(id))
        return [`${ref}: no id="${id}" in ${target}`];
      return [];
    });
  };

  return { htmlFiles: () => htmlFiles(), fileFor, idsOf, brokenLinks };
}
