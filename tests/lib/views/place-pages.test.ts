import { describe, expect, it } from 'vitest';
import { fixtureQuery } from '../../helpers/fixture-data.ts';
import { placeHasPage, placePageIds } from '../../../src/lib/views/place-pages.ts';

const q = fixtureQuery();
const ids = placePageIds(q);
const hasPage = placeHasPage(q);

describe('placePageIds', () => {
  it('gives a page to every place the data names', () => {
    const named = [
      ...q.data.figures.flatMap((f) => [f.place, f.located_in]),
      ...q.data.campaigns.map((c) => c.place),
      ...q.data.agencies.map((a) => a.place),
    ].filter(Boolean);
    for (const id of named) expect(hasPage(id), id).toBe(true);
  });

  it('gives a page to the places above each of them, so every breadcrumb resolves', () => {
    for (const id of ids)
      for (const a of q.ancestors(id)) expect(hasPage(a.id), `${a.id} above ${id}`).toBe(true);
  });

  it('gives no page to a place the data never names', () => {
    expect(hasPage('tibet')).toBe(false);
    expect(ids.length).toBeLessThan(q.data.places.length);
  });

  it('lists each place once, in places.csv order', () => {
    const order = q.data.places.map((p) => p.id).filter((id) => ids.includes(id));
    expect(ids).toEqual(order);
  });
});
