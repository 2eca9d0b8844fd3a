import { LOCALES, type Locale } from './locale.ts';

/** getStaticPaths entries for a page in every locale: Chinese at the root (lang undefined), English under /en/. */
export function localeRoutes<P extends Record<string, string>>(items: P[] = [{} as P]) {
  return LOCALES.flatMap((locale: Locale) =>
    items.map((params) => ({
      params: { lang: locale === 'zh' ? undefined : locale, ...params },
      props: { locale },
    })),
  );
}
