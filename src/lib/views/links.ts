import type { Row } from '../data/dataset.ts';
import type { Campaign, Place } from '../data/schema.ts';
import { localePath, nameOf, type Locale } from '../i18n/locale.ts';
import { words } from '../i18n/words.ts';

/** A link with its words: what the link lists, breadcrumbs and cards render. */
export interface Link {
  href: string;
  name: string;
  /** Grey text after the link, e.g. its level or kind. */
  meta?: string;
}

export const placeHref = (locale: Locale, id: string) => localePath(locale, `/places/${id}/`);
export const campaignHref = (locale: Locale, id: string) => localePath(locale, `/campaigns/${id}/`);
export const metricHref = (locale: Locale, id: string) => localePath(locale, `/metrics/${id}/`);

/** A place's link, with its level as meta. */
export const placeLink = (p: Row<Place>, locale: Locale): Link => ({
  href: placeHref(locale, p.id),
  name: nameOf(p, locale),
  meta: words(locale).site.levels[p.level],
});

/** A campaign's link, with its kind as meta. */
export const campaignLink = (c: Row<Campaign>, locale: Locale): Link => ({
  href: campaignHref(locale, c.id),
  name: nameOf(c, locale),
  meta: words(locale).site.kinds[c.kind],
});

/** A figure's own page, where one number can be read and cited with one link. */
export const figureHref = (locale: Locale, id: string) => localePath(locale, `/figures/${id}/`);

/** A file of the data downloads: one per site, not per language (the root locale's path has no prefix). */
export const dataHref = (file: string) => localePath('zh', `/data/${file}`);
