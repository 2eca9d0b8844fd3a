import type { Row } from '../data/dataset.ts';
import type { Campaign, Place } from '../data/schema.ts';
import { nameOf, type Locale } from '../i18n/locale.ts';
import * as urls from '../urls.ts';
import { words } from '../i18n/words.ts';

/** A link with its words: what the link lists, breadcrumbs and cards render. */
export interface Link {
  href: string;
  name: string;
  /** Grey text after the link, e.g. its level or kind. */
  meta?: string;
}

/** A place's link, with its level as meta. */
export const placeLink = (p: Row<Place>, locale: Locale): Link => ({
  href: urls.place(locale, p.id),
  name: nameOf(p, locale),
  meta: words(locale).site.levels[p.level],
});

/** A campaign's link, with its kind as meta. */
export const campaignLink = (c: Row<Campaign>, locale: Locale): Link => ({
  href: urls.campaign(locale, c.id),
  name: nameOf(c, locale),
  meta: words(locale).site.kinds[c.kind],
});
