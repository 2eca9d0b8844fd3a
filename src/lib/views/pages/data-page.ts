import { PUBLISHED_TABLES } from '../../exports/published.ts';
import { DATA_LICENSE, DATASET, TERMS } from '../../exports/about.ts';
import { tableWords } from '../../exports/fields.ts';
import { zipName } from '../../exports/release.ts';
import { siteDatasetJsonLd, siteRelease } from '../../exports/site.ts';
import { loadSnippets } from '../../exports/snippets.ts';
import { readChangelog } from '../../exports/version.ts';
import type { Locale } from '../../i18n/locale.ts';
import { citeBox } from '../citation.ts';
import * as urls from '../../urls.ts';
import { publicSite } from '../../hosting/site-config.ts';
import { words } from '../../i18n/words.ts';

/** A file size as readers see it: bytes below 1 kB, else kB or MB with one decimal. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The data page: version, every table in three formats, every other file, how to load and cite it. */
export async function dataDownloadsPage(locale: Locale, siteUrl: string | URL) {
  const t = words(locale).site;
  const w = t.dataPage;
  const release = await siteRelease(siteUrl);
  // Without a public address the snippets name paths, which the page completes with its own origin.
  const origin = publicSite(siteUrl);
  // The name a file is saved under: a table's Excel-safe and exact CSVs say which they are.
  const file = (path: string, format: string, saveAs = path.split('/').at(-1)!) => ({
    href: urls.dataFile(path),
    path,
    saveAs,
    format,
    size: fileSize(release.sizes.get(path) ?? 0),
  });
  const others: [string, string, string][] = [
    [zipName(release.version), 'ZIP', w.files.zip!],
    [urls.WORKBOOK, 'XLSX', w.files.xlsx!],
    ['crackdown-data.db', 'SQLite', w.files.db!],
    ['datapackage.json', 'JSON', w.files.datapackage!],
    ['README.md', 'Markdown', w.files.readme!],
    ['SHA256SUMS', 'sha256sum', w.files.sums!],
    ['catalog.jsonld', 'DCAT JSON-LD', w.files.catalog!],
    ['changes.atom', 'Atom', w.files.feed!],
  ];
  return {
    version: w.version(release.version),
    tables: PUBLISHED_TABLES.map(({ name }) => ({
      name,
      rows: release.rows.get(name)!,
      about: tableWords(name)[locale],
      files: [
        file(`${name}.csv`, w.excelCsv, `${name}-excel.csv`),
        file(`plain/${name}.csv`, w.plainCsv, `${name}-exact.csv`),
        file(`${name}.json`, w.json),
      ],
    })),
    others: others.map(([path, format, about]) => ({ ...file(path, format), about })),
    snippets: loadSnippets(origin ?? '', release.version, locale).map((s) => ({
      id: s.id,
      label: s.label,
      code: s.code,
    })),
    licence: { href: DATA_LICENSE.path, name: DATA_LICENSE.title, terms: TERMS[locale] },
    cite: citeBox(DATASET.title[locale], siteUrl, urls.dataPage(locale), locale),
    changelog: readChangelog().map((r) => ({
      version: r.version,
      notes: r.notes
        .split(/\n(?=- )/)
        .map((n) => n.replace(/^- /, '').replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    })),
    /** `data-origin` on what holds an address when the build has no public one. */
    origin: origin ? undefined : '',
    feed: urls.dataFile('changes.atom'),
    catalog: urls.dataFile('catalog.jsonld'),
    // `<` escaped so the JSON can never close its <script> element.
    jsonLd: JSON.stringify(await siteDatasetJsonLd(siteUrl, locale)).replaceAll('<', '\\u003c'),
  };
}
