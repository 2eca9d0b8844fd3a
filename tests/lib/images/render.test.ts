import { describe, expect, it } from 'vitest';
import { framedSvg, SLIDE, slideSvg } from '../../../src/lib/charts/framed.ts';
import { textWidth, wrapAddress } from '../../../src/lib/charts/text.ts';
import { missingGlyphs, subsetFonts } from '../../../src/lib/images/font.ts';
import {
  chartPng,
  frameText,
  pngSize,
  slidePng,
  standaloneImageSvg,
} from '../../../src/lib/images/render.ts';
import { chartEmbed } from '../../../src/lib/views/pages/embed-page.ts';
import { fixtureQuery } from '../../helpers/fixture-data.ts';

const q = fixtureQuery();
// A real public address: a build without one draws no address into its images.
const SITE = 'https://data.example.org';
const zh = chartEmbed(q, 'zh', 'places/gansu/ctx-suspects_arrested-province', SITE);

describe('chart images', () => {
  it('draws the PNG at 1× and 2× of the framed SVG and the slide at 1920 × 1080', async () => {
    const plot = zh.chart.plot();
    const svg = await standaloneImageSvg(plot, zh.frame, false);
    const width = Number(/ width="(\d+)"/.exec(svg)![1]);
    const height = Number(/ height="(\d+)"/.exec(svg)![1]);
    expect(pngSize(await chartPng(plot, zh.frame, 1))).toEqual({ width, height });
    expect(pngSize(await chartPng(plot, zh.frame, 2))).toEqual({ width: 2 * width, height: 2 * height });
    expect(pngSize(await slidePng((w) => zh.chart.plot(w), zh.frame))).toEqual(SLIDE);
  }, 60_000);

  it('draws title, period, unit, source, address and data version into the standalone SVG', async () => {
    const svg = await standaloneImageSvg(zh.chart.plot(), zh.frame, false);
    // Lines are wrapped into separate <text> elements: compare the text with the markup taken out.
    const drawn = svg.replace(/<[^>]*>|\n/g, '');
    for (const text of [
      zh.chart.title,
      zh.frame.unit,
      zh.frame.version,
      `${SITE}/places/gansu/#chart-ctx-suspects_arrested-province`,
    ])
      expect(drawn).toContain(text);
    expect(svg).not.toContain('@font-face');
  });

  it('embeds the font subset when asked, as a data URI (no request)', async () => {
    const svg = await standaloneImageSvg(zh.chart.plot(), zh.frame, true);
    expect(svg).toMatch(
      /@font-face\{font-family:"Noto Sans SC";font-weight:400;src:url\(data:font\/ttf;base64,/,
    );
    expect(svg).not.toMatch(/url\((?!data:)/);
  }, 60_000);

  it('has a glyph for every character a Chinese chart prints (no tofu)', async () => {
    const text = frameText(zh.chart.plot(), zh.frame);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    const [regular, bold] = await subsetFonts(text);
    expect(missingGlyphs(regular!, text)).toEqual([]);
    expect(missingGlyphs(bold!, text)).toEqual([]);
    // The check can fail: a subset without the Chinese characters misses them.
    const [latinOnly] = await subsetFonts('abc');
    expect(missingGlyphs(latinOnly!, '抓获')).toEqual(['抓', '获']);
  }, 60_000);

  it('wraps a long address inside the frame instead of running off the image', () => {
    const plot = zh.chart.plot();
    const address = `https://intranet.example.gov.cn/some/long/mirror/path/data/crackdown/places/gansu/#chart-ctx-suspects_arrested-province`;
    const frame = { ...zh.frame, address };
    for (const [svg, size] of [
      [framedSvg(plot, frame, { fontFamily: 'x' }), 12],
      [slideSvg(() => plot, frame, { fontFamily: 'x' }), 22],
    ] as const) {
      const width = Number(/ width="(\d+)"/.exec(svg)![1]);
      const lines = [
        ...svg.matchAll(new RegExp(`<text x="([\\d.]+)"[^>]*font-size="${size}"[^>]*>([^<]*)</text>`, 'g')),
      ];
      const drawn = lines.map((m) => m[2]).join('');
      expect(drawn).toContain(address);
      for (const [, x, text] of lines) expect(Number(x) + textWidth(text!, size)).toBeLessThanOrEqual(width);
    }
  });
});

describe('wrapAddress', () => {
  it('breaks after / - _ . and cuts a piece wider than the line', () => {
    expect(wrapAddress('https://a.example/x/y/', 1000, 12)).toEqual(['https://a.example/x/y/']);
    const lines = wrapAddress('https://a.example/places/gansu-chart/#chart-ctx', 80, 12);
    expect(lines.join('')).toBe('https://a.example/places/gansu-chart/#chart-ctx');
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(80);
    expect(wrapAddress('x'.repeat(40), 60, 12).every((l) => textWidth(l, 12) <= 60)).toBe(true);
  });

  it('lays a slide out for a projector: title largest, chart redrawn wide, credit and QR code in the footer', () => {
    const en = chartEmbed(q, 'en', 'places/gansu/ctx-suspects_arrested-province', SITE);
    const svg = slideSvg((w) => en.chart.plot(w), en.frame, { fontFamily: 'x' });
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    const titleSize = Number(/<text[^>]*font-size="([\d.]+)"[^>]*font-weight="bold"/.exec(svg)![1]);
    // The chart inside is scaled (its own font sizes times the nested scale): no drawn text beats the title.
    const nested =
      /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(
        svg,
      )!;
    const scale = Number(nested[3]) / Number(nested[5]);
    const inner = svg.slice(svg.indexOf(nested[0]), svg.indexOf('</svg>', svg.indexOf(nested[0])));
    const innerSizes = [...inner.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]) * scale);
    expect(Math.max(...innerSizes)).toBeLessThan(titleSize);
    expect(titleSize).toBe(Math.max(...sizes));
    // Redrawn at the slide's width, not a 420 px chart scaled up, and spread across it.
    expect(Number(nested[5])).toBeGreaterThan(420);
    expect(Number(nested[3])).toBeGreaterThan(1500);
    expect(svg).toContain('Crackdown Data · CC BY 4.0');
    expect(svg).toMatch(/<path d="M[^"]+" fill="#111"\/>/);
  });

  it('sets an English image in the Latin face first, a Chinese one in the CJK face', async () => {
    const en = chartEmbed(q, 'en', 'places/gansu/ctx-suspects_arrested-province', SITE);
    const enSvg = (await standaloneImageSvg(en.chart.plot(), en.frame, false)).replaceAll('&#39;', "'");
    expect(enSvg).toMatch(/font-family="'Source Sans 3', 'Noto Sans SC'/);
    expect((await standaloneImageSvg(zh.chart.plot(), zh.frame, false)).replaceAll('&#39;', "'")).toMatch(
      /font-family="'Noto Sans SC', /,
    );
    // Every family name is quoted or a valid identifier: an unquoted "Source Sans 3" is skipped by
    // resvg and browsers, which then draw the CJK face's full-width quotes.
    for (const [, list] of enSvg.matchAll(/font-family="([^"]*)"/g))
      for (const name of list!.split(',').map((n) => n.trim()))
        expect(name, list).toMatch(/^'[^']+'$|^"[^"]+"$|^-?[A-Za-z_][\w-]*( -?[A-Za-z_][\w-]*)*$/);
    const embedded = await standaloneImageSvg(en.chart.plot(), en.frame, true);
    expect(embedded).toContain('font-family:"Source Sans 3"');
  }, 60_000);
});
