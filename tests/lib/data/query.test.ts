// The query layer's rules, on the frozen fixture data (the real data is checked in tests/curation/).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load.ts';
import { createQuery } from '../../../src/lib/data/query.ts';

const q = createQuery(
  loadDataset(resolve(import.meta.dirname, 'fixtures/data'), 'data', {
    sourcesDir: resolve(import.meta.dirname, '../../../../shared/sources'),
  }),
);

describe('query layer', () => {
  it('gives a place its own figures only, at its own level', () => {
    const gansu = q.figuresOfPlace('gansu');
    expect(gansu.map((f) => f.id).sort()).toEqual([
      'gansu-bank-cards',
      'gansu-cases',
      'gansu-dens',
      'gansu-gangs',
      'gansu-phone-cards',
      'gansu-suspects',
    ]);
    expect(gansu.every((f) => q.levelOf(f) === 'province')).toBe(true);
  });

  it('keeps a province, its prefectures and its counties in separate sections', () => {
    const s = q.provinceSections('gansu');
    expect(s.own.every((f) => f.place === 'gansu')).toBe(true);
    expect(s.prefectures).toEqual([]);
    expect(s.counties.map((c) => c.place.id).sort()).toEqual(['jingchuan', 'yuzhong']);
    const henan = q.provinceSections('henan');
    expect(henan.own).toEqual([]);
    expect(henan.prefectures.map((p) => p.place.id)).toEqual(['zhoukou']);
  });

  it('finds the province of a county through its prefecture', () => {
    expect(q.provinceOf('jingchuan').id).toBe('gansu');
    expect(q.provinceOf('zhoukou').id).toBe('henan');
    expect(q.provinceOf('gansu').id).toBe('gansu');
  });

  it('splits a metric into comparable series by level and period, never mixing them', () => {
    const series = q.comparableSeries('suspects_arrested');
    for (const s of series) {
      expect(new Set(s.figures.map((f) => q.levelOf(f))).size).toBe(1);
      expect(
        new Set(s.figures.map((f) => `${f.period_type}|${f.period_start}|${f.period_end}|${f.as_of}`)).size,
      ).toBe(1);
    }
    const all = series.flatMap((s) => s.figures.map((f) => f.id)).sort();
    expect(all).toEqual(
      q.data.figures
        .filter((f) => f.metric === 'suspects_arrested')
        .map((f) => f.id)
        .sort(),
    );
    const gansu = series.find((s) => s.figures.some((f) => f.id === 'gansu-suspects'))!;
    expect(gansu.figures.some((f) => f.place === 'yuzhong')).toBe(false);
    // Gansu (as of 25 Dec) and Jiangxi (since 10 Oct) differ in period; Sichuan counts card sellers
    // only, a metric of its own.
    expect(series.filter((s) => s.level === 'province').map((s) => s.figures.map((f) => f.place))).toEqual(
      expect.arrayContaining([['gansu'], ['jiangxi']]),
    );
    expect(series.flatMap((s) => s.figures.map((f) => f.place))).not.toContain('sichuan');
    expect(
      q.comparableSeries('suspects_arrested_card_sellers').map((s) => s.figures.map((f) => f.place)),
    ).toEqual([['sichuan']]);
  });

  it('puts parts (其中) in a series of their own', () => {
    const series = q.comparableSeries('criminally_detained');
    expect(series.map((s) => s.figures.map((f) => f.id))).toEqual([['zhoukou-detained']]);
    expect(series[0]!.figures[0]!.part_of).toBe('zhoukou-suspects');
    const jieyang = q
      .comparableSeries('suspects_arrested')
      .filter((s) => s.figures.some((f) => f.id === 'jieyang-shenzhen-arrests'));
    expect(jieyang).toHaveLength(1);
    expect(jieyang[0]!.figures.every((f) => f.part_of === 'jieyang-suspects-2020')).toBe(true);
  });

  it('carries qualifiers along', () => {
    const byId = (id: string) => q.data.figures.find((f) => f.id === id)!;
    expect(byId('daqing-records')).toMatchObject({ value: 15000000, qualifier: 'at_least' });
    expect(byId('daqing-police')).toMatchObject({ value: 200, qualifier: 'approximately' });
  });

  it("finds a campaign's figures with or without its operations and cases", () => {
    expect(q.figuresOfCampaign('longfeng-2020')).toEqual([]);
    expect(q.figuresOfCampaign('longfeng-2020', { nested: true }).map((f) => f.place)).toContain('yuzhong');
    expect(q.placesOfCampaign('duanka').map((p) => p.id)).toEqual(
      expect.arrayContaining(['gansu', 'sichuan', 'jiangxi', 'zhoukou', 'yuzhong', 'jingchuan']),
    );
  });

  it('groups figures by unit so that people and yuan never share an axis', () => {
    const groups = q.byUnit(q.figuresOfPlace('zhoukou'));
    for (const [unit, figures] of groups) expect(figures.every((f) => q.unitOf(f) === unit)).toBe(true);
    expect(
      groups
        .get('people')!
        .map((f) => f.value)
        .sort(),
    ).toEqual([209, 268, 371]);
    expect(groups.get('yuan')!.map((f) => f.value)).toEqual([1200000]);
  });
});
