import { html, raw } from '../html/html.ts';
import { barLayout, barOption, DEFAULT_WIDTH, sortedData } from './bar.ts';
import { altText, renderChartSvg } from './render.ts';
import type { ChartSpec, Qualifier, TooltipDatum } from './types.ts';

/** Options for one chart figure. */
export interface FigureOptions {
  /** Design width in px (default 420); the SVG scales down to its container. */
  width?: number;
  /** Overrides the computed height. */
  height?: number;
  /** Heading level of the chart title (default 3). */
  headingLevel?: 2 | 3 | 4;
  /** URL of a standalone SVG; when given, a download link is added. */
  downloadHref?: string;
}

/** The per-bar tooltip data for `data-chart`, in bar order (largest first). */
export function tooltipData(spec: ChartSpec, data = sortedData(spec)): TooltipDatum[] {
  const w = spec.words;
  return data.map((d) => ({
    label: d.label,
    value: w.value(d.value, d.qualifier),
    qualifier: w.qualifiers[d.qualifier],
    period: d.period,
    page: w.page(d.page),
    quote: d.quote,
    ...(d.href ? { href: d.href } : {}),
  }));
}

/** The key to the hatched bars, naming only the qualifiers present; empty if all are exact. */
export function hatchNote(spec: ChartSpec): string {
  const has = (q: Qualifier) => spec.data.some((d) => d.qualifier === q);
  const w = spec.words;
  const parts = [has('at_least') && w.hatchAtLeast, has('approximately') && w.hatchApproximately].filter(
    (part): part is string => Boolean(part),
  );
  return parts.length === 0 ? '' : w.hatchNote(parts);
}

/** The line under a chart: its source, notes and the hatch key, joined by ` · `. */
export function chartFootnote(spec: ChartSpec): string {
  return [spec.source, ...spec.notes, hatchNote(spec)].filter(Boolean).join(' · ');
}

/**
 * The accessible data table (inside a closed <details>), one row per datum in bar order. It is also
 * where src/client/charts.ts reads each bar's tooltip: label (and link), value, qualifier, period,
 * page and the quote in <q>, in that column order.
 */
export function tableHtml(spec: ChartSpec, data = sortedData(spec)) {
  const w = spec.words;
  const c = w.columns;
  const heads = [
    spec.categoryLabel ?? c.item,
    c.value(spec.unitLabel),
    c.qualifier,
    c.period,
    c.page,
    c.quote,
  ];
  const rows = data.map((d) => {
    const label = d.href ? html`<a href="${d.href}">${d.label}</a>` : d.label;
    const note = d.note && html`<br><small lang="${spec.locale}">${d.note}</small>`;
    return html`<tr><th scope="row">${label}</th><td class="num">${w.value(d.value, d.qualifier)}</td><td>${w.qualifiers[d.qualifier]}</td><td>${d.period}</td><td>${w.page(d.page)}</td><td lang="zh"><q>${d.quote}</q>${note}</td></tr>`;
  });
  return html`<details class="chart-table"><summary>${w.dataTable}</summary><table><caption>${spec.title}: ${spec.subtitle}</caption><thead><tr>${heads.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table></details>`;
}

/** The complete HTML fragment for one chart: caption, SVG, tooltip slot, source, data table. */
export function chartFigureHtml(spec: ChartSpec, opts: FigureOptions = {}): string {
  const width = opts.width ?? DEFAULT_WIDTH;
  const height = opts.height ?? barLayout(spec, width).height;
  const h = raw(`h${opts.headingLevel ?? 3}`);
  const id = `chart-${spec.id}`;
  // The invisible full-band targets (series 1, see bar.ts) get data-index: the bar's position in data-chart.
  const svg = renderChartSvg(barOption(spec, width), {
    width,
    height,
    label: altText(spec),
    idPrefix: id,
    cacheKey: JSON.stringify(spec),
  }).replace(/ecmeta_series_index="1" ecmeta_data_index="(\d+)"/g, '$& data-index="$1"');
  const download =
    opts.downloadHref &&
    html`<p class="chart-actions"><a href="${opts.downloadHref}" download="${id}.svg">${spec.words.downloadSvg}</a></p>`;
  const caption = html`<figcaption><${h} class="chart-title">${spec.title}</${h}><p class="chart-subtitle">${spec.subtitle} · ${spec.words.unit(spec.unitLabel)}</p></figcaption>`;
  return String(
    html`<figure class="chart" id="${id}" lang="${spec.locale}" data-chart='${JSON.stringify(tooltipData(spec))}'>${caption}<div class="chart-svg">${raw(svg)}</div><div class="chart-tooltip" role="tooltip" hidden></div><p class="chart-source">${chartFootnote(spec)}</p>${tableHtml(spec)}${download}</figure>`,
  );
}
