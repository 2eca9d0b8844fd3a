/** The HTML figure around a bar chart: caption, SVG, tooltip slot, source, data table and links. */
import { html, raw } from '../html/html.ts';
import { renderChart } from './render.ts';
import { chartAnchor } from '../urls.ts';
import type { ChartSpec, FormChartSpec, Qualifier, TileMapSpec } from './types.ts';

/** Where a chart's files are published. */
export interface FigureLinks {
  shareHref?: string;
  csvHref?: string;
  /** The title's heading level: 3 inside a page's sections (default), 2 where the chart stands alone. */
  headingLevel?: 2 | 3;
}

/** The key to the hatched bars, naming only the qualifiers present; empty if all are exact. */
export function hatchNote(spec: ChartSpec): string {
  const has = (q: Qualifier) => spec.data.some((d) => d.qualifier === q);
  const w = spec.words;
  const parts = [
    has('at_least') && w.hatchAtLeast,
    has('approximately') && w.hatchApproximately,
    has('rounded') && w.hatchRounded,
  ].filter((part): part is string => Boolean(part));
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
export function tableHtml(spec: ChartSpec) {
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
  const rows = spec.data.map((d) => {
    const label = d.href ? html`<a href="${d.href}">${d.label}</a>` : d.label;
    const note = d.note && html`<br><small lang="${spec.locale}">${d.note}</small>`;
    return html`<tr><th scope="row">${label}</th><td class="num"${d.shown ? html` data-shown="${d.shown}"` : ''}>${w.value(d.value, d.qualifier, d.quote)}</td><td>${w.qualifiers[d.qualifier]}</td><td>${d.period}</td><td>${w.page(d.page)}</td><td lang="zh"><q>${d.quote}</q>${note}</td></tr>`;
  });
  return html`<details class="chart-table"><summary>${w.dataTable}</summary><table><caption>${w.labelled(spec.title, spec.subtitle)}</caption><thead><tr>${heads.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table></details>`;
}

/** The complete HTML of one chart: caption, SVG, tooltip slot, source, data table, CSV and share links. */
export function chartFigureHtml(spec: FormChartSpec, links: FigureLinks = {}): string {
  const id = chartAnchor(spec.id);
  const words = spec.formWords;
  const { svg } = renderChart(spec);
  const actions = [
    links.csvHref && html`<a href="${links.csvHref}" download>${words.downloadCsv}</a>`,
    links.shareHref && html`<a href="${links.shareHref}">${words.share}</a>`,
  ].filter(Boolean);
  const h = `h${links.headingLevel ?? 3}`;
  const caption = html`<figcaption><${raw(h)} class="chart-title">${spec.title}</${raw(h)}><p class="chart-subtitle">${spec.subtitle} · ${spec.words.unit(spec.unitLabel)}</p></figcaption>`;
  return String(
    html`<figure class="chart" id="${id}" lang="${spec.locale}">${caption}<div class="chart-svg">${raw(svg)}</div><div class="chart-tooltip" role="tooltip" data-separator="${spec.words.tooltipSeparator}" hidden></div><p class="chart-source">${chartFootnote(spec)}</p>${tableHtml(spec)}${actions.length > 0 && html`<p class="chart-actions">${actions.map((a, i) => html`${i ? ' · ' : ''}${a}`)}</p>`}</figure>`,
  );
}

/** The tile map as its embed shows it: title, subtitle (what it shows · the unit), the map and its source. */
export function mapFigureHtml(
  spec: TileMapSpec,
  caption: { title: string; subtitle: string; source: string },
) {
  return String(
    html`<figure class="embed-map"><figcaption><h2 class="chart-title">${caption.title}</h2><p class="chart-subtitle">${caption.subtitle}</p></figcaption>${raw(renderChart(spec).svg)}<p class="chart-source">${caption.source}</p></figure>`,
  );
}
