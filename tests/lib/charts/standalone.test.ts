import { describe, expect, it } from 'vitest';
import { standaloneSvg } from '../../../src/lib/charts/standalone.ts';
import { provincesEn } from './fixtures.ts';

describe('standaloneSvg', () => {
  it('draws title, subtitle, source and the chart into one SVG file', () => {
    const svg = standaloneSvg(provincesEn());
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('<title>Suspects arrested</title>');
    expect(svg).toMatch(/>Suspects arrested<\/text>/);
    expect(svg).toContain('Source: Topic 2020, pp. 57-59');
    expect(svg).toMatch(/>2,289<\/text>/);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/m);
    expect(svg).toBe(standaloneSvg(provincesEn()));
  });
});
