import { describe, expect, it } from 'vitest';
import { barLayout, barOption } from '../../../src/lib/charts/bar.ts';
import { altText, renderChartSvg } from '../../../src/lib/charts/render.ts';
import type { ChartSpec } from '../../../src/lib/charts/types.ts';
import { gansuOnly, provincesEn, provincesZh } from './fixtures.ts';

function render(spec: ChartSpec, prefix = 'chart-x'): string {
  const { width, height } = barLayout(spec);
  return renderChartSvg(barOption(spec), { width, height, label: altText(spec), idPrefix: prefix });
}

describe('altText', () => {
  it('names the chart, period, count, largest and smallest in English', () => {
    const text = altText(provincesEn());
    expect(text).toBe(
      'Bar chart: Suspects arrested, card-breaking campaign, as of the date per province. 3 values; largest Jiangxi more than 5,011; smallest Sichuan 963. Unit: people.',
    );
  });
  it('speaks Chinese for Chinese charts', () => {
    const text = altText(provincesZh());
    expect(text).toContain('条形图：抓获犯罪嫌疑人');
    expect(text).toContain('最大：江西省 5011余');
    expect(text).toContain('最小：四川省 963');
  });
  it('handles a single value', () => {
    expect(altText(gansuOnly('en'))).toContain('1 value: Gansu 2,289');
  });
});

describe('renderChartSvg', () => {
  it('gives the SVG role img and a label naming largest and smallest', () => {
    const svg = render(provincesEn());
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    const label = svg.match(/aria-label="([^"]*)"/)?.[1] ?? '';
    expect(label).toContain('largest Jiangxi more than 5,011');
    expect(label).toContain('smallest Sichuan 963');
  });

  it('prints the formatted numbers as text', () => {
    expect(render(gansuOnly('en'))).toMatch(/>2,289<\/text>/);
    expect(render(gansuOnly('zh'))).toMatch(/>2289<\/text>/);
    expect(render(provincesEn())).toMatch(/>5,011\+<\/text>/);
    expect(render(provincesZh())).toMatch(/>5011余<\/text>/);
  });

  it('is responsive: viewBox, 100% width, no fixed pixel size', () => {
    const svg = render(provincesEn());
    const { width, height } = barLayout(provincesEn());
    const root = svg.slice(0, svg.indexOf('>'));
    expect(root).toContain(`viewBox="0 0 ${width} ${height}"`);
    expect(root).toContain('width="100%"');
    expect(root).not.toMatch(/ height="\d/);
  });

  it('is deterministic and uses the given id prefix', () => {
    const a = render(provincesEn(), 'chart-a');
    render(provincesZh(), 'chart-b');
    const b = render(provincesEn(), 'chart-a');
    expect(b).toBe(a);
    expect(a).not.toMatch(/zr\d+-/);
    expect(a).toContain('url(#chart-a-');
  });

  it('marks every bar and target with its data index for the browser script', () => {
    const svg = render(provincesEn());
    for (const i of [0, 1, 2]) {
      expect(svg).toContain(`ecmeta_series_index="0" ecmeta_data_index="${i}"`);
      expect(svg).toContain(`ecmeta_series_index="1" ecmeta_data_index="${i}"`);
    }
    expect(svg).not.toMatch(/<text (?![^>]*pointer-events="none")/);
  });

  it('escapes label text', () => {
    const spec = provincesEn();
    spec.data[0] = { ...spec.data[0]!, label: 'A <b> & “C”' };
    const svg = render(spec);
    expect(svg).toContain('A &lt;b&gt; &amp; “C”');
    expect(svg).not.toContain('<b>');
  });
});
