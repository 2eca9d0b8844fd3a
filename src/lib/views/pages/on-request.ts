/**
 * The pages that make a chart's embed and share page on request, in the national layout
 * (src/lib/views/blocks/chart-files.ts): one of each per language, the chart named in the query
 * (urls.embedOnRequest, urls.shareOnRequest). Their scripts take the chart from the page that draws it
 * (urls.chartSource); a stat, from its figure page, which carries it for them (statOnRequest).
 */
import type { Query } from '../../data/query.ts';
import { ACCESS_DATE_FIELD, cite } from '../../exports/cite.ts';
import { dataVersion } from '../../exports/version.ts';
import { publicSite } from '../../hosting/site-config.ts';
import { LOCALES, type Locale } from '../../i18n/locale.ts';
import { words } from '../../i18n/words.ts';
import * as urls from '../../urls.ts';
import { chartFilesAhead } from '../blocks/chart-files.ts';
import { statKey } from '../blocks/keys.ts';
import { hasChart, registeredChart } from '../blocks/registry.ts';
import { HEIGHT_SLOT, TITLE_SLOT, URL_SLOT } from './on-request-slots.ts';
import {
  embedMetaHtml,
  embedThemeOptions,
  iframeSnippet,
  resizerSnippet,
  type SharePanelModel,
} from './embed-page.ts';

/** What an image of a chart prints around it (src/lib/charts/framed.ts), as the share page's script reads it. */
export interface FrameWords {
  title: string;
  subtitle: string;
  unit: string;
  source: string;
}

/**
 * A stat as its figure page carries it for the embed and share page made on request: the stat as its
 * embed draws it, and the words of its image. Only in the national layout, where it has no files.
 */
export function statOnRequest(q: Query, figureId: string, locale: Locale) {
  const key = statKey(figureId);
  if (chartFilesAhead(q, key) || !hasChart(q, locale, key)) return undefined;
  const c = registeredChart(q, locale, key);
  const frame: FrameWords = { title: c.title, subtitle: c.subtitle, unit: c.unit, source: c.source };
  return { id: urls.STAT_EMBED_ID, html: c.figureHtml(), frame: JSON.stringify(frame) };
}

/** The embed page made on request: its words and the line under the chart, the chart's address left to its script. */
export function embedOnRequestPage(locale: Locale) {
  const w = words(locale).embed;
  const meta = embedMetaHtml(locale, urls.home(locale), true);
  return {
    title: w.chart,
    notFound: w.notFound,
    needsScript: w.needsScript,
    meta,
    canonical: urls.localePath(locale, '/embed/'),
  };
}

/** The share page made on request: the share panel with stand-ins for what its script fills in (the chart, the snippet, the files). */
export function shareOnRequestPage(locale: Locale, site: string | URL) {
  const w = words(locale).embed;
  const origin = publicSite(site);
  const citation = cite(
    { title: TITLE_SLOT, url: URL_SLOT, version: dataVersion(), accessed: ACCESS_DATE_FIELD },
    locale,
  ).text;
  const panel: SharePanelModel = {
    words: w,
    siteKnown: origin !== undefined,
    locale,
    title: w.chart,
    files: { embed: urls.localePath(locale, '/embed/') },
    iframe: '',
    iframeHeight: 300,
    resizer: resizerSnippet(origin),
    citation,
    onRequest: true,
  };
  const options = {
    languages: LOCALES.map((l) => ({
      locale: l,
      label: w.languages[l],
      snippet: '',
      src: urls.localePath(l, '/embed/'),
    })),
    themes: embedThemeOptions(locale),
  };
  return {
    title: w.shareTitle(w.chart),
    heading: w.shareTitle(TITLE_SLOT),
    notFound: w.notFound,
    needsScript: w.needsScript,
    origin: origin ?? '',
    /** The embed code, its chart's address, title and height left to the script. */
    iframe: iframeSnippet(URL_SLOT, TITLE_SLOT, HEIGHT_SLOT),
    version: w.dataVersion(dataVersion()),
    panel,
    options,
  };
}
