/**
 * Every address the site makes, one function per file or folder of src/pages/ (and public/), in
 * the order of that tree; nothing else writes a path. Each returns the URL path as served, the
 * sub-path included: pages in a language (Chinese at the root, English under /en/), files made once
 * for both languages (downloads, chart CSVs, explorer shards) at the root only.
 * Imported by browser code too: it imports nothing but a type.
 */
import type { Locale } from './i18n/locale.ts';

/**
 * The sub-path the site is served under (Astro's `base`, from BASE_PATH), without its trailing
 * slash: '' at a host's root, '/data/crackdown' under a sub-path.
 */
export const BASE_PATH = (import.meta.env?.BASE_URL ?? '/').replace(/\/+$/, '');

/** A site path (`/favicon.svg`, `/data/figures.csv`) as the URL path it is served at, base included. */
export function withBase(path: string): string {
  return `${BASE_PATH}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The URL of a site path in a locale: Chinese at the root, English under /en/ (base included). */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return withBase(locale === 'zh' ? clean : `/en${clean}`);
}

/** The site path of a URL path without the base and its locale prefix. */
export function stripLocale(pathname: string): string {
  const path =
    BASE_PATH && pathname.startsWith(`${BASE_PATH}/`) ? pathname.slice(BASE_PATH.length) : pathname;
  return path.replace(/^\/en(?=\/|$)/, '') || '/';
}

/** An address made here as an absolute URL on the site at `site` (its origin; the path carries the base). */
export const absolute = (site: string | URL, path: string) => `${String(site).replace(/\/+$/, '')}${path}`;

/**
 * An address to hand out: absolute on a site whose public origin is known, else the path alone, which
 * a page completes with its own origin when it runs (the head script, `data-origin`).
 */
export const address = (site: string | undefined, path: string) => (site ? absolute(site, path) : path);

/** The anchor of a page's hidden search terms (SearchTerms.astro): results never excerpt from it. */
export const searchTermsAnchor = (name: string) => `terms-${name}`;
export const SEARCH_TERMS_FRAGMENT = '#terms-';

/**
 * In text holding addresses handed out as paths, a path after a space, quote, bracket, or Chinese
 * full stop or colon: the page completes it with its own origin when it runs (the head script,
 * src/client/brief.ts). The first group is what stands before the path.
 */
export const HANDED_OUT_PATH = /(^|[\s"'({\uff08\u3002\uff1a])\/(?=[^\s/])/g;

// [...lang]/index.astro, methodology.astro, data.astro
export const home = (locale: Locale) => localePath(locale, '/');
export const methodology = (locale: Locale) => localePath(locale, '/methodology/');
export const discrepancy = (locale: Locale, id: string) => `${methodology(locale)}#discrepancy-${id}`;
/** The methodology's paragraph on figures that may overlap (derived rows not listed there are explained by it). */
export const mayOverlap = (locale: Locale) => `${methodology(locale)}#may-overlap`;
export const dataPage = (locale: Locale) => localePath(locale, '/data/');
/** The citation box of the data page. */
export const dataCite = (locale: Locale) => `${dataPage(locale)}#cite`;

// [...lang]/places/, campaigns/, metrics/: the index and one page each
export const places = (locale: Locale) => localePath(locale, '/places/');
export const place = (locale: Locale, id: string) => localePath(locale, `/places/${id}/`);
export const campaigns = (locale: Locale) => localePath(locale, '/campaigns/');
export const campaign = (locale: Locale, id: string) => localePath(locale, `/campaigns/${id}/`);
export const metrics = (locale: Locale) => localePath(locale, '/metrics/');
export const metric = (locale: Locale, id: string) => localePath(locale, `/metrics/${id}/`);

/** The pages that publish a CSV of every figure they are about. */
export type FiguresPageKind = 'places' | 'campaigns' | 'metrics';
/** [kind]/[entity]/all-figures.csv.ts: a page's figures, beside the Chinese page (the rows hold both languages). */
export const pageCsv = (kind: FiguresPageKind, entity: string) =>
  localePath('zh', `/${kind}/${entity}/all-figures.csv`);

/** [...lang]/search.astro: the search results, of `q` when given (Pagefind runs in the browser). */
export const search = (locale: Locale, q?: string) =>
  `${localePath(locale, '/search/')}${q ? `?q=${encodeURIComponent(q)}` : ''}`;

// [...lang]/figures/: the explorer (its first page is the folder of the figure pages), page/[n], [id]
export const figures = (locale: Locale) => localePath(locale, '/figures/');
export const explorerPage = (locale: Locale, n: number) =>
  n === 1 ? figures(locale) : localePath(locale, `/figures/page/${n}/`);
export const figure = (locale: Locale, id: string) => `${figures(locale)}${id}/`;
/** figures-data/[shard].json.ts: the explorer's rows, from 1; both languages in one set. */
export const explorerShard = (n: number) => withBase(`/figures-data/${n}.json`);

/** [...lang]/brief/[kind]/[id].astro: a place's or a campaign's one-page briefing sheet. */
export const brief = (locale: Locale, kind: 'places' | 'campaigns', id: string) =>
  localePath(locale, `/brief/${kind}/${id}/`);

// [...lang]/embed/[kind]/[entity]/[chart]/: every file of one chart, by its key `<kind>/<entity>/<chart>`
export const embed = (locale: Locale, key: string) => localePath(locale, `/embed/${key}/`);
export const chartHtml = (locale: Locale, key: string) => `${embed(locale, key)}chart.html`;
export const chartSvg = (locale: Locale, key: string) => `${embed(locale, key)}chart.svg`;
/** `image` is chart, chart@2x or slide. */
export const chartPng = (locale: Locale, key: string, image: string) => `${embed(locale, key)}${image}.png`;
export const oembed = (locale: Locale, key: string) => `${embed(locale, key)}oembed.json`;
/** The rows behind a chart: in the Chinese folder only, as they hold both languages. */
export const chartCsv = (key: string) => `${embed('zh', key)}data.csv`;
/** [...lang]/share/[kind]/[entity]/[chart].astro */
export const share = (locale: Locale, key: string) => localePath(locale, `/share/${key}/`);
/** The query parameter naming a chart on the pages that make its embed and share page on request. */
export const CHART_PARAM = 'chart';
/** [...lang]/embed/index.astro: a chart's embed made on request, in the national layout. */
export const embedOnRequest = (locale: Locale, key: string) =>
  `${localePath(locale, '/embed/')}?${CHART_PARAM}=${key}`;
/** [...lang]/share/index.astro: a chart's share page made on request, in the national layout. */
export const shareOnRequest = (locale: Locale, key: string) =>
  `${localePath(locale, '/share/')}?${CHART_PARAM}=${key}`;
/** The id of the stat a figure page carries for its embed and share page made on request. */
export const STAT_EMBED_ID = 'stat-embed';
/** A chart key (views/blocks/keys.ts): a kind and two ids of letters, digits, `_` and `-`. */
const CHART_KEY = /^(places|campaigns|metrics|figures)\/([\w-]+)\/([\w-]+)$/;

/** The page a chart is drawn on: a place's, campaign's or metric's page, or the overview. */
export const chartPage = (
  locale: Locale,
  kind: 'places' | 'campaigns' | 'metrics' | 'overview',
  entity: string,
) =>
  kind === 'overview'
    ? home(locale)
    : { places: place, campaigns: campaign, metrics: metric }[kind](locale, entity);
/** A chart's anchor on its page: its figure's id (charts/figure-html.ts). */
export const chartAnchor = (chartId: string) => `chart-${chartId}`;

/**
 * Where a chart made on request is taken from: the page that draws it and its element's id there (a
 * stat: its figure page), and the chart's address on the site; undefined for a key that names none.
 */
export function chartSource(
  locale: Locale,
  key: string,
): { page: string; id: string; href: string } | undefined {
  const [, kind, entity, chart] = CHART_KEY.exec(key) ?? [];
  if (!kind || !entity || !chart) return undefined;
  if (kind === 'figures') {
    const page = figure(locale, entity);
    return chart === 'stat' ? { page, id: STAT_EMBED_ID, href: page } : undefined;
  }
  const page = chartPage(locale, kind as 'places', entity);
  const id = chartAnchor(chart);
  return { page, id, href: `${page}#${id}` };
}

/** data/[...file].ts: a file of the data release, e.g. `plain/figures.csv`; one per site. */
export const dataFile = (file: string) => withBase(`/data/${file}`);
/** A published table in a format, e.g. /data/figures.csv. */
export const download = (name: string, format: 'csv' | 'json') => dataFile(`${name}.${format}`);
/** Every table in one Excel workbook, a file of the data release (src/lib/exports/release.ts). */
export const WORKBOOK = 'crackdown-data.xlsx';
export const workbook = () => dataFile(WORKBOOK);

// robots.txt.ts, and the sitemap written after `astro build` (scripts/build.ts)
export const robots = () => withBase('/robots.txt');
export const sitemapIndex = () => withBase('/sitemap-index.xml');

// public/
export const favicon = () => withBase('/favicon.svg');
export const embedResizer = () => withBase('/embed-resize.js');

// Written after `astro build` (src/lib/built-site/search.ts): the search code and Pagefind's index.
// `base` is the sub-path with its trailing slash, as the code that asks knows it: the head script
// is fixed before the build knows BASE_PATH (its hash goes into the CSP), the search bundle gets it
// from its own build.
export const searchScript = (base: string) => `${base}search/search.js`;
export const searchCss = (base: string) => `${base}search/search.css`;
/** The results page's own code (src/client/search-results.ts), which it loads itself. */
export const searchResultsScript = (base: string) => `${base}search/search-results.js`;
export const pagefindScript = (base: string) => `${base}pagefind/pagefind.js`;
/**
 * The code of the embed and share page made on request (src/lib/built-site/on-request.ts), bundled
 * after `astro build` like the search's, so that their pages load it with a plain import(), without
 * Vite's preload helper at load.
 */
export const onRequestScript = (page: 'embed' | 'share') => withBase(`/on-request/${page}.js`);
