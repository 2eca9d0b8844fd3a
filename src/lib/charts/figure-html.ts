import { barLayout, barOption, DEFAULT_WIDTH, sortedData } from './bar.ts';
import { escapeHtml } from './escape.ts';
import { formatValue, pageRef, qualifierWords, unitText } from './format.ts';
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
  /** URL of the standalone SVG (see standalone.ts); when given, a download link is added. */
  downloadHref?: string;
}

/** The per-bar tooltip data for `data-chart`, in bar order (largest first). */
export function tooltipData(spec: ChartSpec): TooltipDatum[] {
  return sortedData(spec).map((d) => ({
    label: d.label,
    value: formatValue(d.value, d.qualifier, spec.locale),
    qualifier: qualifierWords(d.qualifier, spec.locale),
    period: d.period,
    page: pageRef(d.page, spec.locale),
    quote: d.quote,
    ...(d.href ? { href: d.href } : {}),
  }));
}

/** The key to the hatched bars, naming only the qualifiers present; empty if all are exact. */
export function hatchNote(spec: ChartSpec): string {
  const has = (q: Qualifier) => spec.data.some((d) => d.qualifier === q);
  const en = spec.locale === 'en';
  const parts = [
    has('at_least') ? (en ? '+ means “more than” (余)' : '“余”表示多于此数') : '',
    has('approximately') ? (en ? '~ means “nearly” (近)' : '“近”表示接近此数') : '',
  ].filter(Boolean);
  if (parts.length === 0) return '';
  return en
    ? `Hatched bars are not exact counts: ${parts.join(', ')}.`
    : `斜线条形为非确数：${parts.join('，')}。`;
}

/** The source line: source, notes and the hatch key, joined by ` · `. */
export function sourceLine(spec: ChartSpec): string {
  return [spec.source, ...spec.notes, hatchNote(spec)].filter(Boolean).join(' · ');
}

/** The accessible data table (inside a closed <details>), one row per datum in bar order. */
function tableHtml(spec: ChartSpec): string {
  const en = spec.locale === 'en';
  const e = escapeHtml;
  const heads = en
    ? [
        spec.categoryLabel ?? 'Item',
        `Value (${spec.unitLabel})`,
        'Qualifier',
        'Period',
        'Page',
        'Source text',
      ]
    : [spec.categoryLabel ?? '项目', `数值（${spec.unitLabel}）`, '限定', '时间', '页码', '原文'];
  const rows = sortedData(spec).map((d) => {
    const label = d.href ? `<a href="${e(d.href)}">${e(d.label)}</a>` : e(d.label);
    const cells = [
      `<td class="num">${e(formatValue(d.value, d.qualifier, spec.locale))}</td>`,
      `<td>${e(qualifierWords(d.qualifier, spec.locale))}</td>`,
      `<td>${e(d.period)}</td>`,
      `<td>${e(pageRef(d.page, spec.locale))}</td>`,
      `<td lang="zh">“${e(d.quote)}”${d.note ? `<br><small lang="${spec.locale}">${e(d.note)}</small>` : ''}</td>`,
    ];
    return `<tr><th scope="row">${label}</th>${cells.join('')}</tr>`;
  });
  return (
    `<details class="chart-table"><summary>${en ? 'Data table' : '数据表'}</summary>` +
    `<table><caption>${e(spec.title)}: ${e(spec.subtitle)}</caption>` +
    `<thead><tr>${heads.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></details>`
  );
}

/** The complete HTML fragment for one chart: caption, SVG, tooltip slot, source, data table. */
export function chartFigureHtml(spec: ChartSpec, opts: FigureOptions = {}): string {
  const e = escapeHtml;
  const width = opts.width ?? DEFAULT_WIDTH;
  const height = opts.height ?? barLayout(spec, width).height;
  const h = `h${opts.headingLevel ?? 3}`;
  const id = `chart-${spec.id}`;
  // The invisible full-band targets (series 1, see bar.ts) get data-index: the bar's position in data-chart.
  const svg = renderChartSvg(barOption(spec, width), {
    width,
    height,
    label: altText(spec),
    idPrefix: id,
    cacheKey: JSON.stringify(spec),
  }).replace(/ecmeta_series_index="1" ecmeta_data_index="(\d+)"/g, '$& data-index="$1"');
  const download = opts.downloadHref
    ? `<p class="chart-actions"><a href="${e(opts.downloadHref)}" download="${e(id)}.svg">${spec.locale === 'en' ? 'Download SVG' : '下载SVG'}</a></p>`
    : '';
  return (
    `<figure class="chart" id="${e(id)}" lang="${spec.locale}" data-chart='${e(JSON.stringify(tooltipData(spec)))}'>` +
    `<figcaption><${h} class="chart-title">${e(spec.title)}</${h}>` +
    `<p class="chart-subtitle">${e(spec.subtitle)} · ${e(unitText(spec.unitLabel, spec.locale))}</p></figcaption>` +
    `<div class="chart-svg">${svg}</div>` +
    `<div class="chart-tooltip" role="tooltip" hidden></div>` +
    `<p class="chart-source">${e(sourceLine(spec))}</p>` +
    tableHtml(spec) +
    download +
    `</figure>`
  );
}
