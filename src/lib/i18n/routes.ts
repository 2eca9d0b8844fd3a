import { LOCALES, type Locale } from './locale.ts';

/** The `[...lang]` route parameter of a locale: none for Chinese (the root), `en` for English. */
export const langParam = (locale: Locale) => (locale === 'zh' ? undefined : locale);

/** getStaticPaths entries for a page in every locale: Chinese at the root (lang undefined), English under /en/. */
export function localeRoutes<P extends Record<string, string>>(items: P[] = [{} as P]) {
  return LOCALES.flatMap((locale: Locale) =>
    items.map((params) => ({
      params: { lang: langParam(locale), ...params },
      props: { locale },
    })),
  );
}
