import type { Query } from '../../data/query.ts';
import { fieldOf, htmlLang, nameOf, noteOf, otherLocale, type Locale } from '../../i18n/locale.ts';
import { campaignLink, placeLink, type Link } from '../links.ts';
import { withFigureRows } from '../figure-table.ts';
import { placeChartGroups } from '../blocks/page-blocks.ts';
import { pageOembedPath } from '../blocks/chart-files.ts';
import { figuresLocatedIn, placeHasPage, placePageIds } from '../place-pages.ts';
import { figureTitle } from '../figure-name.ts';
import { cap, cappedDiscrepancies, cappedLinks, MAX_LINKS, moreNote } from '../cap.ts';
import * as urls from '../../urls.ts';
import { words } from '../../i18n/words.ts';
import { discrepanciesOf } from '../../i18n/overlaps.ts';

/** getStaticPaths params of the place pages. */
export const placePageParams = (q: Query) => placePageIds(q).map((id) => ({ id }));

/** The page title with the name in the other language beside it. */
export function entityTitle(row: { name_zh: string; name_en: string }, locale: Locale) {
  const other = otherLocale(locale);
  return { name: nameOf(row, locale), otherName: nameOf(row, other), otherLang: htmlLang(other) };
}

/** A place page: breadcrumbs, its own figures, those of the places below it (never merged), places within, campaigns. */
export function placePage(q: Query, id: string, locale: Locale) {
  const t = words(locale).site;
  const w = words(locale).forms;
  const place = q.place(id);
  const hasPage = placeHasPage(q);
  const groups = placeChartGroups(q, id, locale);
  const figureIds = new Set(
    [...groups.own, ...groups.prefectures, ...groups.counties].flatMap((s) =>
      s.group.figures.map((f) => f.id),
    ),
  );
  const title = entityTitle(place, locale);
  const notes = cappedDiscrepancies(discrepanciesOf(q, figureIds), locale);
  return {
    brief: { href: urls.brief(locale, 'places', id), label: words(locale).embed.briefLink },
    ...title,
    description: t.labelled(title.name, t.siteTagline),
    crumbs: [
      { href: urls.places(locale), name: t.nav.places },
      ...q
        .ancestors(id)
        .reverse()
        .map((a): Link => ({ href: urls.place(locale, a.id), name: nameOf(a, locale) })),
    ],
    // The level only: the GB/T 2260 code is for machines (data-gbt2260, the tables and downloads).
    meta: t.levels[place.level],
    code: place.gbt2260,
    note: noteOf(place, locale),
    levelWarning: groups.prefectures.length + groups.counties.length > 0,
    groups: {
      ...groups,
      own: withFigureRows(q, groups.own, locale),
      prefectures: withFigureRows(q, groups.prefectures, locale),
      counties: withFigureRows(q, groups.counties, locale),
    },
    hasCharts: figureIds.size > 0,
    oembed: pageOembedPath(q, locale, [
      ...groups.context,
      ...[...groups.own, ...groups.prefectures, ...groups.counties].flatMap((g) => g.blocks),
    ]),
    context: { heading: w.inContext, note: w.inContextNote, blocks: groups.context },
    more: moreNote(locale, groups.more, { kind: 'places', entity: id }),
    within: cappedLinks(
      q
        .descendants(id)
        .filter((p) => hasPage(p.id))
        .map((p) => placeLink(p, locale)),
      locale,
      'places',
    ),
    // Figures of things that happened here, reported by another place's police (Daqing's gang in Changchun).
    located: cap(figuresLocatedIn(q, id), MAX_LINKS).shown.map((fid): Link => ({
      href: urls.figure(locale, fid),
      name: figureTitle(q, fid, locale).title,
    })),
    campaigns: cappedLinks(
      q.campaignsOfPlace(id).map((c) => campaignLink(c, locale)),
      locale,
      'campaigns',
    ),
    // Those of its figures and of the places below it, derived may-overlap rows included.
    discrepancies: notes.shown.map((d) => t.atPage(t.page(d.page), fieldOf(d, 'text', locale))),
    discrepanciesMore: notes.more,
  };
}
