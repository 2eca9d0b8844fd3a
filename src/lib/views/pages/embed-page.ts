/** View models of the embed page, the share page and the per-chart files (chart.html, oEmbed, images). */
import type { Frame } from '../../charts/framed.ts';
import { encode } from 'uqr';
import { perDataset } from '../../data/memo.ts';
import type { Query } from '../../data/query.ts';
import { ACCESS_DATE_FIELD, cite } from '../../exports/cite.ts';
import { DATA_LICENSE, DATASET } from '../../exports/about.ts';
import { dataVersion } from '../../exports/version.ts';
import { LOCALES, type Locale } from '../../i18n/locale.ts';
import { chartImageSize, IMAGE_NAMES } from '../../images/render.ts';
import { wrapText } from '../../charts/text.ts';
import { html } from '../../html/html.ts';
import { langParam } from '../../i18n/routes.ts';
import { publicSite } from '../../hosting/site-config.ts';
import {
  chartCount,
  chartKeys,
  hasChart,
  chartRegistry,
  registeredChart,
  type RegisteredChart,
} from '../blocks/registry.ts';
import { keyParts } from '../blocks/keys.ts';
import { chartFilesAhead } from '../blocks/chart-files.ts';
import * as urls from '../../urls.ts';
import { words } from '../../i18n/words.ts';

/**
 * Build-ahead switch: PNGs and slides are drawn at build time while a locale has at most this many
 * charts (about 0.15 s of build per chart for 1×, 2× and the slide); above it they are left out. Set
 * CHART_PNG_LIMIT=0 to skip them, e.g. for quick local builds.
 */
const PNG_LIMIT = Number(process.env.CHART_PNG_LIMIT ?? 5000);

/** Per-chart CSVs (data.csv in the chart's embed folder) are published: embeds link them. */
export const CHART_CSVS_PUBLISHED = true;

/** Whether standalone SVGs carry their own font subset (CHART_SVG_FONT=1; by default they name the bundled font, then system fonts). */
export const SVG_FONT = process.env.CHART_SVG_FONT === '1';

/** Every character any chart image of the site prints, both languages: one font subset for all PNGs. */
export const imageGlyphs = (q: Query, site: string | URL): string => glyphsAt(q, String(site));

const glyphsAt = perDataset((q: Query, site: string): string => {
  const text = LOCALES.flatMap((locale) =>
    [...chartRegistry(q, locale)].map((c) => {
      const { frame } = chartEmbed(q, locale, c.key, site);
      return Object.values(frame).join('') + c.plot().svg.replace(/<[^>]*>/g, '');
    }),
  );
  return [...new Set(text.join(''))].sort().join('');
});

/** The snippet's iframe width (px), as its oEmbed answer gives it; its height is the content's (embedHeight). */
export const IFRAME_WIDTH = 480;
/** The narrowest column the height must also hold (a phone's 375 px less the host's margins): text wraps more, the chart shrinks. */
const NARROW_WIDTH = 343;

/** How an embed sets a text block (charts.css, embed.css), in px: font size, line height, margins. */
interface TextStyle {
  size: number;
  line: number;
  before: number;
  after: number;
  bold?: boolean;
}
const small = { size: 14, line: 19.6, before: 4, after: 8 };
const STYLES: Record<string, TextStyle> = {
  'chart-title': { size: 17.6, line: 22.88, before: 0, after: 0, bold: true },
  'chart-subtitle': small,
  'chart-source': small,
  'chart-actions': small,
  'stat-label': { ...small, before: 0, after: 0 },
  'stat-value': { size: 24, line: 28.8, before: 0, after: 0, bold: true },
  'stat-meta': { ...small, before: 0, after: 0 },
  // A closed <details>: its summary line.
  'chart-table': { ...small, before: 0, after: 0 },
  'stat-quote': { ...small, before: 0, after: 0 },
  'embed-meta': { size: 13, line: 18.2, before: 4, after: 0 },
};
/** body.embed padding (embed.css): 8 px above and below, 12 px each side. */
const PAD_Y = 8;
const PAD_X = 12;
/** Room for a line more than estimated, as a host's fonts may set text wider than textWidth reckons. */
const SLACK = 20;

/** The text of an HTML fragment. */
const textOf = (fragment: string) =>
  fragment
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, 'x')
    .replace(/\s+/g, ' ')
    .trim();

/** The height (px) of an embed's body laid out at a frame width: its text blocks wrapped, its chart scaled to the column, margins collapsed. */
export function embedLayoutHeight(bodyHtml: string, frameWidth: number): number {
  const column = frameWidth - 2 * PAD_X;
  const blocks: { height: number; before: number; after: number }[] = [];
  const pattern =
    /<svg\b[^>]*viewBox="0 0 ([\d.]+) ([\d.]+)"[^>]*>[\s\S]*?<\/svg>|<(p|h2|details)\b[^>]*class="([^"]*)"[^>]*>([\s\S]*?)<\/\3>/g;
  for (const m of bodyHtml.matchAll(pattern)) {
    if (m[1]) {
      const [w, h] = [Number(m[1]), Number(m[2])];
      blocks.push({ height: h * Math.min(1, column / w), before: 0, after: 0 });
      continue;
    }
    const style = STYLES[m[4]!.split(/\s+/)[0]!];
    if (!style) continue;
    // A closed <details> shows its summary only.
    const inner = m[3] === 'details' ? (/<summary>([\s\S]*?)<\/summary>/.exec(m[5]!)?.[1] ?? '') : m[5]!;
    const lines = wrapText(textOf(inner), column, style.size * (style.bold ? 1.08 : 1)).length;
    blocks.push({ height: lines * style.line, before: style.before, after: style.after });
  }
  let height = 2 * PAD_Y;
  blocks.forEach((b, i) => {
    height += b.height + (i > 0 ? Math.max(blocks[i - 1]!.after, b.before) : 0);
  });
  // The last block's bottom margin collapses through the figure but not through the body's padding.
  return height + (blocks.at(-1)?.after ?? 0);
}

/** The snippet's default height: what the embed draws at the snippet's width or in a phone's column, whichever is taller, and a line more. */
export const embedHeight = (bodyHtml: string): number =>
  Math.ceil(
    Math.max(embedLayoutHeight(bodyHtml, IFRAME_WIDTH), embedLayoutHeight(bodyHtml, NARROW_WIDTH)) + SLACK,
  );

/** Whether the PNGs of a locale's charts are built ahead. */
export const pngsAhead = (q: Query, locale: Locale) => chartCount(q, locale) <= PNG_LIMIT;

type ChartRoute = {
  params: { lang: string | undefined } & ReturnType<typeof keyParts>;
  props: { locale: Locale; key: string };
};
const chartRoutesOf = perDataset((q: Query): ChartRoute[] =>
  LOCALES.flatMap((locale) =>
    chartKeys(q, locale)
      .filter((key) => chartFilesAhead(q, key))
      .map((key) => ({
        params: { lang: langParam(locale), ...keyParts(key) },
        props: { locale, key },
      })),
  ),
);

/**
 * getStaticPaths entries for every chart in every locale, made once: the chart's five routes share the
 * entries (Astro keeps each route's until the end of the build), each in an array of its own (Astro
 * indexes a route's paths on the array it gets).
 */
export const chartRoutes = (q: Query): ChartRoute[] => [...chartRoutesOf(q)];

/** Every chart's PNGs (chart.png, chart@2x.png, slide.png) when they are built ahead, else none. */
export const pngRoutes = (q: Query) =>
  chartRoutes(q)
    .filter((r) => pngsAhead(q, r.props.locale))
    .flatMap((r) => IMAGE_NAMES.map((image) => ({ ...r, params: { ...r.params, image } })));

/**
 * The line under the chart in an embed: the chart on the site, data version, licence, how to cite.
 * `marked` marks the link for the embed made on request, whose script points it at the chart.
 */
export function embedMetaHtml(locale: Locale, pageHref: string, marked = false): string {
  const w = words(locale).embed;
  const sources = words(locale).sources;
  return String(
    html`<p class="embed-meta"><a href="${pageHref}" target="_top"${marked ? html` data-chart-page` : ''}>${w.viewOnSite}</a> · ${w.dataVersion(dataVersion())} · <a rel="license" href="${DATA_LICENSE.path}">${sources.license.link}</a> · <a href="${urls.dataCite(locale)}">${sources.cite.link}</a></p>`,
  );
}

/** The embed code: the chart's embed at the snippet's width and a height (the share page made on request fills stand-ins in). */
export const iframeSnippet = (src: string, title: string, height: number | string) =>
  `<iframe src="${src}" title="${title.replace(/"/g, '&quot;')}" width="${IFRAME_WIDTH}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;

/** The optional script that fits an embed's height to its content, from the site's origin when known. */
export const resizerSnippet = (origin: string | undefined) =>
  `<script src="${urls.address(origin, urls.embedResizer())}" async></script>`;

/** The themes an embed takes, as the share page offers them. */
export const embedThemeOptions = (locale: Locale) =>
  EMBED_THEMES.map((theme) => ({ theme, label: words(locale).embed.themes[theme] }));

/** Everything about one chart's embed: its addresses, snippets, citation and image frame. */
export function chartEmbed(q: Query, locale: Locale, key: string, site: string | URL) {
  const c: RegisteredChart = registeredChart(q, locale, key);
  const w = words(locale).embed;
  const sources = words(locale).sources;
  /** The public origin, if the build knows it (SITE_URL); else addresses are paths, completed where they run. */
  const origin = publicSite(site);
  const abs = (path: string) => urls.address(origin, path);
  const base = urls.embed(locale, key);
  const version = dataVersion();
  const files = {
    embed: base,
    share: urls.share(locale, key),
    page: c.pageHref,
    html: urls.chartHtml(locale, key),
    oembed: urls.oembed(locale, key),
    svg: urls.chartSvg(locale, key),
    png1: pngsAhead(q, locale) ? urls.chartPng(locale, key, 'chart') : undefined,
    png2: pngsAhead(q, locale) ? urls.chartPng(locale, key, 'chart@2x') : undefined,
    slide: pngsAhead(q, locale) ? urls.chartPng(locale, key, 'slide') : undefined,
    csv: CHART_CSVS_PUBLISHED ? c.csvHref : undefined,
  };
  const metaHtml = embedMetaHtml(locale, abs(c.pageHref));
  let body: string | undefined;
  /** The embed page's body: the chart as its page draws it and the line under it (drawn once, when asked). */
  const bodyHtml = () => (body ??= c.figureHtml() + metaHtml);
  let height: number | undefined;
  /** The snippet's height: what the embed draws (embedHeight). */
  const iframeHeight = () => (height ??= embedHeight(bodyHtml()));
  const iframe = () => iframeSnippet(abs(base), c.title, iframeHeight());
  const resizer = resizerSnippet(origin);
  const citation = cite(
    { title: c.title, url: abs(c.pageHref), version, accessed: ACCESS_DATE_FIELD },
    locale,
  ).text;
  const frame: Frame = {
    locale,
    title: c.title,
    subtitle: c.subtitle,
    unit: c.unit,
    source: c.source,
    address: origin ? abs(c.pageHref) : '',
    version: w.dataVersion(version),
    credit: `${DATASET.title[locale]} · ${words(locale).sources.license.link}`,
    qr: encode(abs(c.pageHref), { border: 0 }).data,
  };
  /** The oEmbed answer: the iframe at its size, and the 1× PNG as its thumbnail when built ahead. */
  const oembed = () => {
    const thumbnail = files.png1 && chartImageSize(c.plot(), frame);
    return {
      version: '1.0',
      type: 'rich',
      title: c.title,
      provider_name: DATASET.title[locale],
      provider_url: abs(urls.home(locale)),
      html: iframe(),
      width: IFRAME_WIDTH,
      height: iframeHeight(),
      ...(files.png1 &&
        thumbnail && {
          thumbnail_url: abs(files.png1),
          thumbnail_width: thumbnail.width,
          thumbnail_height: thumbnail.height,
        }),
    };
  };
  const licence = sources.license.link;
  return {
    chart: c,
    words: w,
    files,
    abs,
    bodyHtml,
    iframe,
    iframeHeight,
    resizer,
    citation,
    frame,
    oembed,
    version,
    licence,
    siteKnown: origin !== undefined,
  };
}

export type ChartEmbed = ReturnType<typeof chartEmbed>;

/** The themes an embed takes by `?theme=`: light without it. */
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;

/**
 * The share page's choices: the snippet in each language that has this chart (its height is that
 * language's), and the themes; the page's script adds `?theme=` to the snippet's address and shows
 * the choice in a preview.
 */
export function shareOptions(q: Query, locale: Locale, key: string, site: string | URL) {
  const w = words(locale).embed;
  const languages = LOCALES.flatMap((l) => {
    if (!hasChart(q, l, key)) return [];
    const v = chartEmbed(q, l, key, site);
    return [{ locale: l, label: w.languages[l], snippet: v.iframe(), src: urls.embed(l, key) }];
  });
  return { languages, themes: embedThemeOptions(locale) };
}

/** What the share panel shows (SharePanel.astro): a built chart's files, or the stand-ins the page made on request fills in. */
export interface SharePanelModel {
  words: ReturnType<typeof words>['embed'];
  siteKnown: boolean;
  locale: Locale;
  title: string;
  files: {
    embed: string;
    svg?: string;
    png1?: string;
    png2?: string;
    slide?: string;
    csv?: string;
    html?: string;
    oembed?: string;
  };
  iframe: string;
  iframeHeight: number;
  resizer: string;
  citation: string;
  /** The share page made on request: its script fills in the chart, the snippet and the files. */
  onRequest: boolean;
}

/** The share panel of a chart whose files are built. */
export const sharePanel = (v: ChartEmbed): SharePanelModel => ({
  words: v.words,
  siteKnown: v.siteKnown,
  locale: v.chart.locale,
  title: v.chart.title,
  files: v.files,
  iframe: v.iframe(),
  iframeHeight: v.iframeHeight(),
  resizer: v.resizer,
  citation: v.citation,
  onRequest: false,
});
