/** View models of the embed page, the share page and the per-chart files (chart.html, oEmbed, images). */
import type { Frame } from '../../charts/framed.ts';
import { encode } from 'uqr';
import { perDataset } from '../../data/memo.ts';
import type { Query } from '../../data/query.ts';
import { ACCESS_DATE_FIELD, cite } from '../../exports/cite.ts';
import { DATASET } from '../../exports/about.ts';
import { dataVersion } from '../../exports/version.ts';
import { LOCALES, type Locale } from '../../i18n/locale.ts';
import { IMAGE_NAMES } from '../../images/render.ts';
import { langParam } from '../../i18n/routes.ts';
import {
  chartCount,
  chartKeys,
  chartRegistry,
  registeredChart,
  type RegisteredChart,
} from '../blocks/registry.ts';
import { keyParts } from '../blocks/keys.ts';
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

/** Fixed iframe height: the chart's design height plus title and source, rounded up. */
const IFRAME_WIDTH = 480;

/** Whether the PNGs of a locale's charts are built ahead. */
export const pngsAhead = (q: Query, locale: Locale) => chartCount(q, locale) <= PNG_LIMIT;

type ChartRoute = {
  params: { lang: string | undefined } & ReturnType<typeof keyParts>;
  props: { locale: Locale; key: string };
};
const chartRoutesOf = perDataset((q: Query): ChartRoute[] =>
  LOCALES.flatMap((locale) =>
    chartKeys(q, locale).map((key) => ({
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

/** Everything about one chart's embed: its addresses, snippets, citation and image frame. */
export function chartEmbed(q: Query, locale: Locale, key: string, site: string | URL) {
  const c: RegisteredChart = registeredChart(q, locale, key);
  const w = words(locale).embed;
  const abs = (path: string) => urls.absolute(site, path);
  const base = urls.embed(locale, key);
  const version = dataVersion();
  const plot = c.plot();
  const height = Math.ceil(plot.height + 150);
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
  const iframe = `<iframe src="${abs(base)}" title="${c.title.replace(/"/g, '&quot;')}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  const resizer = `<script src="${abs(urls.embedResizer())}" async></script>`;
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
    address: abs(c.pageHref),
    version: w.dataVersion(version),
    credit: `${DATASET.title[locale]} · ${words(locale).sources.license.link}`,
    qr: encode(abs(c.pageHref), { border: 0 }).data,
  };
  const oembed = {
    version: '1.0',
    type: 'rich',
    title: c.title,
    provider_name: DATASET.title[locale],
    provider_url: abs(urls.home(locale)),
    html: iframe,
    width: IFRAME_WIDTH,
    height,
    ...(files.png1 && {
      thumbnail_url: abs(files.png1),
      thumbnail_width: plot.width + 32,
    }),
  };
  return { chart: c, words: w, files, abs, iframe, resizer, citation, frame, oembed, version, height };
}

export type ChartEmbed = ReturnType<typeof chartEmbed>;
