/**
 * The discrepancies the site publishes: the curated rows of discrepancies.csv, then a may-overlap row
 * for each pair of figure groups that may count the same people (data/overlaps.ts), put in words in
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

/** A derived row's id: `may-overlap-` and the first figure of each side. */
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

/** The text of a derived row in one language, naming each side by place, campaign and figure names. */
const rowText = (q: Query, outer: Figure[], inner: Figure[], locale: Locale) =>
  words(locale).sources.mayOverlap.row(
    nameOf(q.place(outer[0]!.place), locale),
    nameOf(q.place(inner[0]!.place), locale),
    side(q, outer, locale),
    side(q, inner, locale),
  );

/**
 * One may-overlap row per pair of figure groups (a place's figures under one campaign and period, and
 * those of a place within it), in the order of the larger place's figures; a pair a curated may-overlap
 * row already names in full is left to it.
 */
export const derivedDiscrepancies = perDataset((q: Query): Row<Discrepancy>[] => {
  const curated = q.data.discrepancies
    .filter((d) => d.kind === 'may-overlap')
    .map((d) => new Set(d.figures.split(' ')));
  const groups = new Map<string, { outer: Figure[]; inner: Figure[] }>();
  for (const { outer, inner } of q.mayOverlap()) {
    if (curated.some((ids) => ids.has(outer.id) && ids.has(inner.id))) continue;
    const key = `${sideKey(outer)}>${sideKey(inner)}`;
    const group = groups.get(key) ?? { outer: [], inner: [] };
    if (!group.outer.includes(outer)) group.outer.push(outer);
    if (!group.inner.includes(inner)) group.inner.push(inner);
    groups.set(key, group);
  }
  const byLine = (a: Figure, b: Figure) => a.line - b.line;
  return [...groups.values()].map(({ outer, inner }) => {
    outer.sort(byLine);
    // The inner side lists its figures in the order of the outer side's metrics, so they read across.
    // A metric the outer side lacks (another definition in its family) comes after those it has.
    const rank = (f: Figure) => {
      const at = outer.findIndex((o) => o.metric === f.metric);
      return at < 0 ? outer.length : at;
    };
    inner.sort((a, b) => rank(a) - rank(b) || byLine(a, b));
    const first = outer[0]!;
    return {
      id: `${DERIVED_PREFIX}${first.id}-${inner[0]!.id}`,
      source: first.source,
      page: first.page,
      kind: 'may-overlap',
      figures: [...outer, ...inner].map((f) => f.id).join(' '),
      text_en: rowText(q, outer, inner, 'en'),
      text_zh: rowText(q, outer, inner, 'zh'),
      // Derived rows come from no line of discrepancies.csv: they follow the curated ones.
      line: 0,
    };
  });
});

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
