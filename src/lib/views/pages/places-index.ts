import type { Query } from '../../data/query.ts';
import { nameOf, type Locale } from '../../i18n/locale.ts';
import { figuresLocatedIn, placeHasPage, placePageIds } from '../place-pages.ts';
import * as urls from '../../urls.ts';
import { words } from '../../i18n/words.ts';

/** The places index: each province with a page, its figure count, and the places with pages within it. */
export function placesIndex(q: Query, locale: Locale) {
  const t = words(locale).site;
  const hasPage = placeHasPage(q);
  const located = (id: string) => {
    const n = figuresLocatedIn(q, id).length;
    return n ? [t.locatedCount(n)] : [];
  };
  return placePageIds(q)
    .map((id) => q.place(id))
    .filter((p) => p.level === 'province')
    .map((p) => ({
      href: urls.place(locale, p.id),
      name: nameOf(p, locale),
      meta: t.provinceFigureCount(q.figuresOfPlace(p.id).length),
      within: q
        .descendants(p.id)
        .filter((d) => hasPage(d.id))
        .map((d) => ({
          href: urls.place(locale, d.id),
          name: nameOf(d, locale),
          meta: [t.levels[d.level], t.figureCount(q.figuresOfPlace(d.id).length), ...located(d.id)].join(
            ' · ',
          ),
        })),
    }));
}
