/** The one renderer: any chart spec to SVG, sized for its use (see ChartSize). */
import { partWholeSvg } from './part-whole.ts';
import { rankedBarSvg } from './ranked-bar.ts';
import { statSvg } from './stat-svg.ts';
import { DEFAULT_WIDTH, type ChartSize } from './svg.ts';
import { tileMapSvg } from './tile-map.ts';
import { timelineSvg } from './timeline.ts';
import type { AnyChartSpec, Plot } from './types.ts';

export interface RenderOptions {
  /** `fit` (default) on a page; `fixed` for framing into standalone SVGs, PNGs and slides. */
  size?: ChartSize;
  /** Width to lay the chart out at (bars, part-whole and timelines reflow; a stat and a map keep theirs). */
  width?: number;
}

/** Draws a chart of any form as SVG with its design size. */
export function renderChart(spec: AnyChartSpec, opts: RenderOptions = {}): Plot {
  const size = opts.size ?? 'fit';
  const width = opts.width ?? DEFAULT_WIDTH;
  switch (spec.form) {
    case 'ranked':
      return rankedBarSvg(spec, spec.formWords.ranked, width, size);
    case 'part-whole': {
      const [whole, ...parts] = spec.data;
      const input = { id: spec.id, locale: spec.locale, whole: whole!, parts };
      return partWholeSvg(input, spec.formWords.partWhole, width, size);
    }
    case 'stat':
      return statSvg(spec, size);
    case 'tile-map':
      return tileMapSvg(spec);
    case 'timeline':
      return timelineSvg(spec.id, spec.rows, spec.words, width, size);
  }
}
