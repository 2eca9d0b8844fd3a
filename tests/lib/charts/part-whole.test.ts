import { describe, expect, it } from 'vitest';
import { partWholeSvg } from '../../../src/lib/charts/part-whole.ts';
import { BAR_COLOR, TRACK_COLOR } from '../../../src/lib/theme.ts';
import { partWholeWords } from './form-words.ts';
import { partWhole } from './form-samples.ts';
import { rects, root, selfContained, texts } from './svg-helpers.ts';

const en = partWholeWords('en');
const zh = partWholeWords('zh');
const filled = (svg: string, fill: string) => rects(svg).filter((r) => r.fill === fill);

describe('partWholeSvg', () => {
  it('draws 129 inside its 181, with both numbers', () => {
    const svg = partWholeSvg(partWhole('daqing-people-caught', 'en'), en).svg;
    const { width } = root(svg);
    const [whole, part] = filled(svg, BAR_COLOR);
    const [track] = filled(svg, TRACK_COLOR);
    expect(Number(whole!.width)).toBe(width);
    expect(Number(track!.width)).toBe(width);
    expect(track!.y).toBe(part!.y);
    expect(Number(part!.width) / width).toBeCloseTo(129 / 181, 2);
    expect(texts(svg)).toEqual([
      'People caught',
      '181',
      'Placed under compulsory measures (of which)',
      '129 of 181',
    ]);
  });

  it('draws each of several parts inside the whole, naming units when a part counts other things', () => {
    const svg = partWholeSvg(partWhole('daqing-dens', 'en'), en).svg;
    expect(filled(svg, TRACK_COLOR)).toHaveLength(2);
    expect(texts(svg)).toContain('5 companies of 17 dens');
    expect(texts(svg)).toContain('2 companies of 17 dens');
    expect(texts(partWholeSvg(partWhole('zhoukou-suspects', 'zh'), zh).svg)).toContain('268中的209');
  });

  it('hatches a part that is not exact', () => {
    const spec = partWhole('daqing-people-caught', 'en');
    expect(partWholeSvg(spec, en).svg).not.toContain('hatch');
    const rough = { ...spec, parts: [{ ...spec.parts[0]!, qualifier: 'approximately' as const }] };
    const svg = partWholeSvg(rough, en).svg;
    const overlay = rects(svg).filter((r) => r.fill?.startsWith('url(#'));
    expect(overlay).toHaveLength(1);
    expect(overlay[0]!.width).toBe(filled(svg, BAR_COLOR)[1]!.width);
    expect(texts(svg)).toContain('~129 of 181');
  });

  it('never draws a part longer than its whole', () => {
    const spec = partWhole('daqing-people-caught', 'en');
    const svg = partWholeSvg({ ...spec, parts: [{ ...spec.parts[0]!, value: 400 }] }, en).svg;
    expect(Number(filled(svg, BAR_COLOR)[1]!.width)).toBe(root(svg).width);
  });

  it('has a text alternative, one hit target per row and no outside requests', () => {
    const svg = partWholeSvg(partWhole('zhoukou-telecom-numbers-checked', 'en'), en).svg;
    expect(root(svg).role).toBe('img');
    expect(root(svg).label).toBe(
      'Part-to-whole chart: High-risk numbers checked: 29,456; of which High-risk numbers shut down (of which): 1,067 of 29,456.',
    );
    expect(
      rects(svg)
        .filter((r) => r['data-index'] !== undefined)
        .map((r) => r['data-index']),
    ).toEqual(['0', '1']);
    expect(selfContained(svg)).toBe(true);
  });
});
