import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { createQuery } from '../../src/lib/data/query.ts';

const q = createQuery(loadDataset(resolve(import.meta.dirname, '../../data')));
const value = (id: string) => q.data.figures.find((f) => f.id === id)!;

describe('query layer', () => {
  it('gives a place its own figures only, at its own level', () => {
    const gansu = q.figuresOfPlace('gansu');
    expect(gansu.map((f) => f.value)).toContain(2289);
    expect(gansu.every((f) => q.levelOf(f) === 'province')).toBe(true);
    expect(gansu.some((f) => f.place === 'yuzhong')).toBe(false);
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

  it('attributes figures to the place the body text names, not the heading', () => {
    expect(value('jingchuan-suspects').place).toBe('jingchuan');
    expect(q.provinceOf('jingchuan').id).toBe('gansu');
    expect(value('yixing-illegal-gain').place).toBe('yixing');
    expect(q.provinceOf('yixing').id).toBe('jiangsu');
    expect(value('zhoukou-suspects').place).toBe('zhoukou');
  });

  it('splits a metric into comparable series by level and period, never mixing them', () => {
    const series = q.comparableSeries('suspects_arrested');
    for (const s of series) {
      expect(new Set(s.figures.map((f) => q.levelOf(f))).size).toBe(1);
      expect(
        new Set(s.figures.map((f) => `${f.period_type}|${f.period_start}|${f.period_end}|${f.as_of}`)).size,
      ).toBe(1);
    }
    const provinceSeries = series.filter((s) => s.level === 'province');
    // Gansu (as of 25 Dec) and Jiangxi (since 10 Oct) differ in period; Sichuan counts card sellers
    // only, a metric of its own.
    expect(provinceSeries.map((s) => s.figures.map((f) => f.place))).toEqual(
      expect.arrayContaining([['gansu'], ['jiangxi']]),
    );
    expect(series.flatMap((s) => s.figures.map((f) => f.place))).not.toContain('sichuan');
    expect(
      q.comparableSeries('suspects_arrested_card_sellers').map((s) => s.figures.map((f) => f.place)),
    ).toEqual([['sichuan']]);
  });

  it('puts parts (其中) in a series of their own', () => {
    const series = q
      .comparableSeries('suspects_arrested')
      .filter((s) => s.figures.some((f) => f.id === 'jieyang-shenzhen-arrests'));
    expect(series).toHaveLength(1);
    expect(series[0]!.figures.every((f) => f.part_of === 'jieyang-suspects-2020')).toBe(true);
  });

  it('carries qualifiers along', () => {
    expect(value('daqing-records')).toMatchObject({ value: 15000000, qualifier: 'at_least' });
    expect(value('daqing-police')).toMatchObject({ value: 200, qualifier: 'approximately' });
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
    expect(groups.get('people')!.map((f) => f.value)).toContain(268);
    expect(groups.get('yuan')!.map((f) => f.value)).toEqual([1200000]);
  });
});
