import { perDataset } from '../data/memo.ts';
import type { Query } from '../data/query.ts';

/**
 * The one rule for which places get a page: every place the data names (it has figures, a figure
 * happened there, or a campaign or agency belongs to it), and the places above it, so every
 * breadcrumb resolves. In data/places.csv order.
 */
export function placePageIds(q: Query): string[] {
  return [...pageIdsOf(q)];
}

/** Worked out once per dataset: every place page asks (scanning all figures per page was pages x figures). */
const pageIdsOf = perDataset((q: Query): string[] => {
  const named = new Set(
    [
      ...q.data.figures.flatMap((f) => [f.place, f.located_in]),
      ...q.data.campaigns.map((c) => c.place),
      ...q.data.agencies.map((a) => a.place),
    ].filter((id): id is string => Boolean(id)),
  );
  const withParents = new Set([...named].flatMap((id) => [id, ...q.ancestors(id).map((p) => p.id)]));
  return q.data.places.filter((p) => withParents.has(p.id)).map((p) => p.id);
});

/** Whether a place has a page of its own (see placePageIds). */
export function placeHasPage(q: Query): (id: string) => boolean {
  const ids = new Set(placePageIds(q));
  return (id) => ids.has(id);
}

/** The figures located in each place though reported under another (Daqing's Changchun gang), once per dataset. */
const locatedIn = perDataset((q: Query) => {
  const index = new Map<string, string[]>();
  for (const f of q.data.figures)
    if (f.located_in) index.set(f.located_in, [...(index.get(f.located_in) ?? []), f.id]);
  return index;
});

/** Ids of the figures located in a place (`located_in`), in file order. */
export const figuresLocatedIn = (q: Query, placeId: string): string[] => locatedIn(q).get(placeId) ?? [];
