/**
 * The one dictionary of reader-facing words: zh.ts and en.ts, each in domain sections (site, chart,
 * forms, embed, find, sources, exports). Every word a page, chart, download or script prints comes
 * from `words(locale)`; numbers and dates are put in words by numbers.ts and period.ts.
 */
import { en } from './en.ts';
import { LOCALES, type Locale } from './locale.ts';
import { zh } from './zh.ts';

/** `T` with every literal type widened, so each language must give every key but may word it freely. */
type Widen<T> = T extends (...args: infer A) => infer R
  ? (...args: A) => R
  : T extends string
    ? string
    : T extends readonly (infer E)[]
      ? readonly Widen<E>[]
      : { [K in keyof T]: Widen<T[K]> };

export type Words = Widen<typeof zh>;

const DICTIONARY: Record<Locale, Words> = { zh, en };

/** Every word of a locale, by domain section. */
export const words = (locale: Locale): Words => DICTIONARY[locale];

/** One text in every language, for the files that carry them all (datapackage.json, the catalogue, the feed). */
export const inEveryLanguage = (pick: (w: Words) => string): Record<Locale, string> =>
  Object.fromEntries(LOCALES.map((l) => [l, pick(words(l))])) as Record<Locale, string>;
