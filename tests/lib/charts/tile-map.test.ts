import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  tileInk,
  TILE_LAYOUT,
  tileMapDescription,
  tileMapSvg,
  type TileMapInput,
} from '../../../src/lib/charts/tile-map.ts';
import { words } from '../../../src/lib/i18n/words.ts';

/** The provincial-level units of data/places.csv, read plainly so the test notices any change to the file. */
const PLACES_CSV_PROVINCES = readFileSync(resolve(import.meta.dirname, '../../../data/places.csv'), 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .filter((cells) => cells[3] === 'province')
  .map((cells) => cells[0]);

function input(locale: 'zh' | 'en'): TileMapInput {
  return {
    words: words(locale).chart,
    title: locale === 'en' ? 'Suspects arrested' : '抓获犯罪嫌疑人',
    legendLabel: locale === 'en' ? 'Suspects arrested (people)' : '抓获犯罪嫌疑人（人）',
    tiles: [
      { id: 'gansu', name: locale === 'en' ? 'Gansu' : '甘肃省', value: 2289, href: '/places/gansu/' },
      { id: 'jiangxi', name: locale === 'en' ? 'Jiangxi' : '江西省', value: 5011, qualifier: 'at_least' },
      { id: 'sichuan', name: locale === 'en' ? 'Sichuan' : '四川省', value: 963 },
    ],
  };
}

describe('TILE_LAYOUT', () => {
  it('has the 34 provincial-level units of places.csv', () => {
    expect(Object.keys(TILE_LAYOUT).sort()).toEqual([...PLACES_CSV_PROVINCES].sort());
  });
  it('puts each in its own cell', () => {
    const cells = Object.values(TILE_LAYOUT).map(([c, r]) => `${c},${r}`);
    expect(new Set(cells).size).toBe(34);
  });
  it('is roughly geographic', () => {
    const col = (id: keyof typeof TILE_LAYOUT) => TILE_LAYOUT[id][0];
    const row = (id: keyof typeof TILE_LAYOUT) => TILE_LAYOUT[id][1];
    expect(col('xinjiang')).toBe(Math.min(...Object.values(TILE_LAYOUT).map(([c]) => c)));
    expect(row('heilongjiang')).toBe(0);
    expect(row('hainan')).toBe(Math.max(...Object.values(TILE_LAYOUT).map(([, r]) => r)));
    expect([col('taiwan'), row('taiwan')]).toEqual([col('fujian') + 1, row('fujian')]);
    expect(row('hong-kong')).toBeGreaterThan(row('guangdong'));
    expect(row('macao')).toBeGreaterThan(row('guangdong'));
  });
});

describe('tileMapSvg', () => {
  it('draws 34 tiles with values printed and the rest marked no data', () => {
    const svg = tileMapSvg(input('en')).svg;
    expect(svg.match(/data-id="/g)).toHaveLength(34);
    expect(svg).toMatch(/>2,289<\/text>/);
    expect(svg).toMatch(/>5,011\+<\/text>/);
    expect(svg).toMatch(/>963<\/text>/);
    expect(svg.match(/>no data<\/text>/g)).toHaveLength(31 + 1); // 31 tiles + the legend
    expect(svg).toContain('<title>Tibet no data</title>');
    // Names start with the text shown (WCAG 2.5.3), then say in full what a mark abbreviates.
    expect(svg).toContain('<title>Jiangxi 5,011+ (Jiangxi: more than 5,011)</title>');
  });

  it('prints Chinese values and labels', () => {
    const svg = tileMapSvg(input('zh')).svg;
    expect(svg).toMatch(/>2289<\/text>/);
    expect(svg).toMatch(/>5011余<\/text>/);
    expect(svg.match(/>无数据<\/text>/g)).toHaveLength(32);
    expect(svg).toContain('<title>甘肃 2289（甘肃省：2289）</title>');
  });

  it("says the unit in a tile's tooltip when the tile gives it", () => {
    const zh = input('zh');
    zh.tiles = zh.tiles.map((t) => (t.id === 'gansu' ? { ...t, unit: '人' } : t));
    expect(tileMapSvg(zh).svg).toContain('<title>甘肃 2289（甘肃省：2289 人）</title>');
  });

  it('shades by value: larger values darker, no-data tiles hatched', () => {
    const svg = tileMapSvg(input('en')).svg;
    const fillOf = (id: string) =>
      svg.match(new RegExp(`data-id="${id}"[^]*?<rect [^>]*fill="([^"]+)"`))?.[1];
    const lum = (rgb: string | undefined) =>
      (rgb?.match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0);
    expect(fillOf('tibet')).toMatch(/^url\(#tilemap-[a-z0-9]+-hatch\)$/);
    expect(lum(fillOf('jiangxi'))).toBeLessThan(lum(fillOf('gansu')));
    expect(lum(fillOf('gansu'))).toBeLessThan(lum(fillOf('sichuan')));
  });

  it('links tiles with an href and is accessible', () => {
    const svg = tileMapSvg(input('en')).svg;
    expect(svg).toContain('<a href="/places/gansu/" aria-label="Gansu 2,289" data-id="gansu">');
    expect(svg.match(/<a /g)).toHaveLength(1);
    expect(svg).toMatch(
      /^<svg [^>]*role="group" aria-labelledby="tilemap-([a-z0-9]+)-title" aria-describedby="tilemap-\1-desc"/,
    );
    expect(svg).toContain('viewBox="0 0 ');
    expect(svg).toContain('width="100%"');
    const noLinks = tileMapSvg({
      ...input('en'),
      tiles: input('en').tiles.map(({ href: _, ...t }) => t),
    }).svg;
    expect(noLinks).toMatch(/^<svg [^>]*role="img"/);
  });

  it('describes the map in words', () => {
    expect(tileMapDescription(input('en'))).toBe(
      "Tile map of China's 34 provincial-level units, one square each. Suspects arrested (people): Jiangxi more than 5,011; Gansu 2,289; Sichuan 963. No data for the other 31.",
    );
    expect(tileMapDescription(input('zh'))).toContain(
      '江西省5011余；甘肃省2289；四川省963。其余31个无数据。',
    );
  });

  it('gives maps with different titles different default ids', () => {
    const a = tileMapSvg(input('en')).svg.match(/id="([^"]+)-title"/)?.[1];
    const b = tileMapSvg({ ...input('en'), title: 'Gangs broken up' }).svg.match(/id="([^"]+)-title"/)?.[1];
    expect(a).toBeTruthy();
    expect(b).toBeTruthy();
    expect(a).not.toBe(b);
    expect(tileMapSvg(input('en')).svg).toBe(tileMapSvg(input('en')).svg);
  });

  it('escapes names and outlines the current province', () => {
    const svg = tileMapSvg({ ...input('en'), title: 'A <b> & c', current: 'gansu', id: 'map-1' }).svg;
    expect(svg).toContain('<title id="map-1-title">A &lt;b&gt; &amp; c</title>');
    expect(svg).toContain('aria-current="page"');
    expect(svg.match(/stroke-width="3"/g)).toHaveLength(1);
  });
});

describe('tileInk', () => {
  const lum = (c: string) => {
    const [r, g, b] = (
      c.startsWith('#') ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) : c.match(/\d+/g)!.map(Number)
    ).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const ratio = (a: string, b: string) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  it('prints numbers at 4.5:1 or more on every shade of the scale, hex or as d3 interpolates it', () => {
    // The middle blue took white at 3.0:1 before.
    const shades = [
      '#deebf7',
      '#9ecae1',
      '#4292c6',
      '#2171b5',
      '#08306b',
      'rgb(17, 71, 133)',
      'rgb(80, 150, 200)',
    ];
    for (const shade of shades) {
      const ink = tileInk(shade) === '#111' ? '#111111' : '#ffffff';
      expect(ratio(ink, shade), shade).toBeGreaterThanOrEqual(4.5);
    }
    expect(tileInk('#4292c6')).toBe('#111');
    expect(tileInk('#08306b')).toBe('#fff');
  });
});
