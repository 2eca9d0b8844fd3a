import { ACCESS_DATE_FIELD, cite, type CiteInput } from '../exports/cite.ts';
import { dataVersion } from '../exports/version.ts';
import type { Locale } from '../i18n/locale.ts';
import { publicSite } from '../hosting/site-config.ts';
import * as urls from '../urls.ts';

/** Where a page's citation is: a closed box the layout adds, the page's own box, or only the footer's link to the data page's. */
export type CitePlacement = 'box' | 'own' | 'link';

/** Pages with more figures than this are at the page-weight budget: they link to a citation instead of holding a box. */
export const CITE_BOX_MAX_FIGURES = 40;

/** A page's citation as the cite box shows it: plain text, BibTeX and CSL-JSON as text. */
export interface CiteBoxModel {
  text: string;
  bibtex: string;
  csl: string;
  /** Its address is a path, for the page to complete with its own origin (a build without SITE_URL). */
  completeOrigin: boolean;
}

/** The citation of a page at `path` (absolute on `siteUrl` when the build knows its public address), with its source when it has one. */
export function citeBox(
  title: string,
  siteUrl: string | URL,
  path: string,
  locale: Locale,
  source?: CiteInput['source'],
): CiteBoxModel {
  const origin = publicSite(siteUrl);
  const url = urls.address(origin, path);
  const c = cite({ title, url, version: dataVersion(), accessed: ACCESS_DATE_FIELD, source }, locale);
  // Date parts on one line ([[2026, 11, 26]]), so the box stays short.
  const csl = JSON.stringify([c.csl], null, 1).replace(
    /\[\s*\[([\d,\s]+)\]\s*\]/g,
    (_, n: string) =>
      `[[${n
        .trim()
        .split(/\s*,\s*/)
        .join(', ')}]]`,
  );
  return { text: c.text, bibtex: c.bibtex, csl, completeOrigin: origin === undefined };
}
