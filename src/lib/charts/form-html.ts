import { html, raw } from '../html/html.ts';
import { DEFAULT_WIDTH } from './svg.ts';
import { chartFootnote, tableHtml } from './figure-html.ts';
import { partWholeSvg, type PartWholeWords } from './part-whole.ts';
import { rankedBarSvg, type RankedWords } from './ranked-bar.ts';
import type { FormChartSpec } from './types.ts';

/** The words the chart forms draw or say, beyond the spec's own ChartWords. */
export interface FormWords {
  ranked: RankedWords;
  partWhole: PartWholeWords;
  /** The link to the CSV of exactly the rows behind a chart. */
  downloadCsv: string;
  /** The link to the chart's share page (embed code, images, citation). */
  share: string;
}

/** Where a chart's files are published. */
export interface FormLinks {
  shareHref?: string;
  csvHref?: string;
  /** The title's heading level: 3 inside a page's sections (default), 2 where the chart stands alone. */
  headingLevel?: 2 | 3;
}

/** The chart's SVG as drawn on the page (scales down to its container from `width`). */
export function formSvg(spec: FormChartSpec, words: FormWords, width = DEFAULT_WIDTH): string {
  if (spec.form === 'ranked') return rankedBarSvg(spec, words.ranked, width);
  const [whole, ...parts] = spec.data;
  return partWholeSvg({ id: spec.id, locale: spec.locale, whole: whole!, parts }, words.partWhole, width);
}

/** The complete HTML of one chart: caption, SVG, tooltip slot, source, data table, CSV and share links. */
export function formFigureHtml(spec: FormChartSpec, words: FormWords, links: FormLinks = {}): string {
  const id = `chart-${spec.id}`;
  const svg = formSvg(spec, words).replace('<svg ', '<svg focusable="false" ');
  const actions = [
    links.csvHref && html`<a href="${links.csvHref}" download>${words.downloadCsv}</a>`,
    links.shareHref && html`<a href="${links.shareHref}">${words.share}</a>`,
  ].filter(Boolean);
  const h = `h${links.headingLevel ?? 3}`;
  const caption = html`<figcaption><${raw(h)} class="chart-title">${spec.title}</${raw(h)}><p class="chart-subtitle">${spec.subtitle} · ${spec.words.unit(spec.unitLabel)}</p></figcaption>`;
  return String(
    html`<figure class="chart" id="${id}" lang="${spec.locale}">${caption}<div class="chart-svg">${raw(svg)}</div><div class="chart-tooltip" role="tooltip" hidden></div><p class="chart-source">${chartFootnote(spec)}</p>${tableHtml(spec)}${actions.length > 0 && html`<p class="chart-actions">${actions.map((a, i) => html`${i ? ' · ' : ''}${a}`)}</p>`}</figure>`,
  );
}
