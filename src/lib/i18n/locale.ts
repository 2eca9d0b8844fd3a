export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tag for `<html lang>` and Intl. */
export const htmlLang = (locale: Locale) => (locale === 'zh' ? 'zh-CN' : 'en');

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
