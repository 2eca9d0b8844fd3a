import type { Locale } from '../i18n/locale.ts';
import { words } from '../i18n/words.ts';
import * as urls from '../urls.ts';
import { DATASET, TERMS } from './about.ts';

/** What a citation points at: a page, chart or file of this site, and the source it draws on. */
export interface CiteInput {
  /** Title of the cited page, chart or file, in the citation's language. */
  title: string;
  url: string;
  /** Data version, e.g. 2026-11-26. */
  version: string;
  /** Access date, YYYY-MM-DD. */
  accessed: string;
  /** The source publication and page the figures come from, when there is one. */
  source?: { title: string; publication: string; year: string; page?: number };
}

export interface Citation {
  text: string;
  bibtex: string;
  csl: CslItem;
}

interface CslItem {
  id: string;
  type: 'dataset';
  title: string;
  author: { literal: string }[];
  publisher: string;
  version: string;
  URL: string;
  issued: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  language: Locale;
  note?: string;
}

const dateParts = (date: string) => [date.split('-').map(Number)];

function sourceText(source: CiteInput['source'], locale: Locale): string | undefined {
  return (
    source && words(locale).exports.cite.source(source.title, source.publication, source.year, source.page)
  );
}

/**
 * The access date of a built citation: a field for the reader to fill. It is the reader's date, not
 * the build's, so two builds of one commit are the same bytes; pages fill it in the browser
 * (theme-script.ts), files leave it to fill.
 */
export const ACCESS_DATE_FIELD = 'YYYY-MM-DD';

/** A citation in plain text, BibTeX and CSL-JSON, in Chinese or English. */
export function cite(input: CiteInput, locale: Locale): Citation {
  const site = DATASET.title[locale];
  const source = sourceText(input.source, locale);
  const w = words(locale).exports.cite;
  // The title inside the citation's own marks, its marks turned to the inner kind: “A ‘B’”, 《A〈B〉》.
  const title = w.title(input.title);
  const text = w.text(site, title, input.version, input.url, input.accessed, source);
  const id = `${DATASET.name}-${slug(input.url)}-${input.version}`;
  const bibtex = [
    `@misc{${id},`,
    `  author = {{${bib(DATASET.creator[locale])}}},`,
    `  title = {${bib(input.title)}},`,
    `  year = {${input.version.slice(0, 4)}},`,
    `  version = {${bib(input.version)}},`,
    `  howpublished = {\\url{${input.url}}},`,
    `  urldate = {${input.accessed}},`,
    ...(source ? [`  note = {${bib(source)}},`] : []),
    `  language = {${w.bibLanguage}},`,
    '}',
  ].join('\n');
  const csl: CslItem = {
    id,
    type: 'dataset',
    title: input.title,
    author: [{ literal: DATASET.creator[locale] }],
    publisher: site,
    version: input.version,
    URL: input.url,
    issued: { 'date-parts': dateParts(input.version) },
    // CSL has no way to say "fill this in": a citation without its access date leaves it out.
    ...(input.accessed !== ACCESS_DATE_FIELD && { accessed: { 'date-parts': dateParts(input.accessed) } }),
    language: locale,
    ...(source && { note: source }),
  };
  return { text, bibtex, csl };
}

/**
 * A workbook's README sheet in one language, one line a row: the dataset's title, its version and
 * description, what the workbook's `cells` are, the terms, and the citation of the data page on `site`.
 */
export function workbookReadme(locale: Locale, version: string, site: string, cells: string): string[] {
  const w = words(locale).exports.workbook;
  const url = `${site.replace(/\/+$/, '')}${urls.dataPage(locale)}`;
  const citation = cite({ title: DATASET.title[locale], url, version, accessed: ACCESS_DATE_FIELD }, locale);
  return [
    DATASET.title[locale],
    w.version(version),
    DATASET.description[locale],
    cells,
    TERMS[locale],
    w.cite,
    citation.text,
  ];
}

/** The URL's path as a BibTeX key part: `/en/places/gansu/` → `en-places-gansu`. */
function slug(url: string): string {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  return (
    path
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean)
      .join('-') || 'home'
  );
}

/** Escapes the characters BibTeX treats as special. */
function bib(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`,
  );
}
