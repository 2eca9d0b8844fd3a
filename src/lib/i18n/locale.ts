export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tag for `<html lang>` and Intl. */
export const htmlLang = (locale: Locale) => (locale === 'zh' ? 'zh-CN' : 'en');

/**
 * The sub-path the site is served under (Astro's `base`, from BASE_PATH), without its trailing
 * slash: '' at a host's root, '/data/crackdown' under a sub-path. Every internal URL gets it here.
 */
export const BASE_PATH = (import.meta.env?.BASE_URL ?? '/').replace(/\/+$/, '');

/** A site path (`/favicon.svg`, `/data/figures.csv`) as the URL path it is served at, base included. */
export function withBase(path: string): string {
  return `${BASE_PATH}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The URL of a site path in a locale: Chinese at the root, English under /en/ (base included). */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return withBase(locale === 'zh' ? clean : `/en${clean}`);
}

/** The site path of a URL path without the base and its locale prefix. */
export function stripLocale(pathname: string): string {
  const path =
    BASE_PATH && pathname.startsWith(`${BASE_PATH}/`) ? pathname.slice(BASE_PATH.length) : pathname;
  return path.replace(/^\/en(?=\/|$)/, '') || '/';
}

/** A row's name in the locale, from its name_zh / name_en columns. */
export function nameOf(row: { name_zh: string; name_en: string }, locale: Locale): string {
  return locale === 'zh' ? row.name_zh : row.name_en;
}

/** The other locale, for the language switch. */
export const otherLocale = (locale: Locale): Locale => (locale === 'zh' ? 'en' : 'zh');

/** A row's note in the locale, from its note_zh / note_en columns. */
export function noteOf(row: { note_zh: string; note_en: string }, locale: Locale): string {
  return locale === 'zh' ? row.note_zh : row.note_en;
}

/** A row's text field in the locale, from its `<field>_zh` / `<field>_en` columns (definition, detail, text…). */
export function fieldOf<F extends string>(
  row: Record<`${F}_zh` | `${F}_en`, string>,
  field: F,
  locale: Locale,
): string {
  return locale === 'zh' ? row[`${field}_zh`] : row[`${field}_en`];
}
