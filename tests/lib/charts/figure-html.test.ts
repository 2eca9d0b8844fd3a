import { describe, expect, it } from 'vitest';
import { chartFigureHtml, tooltipData } from '../../../src/lib/charts/figure-html.ts';
import type { TooltipDatum } from '../../../src/lib/charts/types.ts';
import { provincesEn, provincesZh } from './fixtures.ts';

/** Undoes the HTML escaping of an attribute value. */
function unescape(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '',
  );
}

function dataChart(html: string): TooltipDatum[] {
  const raw = html.match(/data-chart='([^']*)'/)?.[1];
  if (raw === undefined) throw new Error('no data-chart');
  return JSON.parse(unescape(raw)) as TooltipDatum[];
}

describe('chartFigureHtml', () => {
  it('follows the markup contract', () => {
    const html = chartFigureHtml(provincesEn());
    expect(html).toMatch(/^<figure class="chart" id="chart-suspects"/);
    expect(html).toContain('<h3 class="chart-title">Suspects arrested</h3>');
    expect(html).toContain(
      '<p class="chart-subtitle">card-breaking campaign, as of the date per province · Unit: people</p>',
    );
    expect(html).toMatch(/<div class="chart-svg"><svg [^>]*role="img" aria-label="Bar chart: /);
    expect(html).toContain('<div class="chart-tooltip" role="tooltip" hidden></div>');
    expect(html).toContain(
      '<p class="chart-source">Source: Topic 2020, pp. 57-59 · Jiangxi is a sample · Hatched bars are not exact counts: + means “more than” (余).</p>',
    );
    expect(html).toContain('<details class="chart-table"><summary>Data table</summary>');
    expect(html).not.toContain('chart-actions');
    expect(html.endsWith('</figure>')).toBe(true);
  });

  it('marks one hover target per bar with data-index, matching data-chart order', () => {
    const html = chartFigureHtml(provincesEn());
    const indexes = [...html.matchAll(/<path [^>]*data-index="(\d+)"/g)].map((m) => m[1]);
    expect(indexes).toEqual(['0', '1', '2']);
  });

  it('has one table row per datum, in bar order, with scoped headers', () => {
    const html = chartFigureHtml(provincesEn());
    const rows = html.match(/<tr><th scope="row">/g) ?? [];
    expect(rows).toHaveLength(3);
    expect(html.match(/<th scope="col">/g)).toHaveLength(6);
    expect(html).toContain('<th scope="col">Province</th>');
    const order = ['Jiangxi', 'Gansu', 'Sichuan'].map((l) => html.indexOf(`${l}</`, html.indexOf('<tbody>')));
    expect(order.every((p, i) => p > 0 && (i === 0 || p > (order[i - 1] ?? 0)))).toBe(true);
    expect(html).toContain(
      '<td class="num">5,011+</td><td>more than (余)</td><td>as of 2020</td><td>p. 57</td>',
    );
    expect(html).toContain('<a href="/en/places/gansu/">Gansu</a>');
  });

  it('carries tooltip data that parses back', () => {
    const html = chartFigureHtml(provincesEn());
    const data = dataChart(html);
    expect(data).toEqual(tooltipData(provincesEn()));
    expect(data[0]).toEqual({
      label: 'Jiangxi',
      value: '5,011+',
      qualifier: 'more than (余)',
      period: 'as of 2020',
      page: 'p. 57',
      quote: '抓获犯罪嫌疑人5011余人',
    });
    expect(data[1]?.href).toBe('/en/places/gansu/');
  });

  it('escapes text everywhere', () => {
    const spec = provincesEn();
    spec.title = 'A <script> & B';
    spec.data[0] = { ...spec.data[0]!, label: `O'Brien <i>`, quote: "“引号” <&> '" };
    const html = chartFigureHtml(spec);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<i>');
    expect(html).toContain('A &lt;script&gt; &amp; B');
    expect(html).toContain('O&#39;Brien &lt;i&gt;');
    const data = dataChart(html);
    expect(data.find((d) => d.label.startsWith('O'))?.label).toBe(`O'Brien <i>`);
    expect(data.find((d) => d.label.startsWith('O'))?.quote).toBe("“引号” <&> '");
  });

  it('is in Chinese for Chinese charts and adds the download link when asked', () => {
    const html = chartFigureHtml(provincesZh(), { downloadHref: '/charts/suspects.svg', headingLevel: 2 });
    expect(html).toContain('<h2 class="chart-title">');
    expect(html).toContain('<summary>数据表</summary>');
    expect(html).toContain('<th scope="col">数值（人）</th>');
    expect(html).toContain('<td class="num">5011余</td>');
    expect(html).toContain('<td>第57页</td>');
    expect(html).toContain('斜线条形为非确数');
    expect(html).toContain('<a href="/charts/suspects.svg" download="chart-suspects.svg">下载SVG</a>');
  });

  it('omits the hatch note when every figure is exact', () => {
    const spec = provincesEn();
    spec.data = spec.data.filter((d) => d.qualifier === 'exact');
    expect(chartFigureHtml(spec)).not.toContain('Hatched');
  });
});
