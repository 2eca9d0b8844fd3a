import { describe, expect, it } from 'vitest';
import { chartFigureHtml } from '../../../src/lib/charts/figure-html.ts';
import type { FormChartSpec } from '../../../src/lib/charts/types.ts';
import { words } from '../../../src/lib/i18n/words.ts';
import { provincesEn, provincesZh } from './fixtures.ts';

/** A fixture as a ranked chart, bars largest first, as a view would give it. */
function ranked(spec = provincesEn()): FormChartSpec {
  const data = [...spec.data].sort((a, b) => b.value - a.value);
  const formWords = words(spec.locale).forms.form;
  return {
    ...spec,
    form: 'ranked',
    formWords,
    more: 0,
    data: data.map((d) => ({ ...d, unitLabel: spec.unitLabel })),
  };
}

const figure = chartFigureHtml;

describe('chartFigureHtml', () => {
  it('follows the markup contract', () => {
    const html = figure(ranked());
    expect(html).toMatch(/^<figure class="chart" id="chart-suspects"/);
    expect(html).toContain('<h3 class="chart-title">Suspects arrested</h3>');
    expect(html).toContain(
      '<p class="chart-subtitle">card-breaking campaign, as of the date per province · Unit: people</p>',
    );
    expect(html).toMatch(
      /<div class="chart-svg"><svg focusable="false" [^>]*role="img" aria-label="Bar chart: /,
    );
    expect(html).toContain('<div class="chart-tooltip" role="tooltip" data-separator=": " hidden></div>');
    expect(html).toContain(
      '<p class="chart-source">Source: Topic 2020, pp. 57-59 · Jiangxi is a sample · Hatched bars are not exact counts: + means “more than” (余).</p>',
    );
    expect(html).toContain('<details class="chart-table"><summary>Data table</summary>');
    expect(html).not.toContain('chart-actions');
    expect(html.endsWith('</figure>')).toBe(true);
  });

  it('marks one hover target per bar with data-index, in table order, and nothing for ECharts', () => {
    const html = figure(ranked());
    const indexes = [...html.matchAll(/<rect [^>]*data-index="(\d+)"/g)].map((m) => m[1]);
    expect(indexes).toEqual(['0', '1', '2']);
    expect(html).not.toContain('ecmeta_');
  });

  it('has one table row per datum, in bar order, with scoped headers', () => {
    const html = figure(ranked());
    const rows = html.match(/<tr><th scope="row">/g) ?? [];
    expect(rows).toHaveLength(3);
    expect(html.match(/<th scope="col">/g)).toHaveLength(6);
    expect(html).toContain('<th scope="col">Province</th>');
    const order = ['Jiangxi', 'Gansu', 'Sichuan'].map((l) => html.indexOf(`${l}</`, html.indexOf('<tbody>')));
    expect(order.every((p, i) => p > 0 && (i === 0 || p > (order[i - 1] ?? 0)))).toBe(true);
    expect(html).toContain(
      '<td class="num">5,011+</td><td>more than (余 or 多)</td><td>as of 2020</td><td>p. 57</td>',
    );
    expect(html).toContain('<a href="/en/places/gansu/">Gansu</a>');
  });

  it('escapes text everywhere', () => {
    const spec = provincesEn();
    spec.title = 'A <script> & B';
    spec.data[0] = { ...spec.data[0]!, label: `O'Brien <i>`, quote: "“引号” <&> '" };
    const html = figure(ranked(spec));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<i>');
    expect(html).toContain('A &lt;script&gt; &amp; B');
    expect(html).toContain('O&#39;Brien &lt;i&gt;');
    expect(html).toContain('<q>“引号” &lt;&amp;&gt; &#39;</q>');
  });

  it('is in Chinese for Chinese charts, with its CSV and share links when given', () => {
    const html = figure(ranked(provincesZh()), {
      csvHref: '/x.csv',
      shareHref: '/share/x/',
      headingLevel: 2,
    });
    expect(html).toContain('<h2 class="chart-title">');
    expect(html).toContain('<summary>数据表</summary>');
    expect(html).toContain('<th scope="col">数值（人）</th>');
    expect(html).toContain('<td class="num">5011余</td>');
    expect(html).toContain('<td>第57页</td>');
    expect(html).toContain('斜线条形为非确数');
    expect(html).toContain(
      '<p class="chart-actions"><a href="/x.csv" download>下载CSV</a> · <a href="/share/x/">嵌入·图片·引用</a></p>',
    );
  });

  it('omits the hatch note when every figure is exact', () => {
    const spec = provincesEn();
    spec.data = spec.data.filter((d) => d.qualifier === 'exact');
    expect(figure(ranked(spec))).not.toContain('Hatched');
  });
});
