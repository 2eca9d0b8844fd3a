/**
 * The discrepancies the site publishes: the curated rows of discrepancies.csv, then a may-overlap row
 * for each group of figures of a place within another whose figures may count the same people (data/overlaps.ts), put in words in
 * both languages with the columns of the curated rows. Pages (place, figure, methodology) and the
 * downloads (CSV, JSON, SQLite, the release README) all read them here.
 */
import type { Figure, Row } from '../data/dataset.ts';
import { perDataset } from '../data/memo.ts';
import type { Query } from '../data/query.ts';
import type { Discrepancy } from '../data/schema.ts';
import { fieldOf, nameOf, type Locale } from './locale.ts';
import { formatValue } from './numbers.ts';
import { periodKey, periodLabel } from './period.ts';
import { unitFor } from './units.ts';
import { words } from './words.ts';

/** A derived row's id: `may-overlap-`, the first figure of the larger places' and the first of the smaller's. */
export const DERIVED_PREFIX = 'may-overlap-';

/** Figures of one place, campaign and period: one side of a derived row (as a page section groups them). */
const sideKey = (f: Figure) => [f.place, f.campaign, periodKey(f)].join('|');

/** One side in words: its place, campaign, period and page, then each figure by its name and value. */
function side(q: Query, figures: Figure[], locale: Locale): string {
  const w = words(locale);
  const f = figures[0]!;
  const pages = figures.map((g) => g.page);
  return w.sources.mayOverlap.side(
    nameOf(q.place(f.place), locale),
    nameOf(q.campaign(f.campaign), locale),
    periodLabel(f, locale),
    w.site.page(Math.min(...pages), Math.max(...pages)),
    figures.map((g) =>
      w.sources.mayOverlap.item(
        fieldOf(g, 'detail', locale) || nameOf(q.metric(g.metric), locale),
        w.sources.mayOverlap.value(
          formatValue(g.value, g.qualifier, locale, g.quote),
          unitFor(q.unitOf(g), g.value, locale),
        ),
      ),
    ),
  );
}

/**
 * A row naming more groups of the larger places than this names each by campaign, period and page
 * only, not by its figures and values: at national scale a county's case may overlap with twenty
 * running totals of its province, and their figures, named in full in every such row, were most of
 * the published data (the figures column still names each figure).
 */
export const OUTER_IN_FULL = 3;

/** The groups of the larger places, in words: each in full, or each place's briefly (OUTER_IN_FULL). */
function outerText(q: Query, outer: Figure[][], locale: Locale): string {
  const w = words(locale).sources.mayOverlap;
  if (outer.length <= OUTER_IN_FULL)
    return outer.map((figures) => side(q, figures, locale)).join(locale === 'en' ? ' ' : '');
  const byPlace = Map.groupBy(outer, (figures) => figures[0]!.place);
  return [...byPlace]
    .map(([place, groups]) =>
      w.briefSide(
        nameOf(q.place(place), locale),
        groups.map((figures) => {
          const pages = figures.map((g) => g.page);
          return w.group(
            nameOf(q.campaign(figures[0]!.campaign), locale),
            periodLabel(figures[0]!, locale),
            words(locale).site.page(Math.min(...pages), Math.max(...pages)),
          );
        }),
      ),
    )
    .join(locale === 'en' ? ' ' : '');
}

/** The larger places' names, each once. */
const outerPlaces = (q: Query, outer: Figure[][], locale: Locale) =>
  [...new Set(outer.map((figures) => figures[0]!.place))].map((id) => nameOf(q.place(id), locale));

/** The text of a derived row in one language: the smaller place's figures, then the larger places' they may share. */
const rowText = (q: Query, inner: Figure[], outer: Figure[][], locale: Locale) =>
  words(locale).sources.mayOverlap.row(
    nameOf(q.place(inner[0]!.place), locale),
    outerPlaces(q, outer, locale),
    side(q, inner, locale),
    outerText(q, outer, locale),
  );

/**
 * One may-overlap row per group of figures of a place within others (a place's figures under one
 * campaign and period: a county's case), naming every group of the larger places around it (its
 * city's, its province's) that may count the same; in the order of the larger places' figures. A pair
 * a curated may-overlap row already names in full is left to it.
 */
const derivedGroups = perDataset((q: Query) => {
  const curated = q.data.discrepancies
    .filter((d) => d.kind === 'may-overlap')
    .map((d) => new Set(d.figures.split(' ')));
  const groups = new Map<string, { inner: Set<Figure>; outer: Map<string, Set<Figure>> }>();
  for (const { outer, inner } of q.mayOverlap()) {
    if (curated.some((ids) => ids.has(outer.id) && ids.has(inner.id))) continue;
    const key = sideKey(inner);
    const group = groups.get(key) ?? { inner: new Set(), outer: new Map() };
    group.inner.add(inner);
    const around = group.outer.get(sideKey(outer)) ?? new Set();
    around.add(outer);
    group.outer.set(sideKey(outer), around);
    groups.set(key, group);
  }
  const byLine = (a: Figure, b: Figure) => a.line - b.line;
  const rows = [...groups.values()].map((group) => {
    const outer = [...group.outer.values()]
      .map((figures) => [...figures].sort(byLine))
      .sort((a, b) => byLine(a[0]!, b[0]!));
    const first = outer[0]!;
    // The inner side lists its figures in the order of the first outer side's metrics, so they read
    // across. A metric that side lacks (another definition in its family) comes after those it has.
    const rank = (f: Figure) => {
      const at = first.findIndex((o) => o.metric === f.metric);
      return at < 0 ? first.length : at;
    };
    const inner = [...group.inner].sort((a, b) => rank(a) - rank(b) || byLine(a, b));
    return { first: first[0]!, inner, outer };
  });
  rows.sort(
    (a, b) =>
      byLine(a.first, b.first) ||
      Math.min(...a.inner.map((f) => f.line)) - Math.min(...b.inner.map((f) => f.line)),
  );
  return rows;
});

export const derivedDiscrepancies = perDataset((q: Query): Row<Discrepancy>[] =>
  derivedGroups(q).map(({ first, inner, outer }) => ({
    id: `${DERIVED_PREFIX}${first.id}-${inner[0]!.id}`,
    // The row is about the smaller place's figures: it cites their page.
    source: inner[0]!.source,
    page: Math.min(...inner.map((f) => f.page)),
    kind: 'may-overlap',
    figures: [...outer.flat(), ...inner].map((f) => f.id).join(' '),
    text_en: rowText(q, inner, outer, 'en'),
    text_zh: rowText(q, inner, outer, 'zh'),
    // Derived rows come from no line of discrepancies.csv: they follow the curated ones.
    line: 0,
  })),
);

/** The sides of each derived row, by the row's id. */
const sidesOf = perDataset(
  (q: Query) => new Map(derivedGroups(q).map((group, i) => [derivedDiscrepancies(q)[i]!.id, group])),
);

/**
 * What a figure's page says of a discrepancy naming the figure: its text, but for a derived row only
 * the other side, since the page is about this one. From a figure of the larger place: the smaller
 * place's figures (a province's total is named by the row of every county case within it). From a
 * figure of the smaller place: the larger places' groups.
 */
export function discrepancyNote(q: Query, d: Row<Discrepancy>, figure: Figure, locale: Locale): string {
  const sides = sidesOf(q).get(d.id);
  if (!sides) return fieldOf(d, 'text', locale);
  const w = words(locale).sources.mayOverlap;
  if (!sides.inner.includes(figure))
    return w.within(nameOf(q.place(figure.place), locale), side(q, sides.inner, locale));
  return w.around(outerPlaces(q, sides.outer, locale), outerText(q, sides.outer, locale));
}

/** Every discrepancy the site publishes: the curated rows in file order, then the derived ones. */
export const siteDiscrepancies = perDataset((q: Query): Row<Discrepancy>[] => [
  ...q.data.discrepancies,
  ...derivedDiscrepancies(q),
]);

/** The discrepancies naming a figure, in the order of siteDiscrepancies (indexed once per dataset). */
const byFigure = perDataset((q: Query) => {
  const index = new Map<string, Row<Discrepancy>[]>();
  for (const d of siteDiscrepancies(q))
    for (const id of d.figures.split(' ').filter(Boolean)) index.set(id, [...(index.get(id) ?? []), d]);
  return index;
});

const orderOf = perDataset((q: Query) => new Map(siteDiscrepancies(q).map((d, i) => [d, i])));

/** The discrepancies naming any of some figures, each once, in the order of siteDiscrepancies. */
export function discrepanciesOf(q: Query, figureIds: Iterable<string>): Row<Discrepancy>[] {
  const index = byFigure(q);
  const found = new Set([...figureIds].flatMap((id) => index.get(id) ?? []));
  const order = orderOf(q);
  return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
}
