// How each file of dist/ is served, in one place: its Content-Type, Cache-Control and security
// headers. docs/nginx.conf is written from it (src/lib/hosting/nginx.ts, `npm run nginx-conf`), the
// object-store upload sets its headers from it (src/lib/hosting/deploy-s3.ts), and the tests serve
// dist/ with Debian's nginx and check every kind of file against it (tests/site/nginx.test.ts).
// Paths here are relative to the site's root (dist/), without BASE_PATH: `_astro/x.js`, `en/embed/…/`.
import { CSP_HEADER, EMBED_CSP_HEADER } from './csp.ts';

/** A kind of file by its extension. */
export interface FileKind {
  /** The media type, without parameters. */
  type: string;
  /** Text: sent with `; charset=utf-8` and compressed. */
  text?: true;
  /** nginx's own mime.types (Debian's, and nginx's source) lacks it: docs/nginx.conf adds it. */
  notInNginx?: true;
}

const text = (type: string, notInNginx?: true): FileKind => ({
  type,
  text: true,
  ...(notInNginx && { notInNginx }),
});
const binary = (type: string, notInNginx?: true): FileKind => ({ type, ...(notInNginx && { notInNginx }) });

/** Every extension the site writes (and a few a build may), by kind. */
export const FILE_KINDS: Readonly<Record<string, FileKind>> = {
  html: text('text/html'),
  css: text('text/css'),
  js: text('application/javascript'),
  json: text('application/json'),
  xml: text('text/xml'),
  txt: text('text/plain'),
  svg: text('image/svg+xml'),
  atom: text('application/atom+xml'),
  csv: text('text/csv', true),
  md: text('text/markdown', true),
  jsonld: text('application/ld+json', true),
  webmanifest: text('application/manifest+json', true),
  map: text('application/json', true),
  mjs: text('application/javascript', true),
  png: binary('image/png'),
  jpg: binary('image/jpeg'),
  jpeg: binary('image/jpeg'),
  gif: binary('image/gif'),
  webp: binary('image/webp'),
  avif: binary('image/avif'),
  ico: binary('image/x-icon'),
  woff: binary('font/woff'),
  woff2: binary('font/woff2'),
  pdf: binary('application/pdf'),
  zip: binary('application/zip'),
  xlsx: binary('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  wasm: binary('application/wasm'),
  db: binary('application/vnd.sqlite3', true),
  // Pagefind's index: its own compressed formats (the wasm too: wasm.<lang>.pagefind).
  pagefind: binary('application/octet-stream', true),
  pf_meta: binary('application/octet-stream', true),
  pf_index: binary('application/octet-stream', true),
  pf_fragment: binary('application/octet-stream', true),
};

/** Files without an extension that are meant to be read: the data release's checksums. */
export const NAMED_FILES: Readonly<Record<string, string>> = { 'data/SHA256SUMS': 'text/plain' };

/** What anything else is sent as (nginx's default_type). */
export const DEFAULT_TYPE = 'application/octet-stream';

const withCharset = (kind: FileKind) => (kind.text ? `${kind.type}; charset=utf-8` : kind.type);
const extensionOf = (path: string) => /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();

/** The Content-Type of a file of dist/ (a directory address is its index.html). */
export function contentTypeOf(path: string): string {
  if (path === '' || path.endsWith('/')) return withCharset(FILE_KINDS.html!);
  const named = NAMED_FILES[path];
  if (named) return `${named}; charset=utf-8`;
  const kind = FILE_KINDS[extensionOf(path) ?? ''];
  return kind ? withCharset(kind) : DEFAULT_TYPE;
}

/** Whether a host should compress it (text; Pagefind's files and images are compressed already). */
export function compressible(path: string): boolean {
  return contentTypeOf(path).includes('charset=');
}

/** Names that carry a hash of their content: a new build gives new names, so they never change. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (HTML, data, embeds, Pagefind's entry file and code): a new release shows within five minutes. */
export const CACHE_SHORT = 'public, max-age=300, must-revalidate';

/** Folders whose files all carry content hashes (Astro's assets). */
export const HASHED_FOLDERS = ['_astro/'] as const;
/**
 * Pagefind's index files carry a hash in their names (pagefind.en_60e6….pf_meta, index/…pf_index,
 * fragment/…pf_fragment); its code, wasm and pagefind-entry.json (which names the current hashes) do not.
 */
export const HASHED_EXTENSIONS = ['pf_meta', 'pf_index', 'pf_fragment'] as const;
export const PAGEFIND_FOLDER = 'pagefind/';

export function cacheControlOf(path: string): string {
  if (HASHED_FOLDERS.some((folder) => path.startsWith(folder))) return CACHE_IMMUTABLE;
  const ext = extensionOf(path);
  if (path.startsWith(PAGEFIND_FOLDER) && HASHED_EXTENSIONS.some((e) => e === ext)) return CACHE_IMMUTABLE;
  return CACHE_SHORT;
}

/** Embed pages and their files, made to be framed by any site. */
export const EMBED_FOLDERS = ['embed/', 'en/embed/'] as const;
export const isEmbed = (path: string) => EMBED_FOLDERS.some((folder) => path.startsWith(folder));

/** The headers sent with every response, whatever its kind (the CSP header by folder). */
export function securityHeadersOf(path: string): Record<string, string> {
  return {
    'Content-Security-Policy': isEmbed(path) ? EMBED_CSP_HEADER : CSP_HEADER,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}

/** The 404 page (one page in both languages), relative to the site's root. */
export const NOT_FOUND_PAGE = '404.html';

/** Everything a host sends with a file of dist/ besides its body. */
export function headersOf(path: string): Record<string, string> {
  return {
    'Content-Type': contentTypeOf(path),
    'Cache-Control': cacheControlOf(path),
    ...securityHeadersOf(path),
  };
}
