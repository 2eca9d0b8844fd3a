import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { html } from '../html/html.ts';
import { sortedData } from './bar.ts';
import type { ChartSpec } from './types.ts';

echarts.use([BarChart, GridComponent, SVGRenderer]);

/** Options for rendering: the design size in px and the chart's text alternative. */
export interface RenderOptions {
  width: number;
  height: number;
  /** Text alternative; the SVG gets role="img" and aria-label. */
  label?: string;
  /** Prefix for ids and classes inside the SVG, unique on the page (default `c`). */
  idPrefix?: string;
  /** Plain data that fully determines the option (e.g. the spec as JSON), to reuse an earlier render. */
  cacheKey?: string;
}

const PREFIX = '\u0000';
// A page's chart and its standalone SVG file draw the same chart: render it once per build.
// Options hold formatter functions, which JSON drops, so callers key the cache by their plain input.
const rendered = new Map<string, string>();

/** Renders an option with ECharts SSR to a fixed-size SVG string, ids prefixed so they are stable and unique; `cacheKey` (plain data that fully determines the option) lets a second call reuse the render. */
export function renderRawSvg(
  option: EChartsCoreOption,
  width: number,
  height: number,
  idPrefix = 'c',
  cacheKey?: string,
): string {
  const key = cacheKey === undefined ? undefined : `${width}x${height}:${cacheKey}`;
  let svg = key === undefined ? undefined : rendered.get(key);
  if (svg === undefined) {
    svg = renderOnce(option, width, height);
    if (key !== undefined) rendered.set(key, svg);
  }
  return svg.replaceAll(PREFIX, idPrefix.replace(/[^A-Za-z0-9_-]/g, '-'));
}

function renderOnce(option: EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    // zrender numbers its instances (zr0-, zr1-, …) and its CSS classes across all renders:
    // use a placeholder prefix and number classes from 0 in each SVG, so output is stable.
    const classes = new Map<string, number>();
    return chart
      .renderToSVGString()
      .replace(/(["#.\s])zr\d+-/g, `$1${PREFIX}-`)
      .replace(new RegExp(`${PREFIX}-cls-(\\d+)`, 'g'), (_, n: string) => {
        if (!classes.has(n)) classes.set(n, classes.size);
        return `${PREFIX}-cls-${classes.get(n)}`;
      });
  } finally {
    chart.dispose();
  }
}

/** Renders an ECharts option to a responsive, deterministic, accessible SVG string (build time). */
export function renderChartSvg(option: EChartsCoreOption, opts: RenderOptions): string {
  const svg = renderRawSvg(option, opts.width, opts.height, opts.idPrefix, opts.cacheKey);
  const aria =
    opts.label === undefined ? html`aria-hidden="true"` : html`role="img" aria-label="${opts.label}"`;
  return (
    svg
      .replace(
        /^<svg width="[\d.]+" height="[\d.]+"/,
        `<svg width="100%" style="max-width:${opts.width}px;height:auto;display:block" ${aria} focusable="false"`,
      )
      .replace(/<rect width="[\d.]+" height="[\d.]+" x="0" y="0" fill="none"><\/rect>\n?/, '')
      // Text never takes the pointer, so hovering a value or label reaches the bar's target under it.
      .replaceAll('<text ', '<text pointer-events="none" ')
  );
}

/** Text alternative from the data: chart kind, title, period, count, largest and smallest. */
export function altText(spec: ChartSpec): string {
  const data = sortedData(spec);
  const { alt, valueInWords, unit } = spec.words;
  const say = (d: ChartSpec['data'][number]) => `${d.label} ${valueInWords(d.value, d.qualifier)}`;
  const head = alt.head(spec.title, spec.subtitle);
  const first = data[0];
  const last = data[data.length - 1];
  if (!first || !last) return alt.none(head);
  if (data.length === 1) return alt.one(head, say(first), unit(spec.unitLabel));
  return alt.many(head, data.length, say(first), say(last), unit(spec.unitLabel));
}
