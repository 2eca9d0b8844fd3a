// docs/nginx.conf, written from the serving table (src/lib/hosting/serving.ts): `npm run nginx-conf`
// prints it for the build's BASE_PATH; tests/lib/hosting/nginx.test.ts keeps docs/nginx.conf equal to
// it, and tests/site/nginx.test.ts serves dist/ with Debian's nginx through it.
import {
  CACHE_IMMUTABLE,
  CACHE_SHORT,
  EMBED_FOLDERS,
  FILE_KINDS,
  HASHED_EXTENSIONS,
  HASHED_FOLDERS,
  NAMED_FILES,
  NOT_FOUND_PAGE,
  PAGEFIND_FOLDER,
  securityHeadersOf,
  type FileKind,
} from './serving.ts';

const kinds = Object.entries(FILE_KINDS) as [string, FileKind][];

/** Distinct values in order. */
const unique = (values: string[]) => [...new Set(values)];

/** The add_header lines of a location: nginx drops the enclosing level's lines in any location that has its own. */
function headerLines(path: string, cache: string, indent: string): string[] {
  return [
    `add_header Cache-Control "${cache}";`,
    ...Object.entries(securityHeadersOf(path)).map(
      ([name, value]) => `add_header ${name} "${value}" always;`,
    ),
  ].map((line) => indent + line);
}

/** A folder's location with its headers, inside the site's. */
const folderLocation = (base: string, folder: string, cache: string) => [
  `    location ${base}${folder} {`,
  ...headerLines(folder, cache, '        '),
  '    }',
];

const escapeRegex = (path: string) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The nginx configuration for a site built with `base` (BASE_PATH, `/` or `/data/crackdown/`): one
 * `location <base> { … }` to include inside a `server { … }` whose `root` is the folder that holds
 * dist/'s files at <base> (see docs/deploy.md).
 */
export function nginxConf(base = '/'): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const textTypes = unique(kinds.filter(([, k]) => k.text).map(([, k]) => k.type)).filter(
    (t) => t !== 'text/html',
  );
  const added = kinds.filter(([, k]) => k.notInNginx);
  const typeLines = unique(added.map(([, k]) => k.type)).map(
    (type) =>
      `        ${type} ${added
        .filter(([, k]) => k.type === type)
        .map(([ext]) => ext)
        .join(' ')};`,
  );
  const hashed = HASHED_EXTENSIONS.join('|');
  const lines = [
    '# nginx: serving dist/ (docs/deploy.md, "nginx"). Written by `npm run nginx-conf` from',
    '# src/lib/hosting/serving.ts, which also sets the headers of an object-store upload; do not edit by hand.',
    `# For BASE_PATH=${b}. Include it inside a server { … } block whose root holds dist/ at ${b}:`,
    '#   root /srv/crackdown/dist;  include /etc/nginx/snippets/crackdown-data.conf;',
    '# tests/site/nginx.test.ts serves dist/ with Debian’s nginx through this file.',
    '',
    `location ${b} {`,
    '    # nginx’s own table (mime.types beside nginx.conf), then the types it lacks. A types { } block',
    '    # replaces the enclosing one, so the table is included again here.',
    '    include mime.types;',
    '    types {',
    ...typeLines,
    '    }',
    '    charset utf-8;',
    `    charset_types ${textTypes.join(' ')};`,
    '',
    '    index index.html;',
    '    # A folder without its slash redirects (301) to it, query kept; relative, so it is right behind a proxy or CDN.',
    '    absolute_redirect off;',
    '    # One 404 page in both languages.',
    `    error_page 404 ${b}${NOT_FOUND_PAGE};`,
    '',
    '    # Compress text on the fly. With Debian’s libnginx-mod-http-brotli-filter installed, add:',
    '    #   brotli on; brotli_types <the gzip_types below>;',
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_comp_level 5;',
    '    gzip_min_length 256;',
    `    gzip_types ${textTypes.join(' ')};`,
    '',
    '    # HTML, data and the rest: short-lived, revalidated (a new release shows within five minutes).',
    ...headerLines('', CACHE_SHORT, '    '),
    '',
    '    # Embed pages are made to be framed by other sites: any site may frame them.',
    ...EMBED_FOLDERS.flatMap((folder) => folderLocation(b, folder, CACHE_SHORT)),
    '',
    '    # Names that carry a hash of their content never change: cached for a year.',
    ...HASHED_FOLDERS.flatMap((folder) => folderLocation(b, folder, CACHE_IMMUTABLE)),
    '    # Pagefind: its index files carry hashes; its code and pagefind-entry.json (which names them) do not.',
    `    location ${b}${PAGEFIND_FOLDER} {`,
    ...headerLines(PAGEFIND_FOLDER, CACHE_SHORT, '        '),
    `        location ~ \\.(${hashed})$ {`,
    ...headerLines(PAGEFIND_FOLDER, CACHE_IMMUTABLE, '            '),
    '        }',
    '    }',
    '',
    '    # Files without an extension that are meant to be read.',
    ...Object.entries(NAMED_FILES).flatMap(([file, type]) => [
      `    location = ${b}${file} {`,
      `        default_type ${type};`,
      ...headerLines(file, CACHE_SHORT, '        '),
      '    }',
    ]),
    '',
    '    # Old addresses of the chart CSVs, moved into each chart’s embed folder and beside each page',
    '    # (as in public/_redirects).',
    `    location ~ ^${escapeRegex(b)}data/charts/([^/]+)/([^/]+)/all-figures\\.csv$ {`,
    `        return 301 ${b}$1/$2/all-figures.csv;`,
    '    }',
    `    location ~ ^${escapeRegex(b)}data/charts/([^/]+)/([^/]+)/([^/]+)\\.csv$ {`,
    `        return 301 ${b}embed/$1/$2/$3/data.csv;`,
    '    }',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}
