import type { Locale } from '../i18n/locale.ts';
import * as urls from '../urls.ts';
import type { Link } from './links.ts';
import { words } from '../i18n/words.ts';

/** How much of a long list a page shows, so no page's HTML grows with the data (the rest is in the downloads). */
export const MAX_SECTIONS = 10;
/** Most in-context comparisons on a place page (each a ranked chart of up to 25 bars). */
export const MAX_CONTEXT = 8;
/** Most blocks (charts and stats) a place page draws below its comparisons, whatever its sections hold. */
export const MAX_PAGE_BLOCKS = 90;
/** Most discrepancies a place or figure page lists, and most derived may-overlap rows the methodology page lists (all are in the discrepancies download). */
export const MAX_DISCREPANCIES = 20;
/**
 * A figure page names fewer: it is about one number, and at national scale a county figure may
 * overlap with dozens of its province's (20 notes were 24 kB of a page); the rest are in the table.
 */
export const MAX_FIGURE_DISCREPANCIES = 5;
export const MAX_LINKS = 50;
export const MAX_ROWS = 100;

/** The first `max` items and how many are left out. */
export function cap<T>(items: T[], max: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/**
 * A list of links cut to MAX_LINKS, ending with a link to the index the rest are reached from: the
 * places index lists every place; the campaigns index lists campaigns and operations, and their pages list their cases.
 */
export function cappedLinks(links: Link[], locale: Locale, index: 'places' | 'campaigns'): Link[] {
  const { shown, more } = cap(links, MAX_LINKS);
  const w = words(locale).forms;
  const name = index === 'places' ? w.moreLinks(more) : w.moreCampaignLinks(more);
  return more > 0 ? [...shown, { href: urls[index](locale), name }] : shown;
}

/** A list of discrepancies cut to `max`, with the link to the discrepancies download when some are left out. */
export function cappedDiscrepancies<T>(rows: T[], locale: Locale, max = MAX_DISCREPANCIES) {
  const { shown, more } = cap(rows, max);
  const text = words(locale).forms.moreDiscrepancies(more);
  return { shown, more: more > 0 ? { text, href: urls.download('discrepancies', 'csv') } : undefined };
}

/** The note under a page's capped sections, linking the CSV of every figure of the page; none when nothing is left out. */
export function moreNote(
  locale: Locale,
  more: number,
  page: { kind: urls.FiguresPageKind; entity: string },
  text?: string,
) {
  const w = words(locale).forms;
  return more > 0
    ? { text: text ?? w.moreSections(more), href: urls.pageCsv(page.kind, page.entity), label: w.allCsv }
    : undefined;
}
