import type { EChartsCoreOption } from 'echarts/core';
import { BAR_COLOR, FONT_FAMILY, TEXT_COLOR } from '../theme.ts';
import { textWidth, wrapText } from './text.ts';
import type { ChartDatum, ChartSpec } from './types.ts';

/** Default design width in px; the SVG scales down from it on narrow screens. */
export const DEFAULT_WIDTH = 420;

const FONT = 15; // category labels and values
const LINE = 19; // line height of category labels
const BAR = 22; // bar thickness
const GAP = 4; // between a label and its bar
const PAD = 12; // between a bar and the next label
const VALUE_GAP = 6; // between a bar's end and its value

/** Pixel layout of a bar chart: bands, label lines and the chart height. */
export interface BarLayout {
  width: number;
  height: number;
  /** Height of one category band. */
  band: number;
  gridTop: number;
  gridRight: number;
  /** Wrapped category labels, in bar order. */
  labels: string[][];
}

/** The data in bar order: value descending, ties in input order. */
export function sortedData(spec: ChartSpec): ChartDatum[] {
  return [...spec.data].sort((a, b) => b.value - a.value);
}

/** Computes the layout so labels sit above bars and values fit right of the longest bar. */
export function barLayout(spec: ChartSpec, width = DEFAULT_WIDTH): BarLayout {
  const data = sortedData(spec);
  const labels = data.map((d) => wrapText(d.label, width - 4, FONT));
  const lines = Math.max(1, ...labels.map((l) => l.length));
  const labelBlock = lines * LINE + GAP;
  const band = BAR + labelBlock + PAD;
  const gridTop = Math.ceil(labelBlock - (band - BAR) / 2) + 2;
  // Bold text runs up to 20% wider than the estimate (DejaVu Sans Bold).
  const valueWidth = Math.max(
    0,
    ...data.map((d) => 1.2 * textWidth(spec.words.value(d.value, d.qualifier), FONT)),
  );
  const gridRight = Math.ceil(valueWidth + VALUE_GAP + 6);
  const height = gridTop + Math.max(1, data.length) * band;
  return { width, height, band, gridTop, gridRight, labels };
}

/** ECharts option for a horizontal bar chart of one unit, largest bar on top, no animation. */
export function barOption(spec: ChartSpec, width = DEFAULT_WIDTH): EChartsCoreOption {
  const data = sortedData(spec);
  const layout = barLayout(spec, width);
  const max = Math.max(0, ...data.map((d) => d.value)) || 1;
  const categories = data.map((d) => d.id);
  const text = { fontFamily: FONT_FAMILY, fontSize: FONT, color: TEXT_COLOR };
  const category = {
    type: 'category',
    data: categories,
    inverse: true,
    axisLine: { show: false },
    axisTick: { show: false },
  };
  return {
    animation: false,
    aria: { enabled: false },
    textStyle: { fontFamily: FONT_FAMILY },
    grid: { left: 1, right: layout.gridRight, top: layout.gridTop, bottom: 0, containLabel: false },
    xAxis: { type: 'value', min: 0, max, show: false },
    yAxis: [
      {
        ...category,
        axisLabel: {
          ...text,
          inside: true,
          margin: 0,
          align: 'left',
          verticalAlign: 'bottom',
          lineHeight: LINE,
          padding: [0, 0, BAR / 2 + GAP, 0],
          formatter: (_: string, i: number) => (layout.labels[i] ?? []).join('\n'),
        },
      },
      { ...category, show: false },
    ],
    series: [
      {
        id: 'values',
        type: 'bar',
        yAxisIndex: 0,
        barWidth: BAR,
        emphasis: { disabled: true },
        label: {
          show: true,
          position: 'right',
          distance: VALUE_GAP,
          ...text,
          fontWeight: 'bold',
          formatter: (p: { dataIndex: number }) => {
            const d = data[p.dataIndex];
            return d ? spec.words.value(d.value, d.qualifier) : '';
          },
        },
        data: data.map((d) => ({
          value: d.value,
          itemStyle:
            d.qualifier === 'exact'
              ? { color: BAR_COLOR }
              : {
                  color: BAR_COLOR,
                  decal: {
                    symbol: 'rect',
                    symbolSize: 1,
                    dashArrayX: [1, 0],
                    dashArrayY: [3, 3],
                    rotation: -Math.PI / 4,
                    color: 'rgba(255,255,255,0.7)',
                  },
                },
        })),
      },
      {
        // Invisible full-band targets for hover, tap and keyboard focus (see src/client/charts.ts).
        id: 'targets',
        type: 'bar',
        yAxisIndex: 1,
        barWidth: '100%',
        emphasis: { disabled: true },
        itemStyle: { color: 'rgba(0,0,0,0)' },
        data: data.map(() => max),
      },
    ],
  };
}
