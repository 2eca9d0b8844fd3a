/** The one-page briefing sheet of a place or a campaign: headline figures, main chart, table, sources, citation. */
import type { Query } from '../../data/query.ts';
import { ACCESS_DATE_FIELD, cite } from '../../exports/cite.ts';
import { dataVersion } from '../../exports/version.ts';
import { fieldOf, nameOf, type Locale } from '../../i18n/locale.ts';
import { registeredChart } from '../blocks/registry.ts';
import type { Block } from '../blocks/make-blocks.ts';
import { pageBlocks } from '../blocks/page-blocks.ts';
import { figuresCitation } from '../blocks/labels.ts';
import { discrepanciesOf } from '../../i18n/overlaps.ts';
import { figureRows } from '../figure-table.ts';
import { placePageIds } from '../place-pages.ts';
import * as urls from '../../urls.ts';
import { words } from '../../i18n/words.ts';

export type BriefKind = 'places' | 'campaigns';

/** May-overlap sentences a sheet prints before pointing to the page for the rest. */
const MAX_OVERLAPS = 3;
/** Rows a single A4 page holds below the headline figures and the chart. */
const MAX_ROWS = 8;
const MAX_CARDS = 4;

/** getStaticPaths params of the briefing sheets: every place page and every campaign with figures. */
export function briefParams(q: Query) {
  return [
    ...placePageIds(q).map((id) => ({ kind: 'places' as const, id })),
    ...q.data.campaigns
      .filter((c) => q.figuresOfCampaign(c.id, { nested: true }).length > 0)
      .map((c) => ({ kind: 'campaigns' as const, id: c.id })),
  ];
}

export function briefPage(q: Query, kind: BriefKind, id: string, locale: Locale, site: string | URL) {
  const w = words(locale).embed;
  const row = kind === 'places' ? q.place(id) : q.campaign(id);
  const name = nameOf(row, locale);
  const figures =
    kind === 'places'
      ? [...q.figuresOfPlace(id), ...q.descendants(id).flatMap((p) => q.figuresOfPlace(p.id))]
      : q.figuresOfCampaign(id, { nested: true });
  // Rows only for what the sheet shows: a province of a national data set has thousands of figures.
  const rows = figureRows(q, figures.slice(0, MAX_ROWS), locale);
  const firstOfMetric = new Map<string, (typeof figures)[number]>();
  for (const f of figures) {
    if (firstOfMetric.size === MAX_CARDS) break;
    if (!firstOfMetric.has(f.metric)) firstOfMetric.set(f.metric, f);
  }
  const cards = figureRows(q, [...firstOfMetric.values()], locale).map((r) => ({
    value: r.shown,
    label: r.metric.name,
    meta: `${r.place.name} · ${r.period} · ${r.page}`,
  }));
  // The main chart: the one comparing most places, then the one with most figures.
  const weight = (b: Block) => new Set(b.figures.map((f) => f.place)).size * 10_000 + b.figures.length;
  const main = pageBlocks(q, { kind, entity: id }, locale).reduce<Block | undefined>(
    (best, b) => (!best || weight(b) > weight(best) ? b : best),
    undefined,
  );
  const chart = main && registeredChart(q, locale, main.key);
  // A sheet that lists a province beside its counties says which of their figures may count the same people.
  const overlaps = discrepanciesOf(
    q,
    figures.map((f) => f.id),
  ).filter((d) => d.kind === 'may-overlap');
  const pageHref = kind === 'places' ? urls.place(locale, id) : urls.campaign(locale, id);
  const address = urls.absolute(site, pageHref);
  const version = dataVersion();
  return {
    words: w,
    title: w.briefTitle(name),
    name,
    cards,
    chartHtml: chart?.figureHtml(),
    rows,
    more: Math.max(0, figures.length - MAX_ROWS),
    overlaps: overlaps.slice(0, MAX_OVERLAPS).map((d) => fieldOf(d, 'text', locale)),
    overlapsMore: Math.max(0, overlaps.length - MAX_OVERLAPS),
    sources: figures.length ? figuresCitation(q, figures, locale) : '',
    citation: cite({ title: name, url: address, version, accessed: ACCESS_DATE_FIELD }, locale).text,
    updated: w.updated(version),
    pageHref,
    address,
  };
}
