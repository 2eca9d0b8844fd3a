/**
 * Which charts have files of their own (embed page, share page, SVG, offline file, oEmbed, PNGs, CSV)
 * and so where a chart's links go. In the full layout every chart has them; in the national layout
 * (src/lib/hosting/layout.ts) only the overview's few maps do, and every other chart's embed and share
 * page are made on request from the page that draws it (urls.embedOnRequest, urls.shareOnRequest).
 */
import type { Query } from '../../data/query.ts';
import type { Locale } from '../../i18n/locale.ts';
import { siteLayout } from '../../hosting/layout.ts';
import * as urls from '../../urls.ts';
import { keyParts } from './keys.ts';

/** The data set's layout, from its figure count (SITE_LAYOUT to choose). */
export const layoutOf = (q: Query) => siteLayout(q.data.figures.length);

/** Whether a chart's own files are built ahead. */
export const chartFilesAhead = (q: Query, key: string) =>
  layoutOf(q) === 'full' || keyParts(key).kind === 'overview';

/** The chart's share page: its own, or the one made on request. */
export const chartShareHref = (q: Query, locale: Locale, key: string) =>
  chartFilesAhead(q, key) ? urls.share(locale, key) : urls.shareOnRequest(locale, key);

/** The CSV of exactly the chart's rows, when built ahead; else none (its page's CSV holds them). */
export const chartCsvHref = (q: Query, key: string) =>
  chartFilesAhead(q, key) ? urls.chartCsv(key) : undefined;

/** The oEmbed a page advertises: its first chart's (oEmbed consumers read the first link), when built ahead. */
export function pageOembedPath(q: Query, locale: Locale, blocks: { key: string }[]): string | undefined {
  const first = blocks[0];
  return first && chartFilesAhead(q, first.key) ? urls.oembed(locale, first.key) : undefined;
}
