/** The one-page briefing sheet of a place or a campaign: headline figures, main chart, table, sources, citation. */
import type { Query } from '../../data/query.ts';
import { ACCESS_DATE_FIELD, cite } from '../../exports/cite.ts';
import { dataVersion } from '../../exports/version.ts';
import { nameOf, type Locale } from '../../i18n/locale.ts';
import { registeredChart } from '../blocks/registry.ts';
import type { Block } from '../blocks/make-blocks.ts';
import { pageBlocks } from '../blocks/page-blocks.ts';
import { figuresCitation } from '../blocks/labels.ts';
import { discrepanciesOf } from '../../i18n/overlaps.ts';
import { figureRows } from '../figure-table.ts';
import { placePageIds } from '../place-pages.ts';
import * as urls from '../../urls.ts';
import { publicSite } from '../../hosting/site-config.ts';
import { renderSVG } from 'uqr';
import { words } from '../../i18n/words.ts';

export type BriefKind = 'places' | 'campaigns';

/** May-overlap sentences a sheet prints before pointing to the page for the rest. */
const MAX_OVERLAPS = 2;
/** Places the summary names before "and N more". */
const MAX_NAMED_PLACES = 6;
/** Rows a single A4 page holds below the headline figures and the chart. */
const MAX_ROWS = 6;
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
  // A campaign's sheet is about its places: rows and cards take each place in turn (Gansu, Jiangxi,
  // Sichuan…), not the first place's figures and "47 more" for the rest. A place's sheet keeps its order.
  const ordered = kind === 'campaigns' ? byPlaceInTurn(figures) : figures;
  // Rows only for what the sheet shows: a province of a national data set has thousands of figures.
  const rows = figureRows(q, ordered.slice(0, MAX_ROWS), locale);
  const firstOf = new Map<string, (typeof figures)[number]>();
  for (const f of ordered) {
    if (firstOf.size === MAX_CARDS) break;
    const key = kind === 'campaigns' ? f.place : f.metric;
    if (!firstOf.has(key)) firstOf.set(key, f);
  }
  const cards = figureRows(q, [...firstOf.values()], locale).map((r) => ({
    value: r.shown,
    label: r.metric.name,
    // The period is in the table below; a card says whose figure it is and where it is printed.
    meta: `${r.place.name} · ${r.page}`,
  }));
  // The main chart: the one comparing most places, then (on a place's sheet) one of the place's own
  // figures rather than a county's, then the one with most figures.
  const weight = (b: Block) =>
    new Set(b.figures.map((f) => f.place)).size * 10_000 +
    (kind === 'places' && b.figures.every((f) => f.place === id) ? 5_000 : 0) +
    b.figures.length;
  const main = pageBlocks(q, { kind, entity: id }, locale).reduce<Block | undefined>(
    (best, b) => (!best || weight(b) > weight(best) ? b : best),
    undefined,
  );
  const chart = main && registeredChart(q, locale, main.key);
  const t = words(locale).site;
  const placeNames = [...new Set(figures.map((f) => f.place))].map((p) => nameOf(q.place(p), locale));
  const pageNumbers = figures.map((f) => f.page);
  const summary = figures.length
    ? [
        w.summary(
          figures.length,
          placeNames.slice(0, MAX_NAMED_PLACES),
          Math.max(0, placeNames.length - MAX_NAMED_PLACES),
          t.page(Math.min(...pageNumbers), Math.max(...pageNumbers)),
        ),
        // A campaign's sheet says how its places compare; parts of a whole are no sentence of peers.
        ...(kind === 'campaigns' && main && new Set(main.figures.map((f) => f.place)).size > 1
          ? [comparison(q, main, locale)]
          : []),
      ]
    : [];
  // A sheet that lists a province beside its counties says which of their figures may count the same people.
  const overlaps = discrepanciesOf(
    q,
    figures.map((f) => f.id),
  ).filter((d) => d.kind === 'may-overlap');
  const pageHref = kind === 'places' ? urls.place(locale, id) : urls.campaign(locale, id);
  // Without a public address (no SITE_URL) the sheet prints the path, which its script completes, and draws its QR code when opened.
  const origin = publicSite(site);
  const address = urls.address(origin, pageHref);
  const version = dataVersion();
  return {
    words: w,
    title: w.briefTitle(name),
    summary,
    qr: origin ? renderSVG(address, { border: 1 }) : undefined,
    name,
    cards,
    chartHtml: chart?.figureHtml(),
    rows,
    more: Math.max(0, figures.length - MAX_ROWS),
    // One short line per pair on paper (which figures, in full, on the page and in the downloads).
    overlaps: overlaps.slice(0, MAX_OVERLAPS).map((d) => {
      const places = [...new Set(d.figures.split(' ').map((f) => q.figure(f).place))];
      return w.overlapLine(
        places.map((p) => nameOf(q.place(p), locale)),
        words(locale).site.page(d.page),
      );
    }),
    overlapsMore: Math.max(0, overlaps.length - MAX_OVERLAPS),
    sources: figures.length ? figuresCitation(q, figures, locale) : '',
    citation: cite({ title: name, url: address, version, accessed: ACCESS_DATE_FIELD }, locale).text,
    updated: w.updated(version),
    printed: w.printed(ACCESS_DATE_FIELD),
    pageHref,
    address,
  };
}

type Figure = ReturnType<Query['figuresOfCampaign']>[number];

/** Figures regrouped so each place comes in turn: a1 b1 c1 a2 b2 …, each place's own order kept. */
function byPlaceInTurn(figures: Figure[]): Figure[] {
  const queues = new Map<string, Figure[]>();
  for (const f of figures) queues.set(f.place, [...(queues.get(f.place) ?? []), f]);
  const out: Figure[] = [];
  for (let i = 0; out.length < figures.length; i++)
    for (const queue of queues.values()) if (queue[i]) out.push(queue[i]!);
  return out;
}

/** The main chart in a sentence: each place's value with its period, and whether they compare directly. */
function comparison(q: Query, block: Block, locale: Locale): string {
  const w = words(locale).embed;
  const rows = figureRows(q, block.figures, locale);
  const periods = new Set(rows.map((r) => r.period));
  const metric = rows[0]!.detail || rows[0]!.metric.name;
  return w.compared(
    metric,
    rows
      .slice(0, MAX_NAMED_PLACES)
      .map((r) => w.comparedItem(r.place.name, r.shown, periods.size > 1 ? r.period : '')),
    periods.size <= 1,
  );
}
