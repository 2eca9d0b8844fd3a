import { describe, expect, it } from 'vitest';
import { fixtureQuery } from '../../../helpers/fixture-data.ts';
import { placePage } from '../../../../src/lib/views/pages/place-page.ts';
import { placesIndex } from '../../../../src/lib/views/pages/places-index.ts';

const q = fixtureQuery();

describe('placePage', () => {
  it('lists the figures located in a place though reported by police elsewhere', () => {
    const { located } = placePage(q, 'changchun', 'en');
    expect(located.map((l) => l.href)).toEqual([
      '/en/figures/daqing-changchun-gang/',
      '/en/figures/daqing-changchun-gang-bosses/',
      '/en/figures/daqing-changchun-gang-groups/',
    ]);
    expect(located[0]!.name).toMatch(/^Daqing · /);
    expect(placePage(q, 'daqing', 'en').located).toEqual([]);
  });

  it('counts them on the places index, so a place is not shown as empty', () => {
    const jilin = placesIndex(q, 'zh').find((p) => p.href === '/places/jilin/')!;
    const changchun = jilin.within.find((d) => d.href === '/places/changchun/')!;
    expect(changchun.meta).toContain('另有3个数据发生于此');
  });
});
