import { html } from '../html/html.ts';
import type { Qualifier, StatSpec } from './types.ts';

/** The words a stat block shows; all localised by the caller. */
export interface StatWords {
  /** A value with its qualifier mark: `2,000+` / `2000余`. */
  value: (value: number, qualifier: Qualifier, quote?: string) => string;
  /** Summary of the quote on demand: `Source text` / `原文`. */
  quote: string;
  /** The qualifier explained, for not-exact values: `more than (余)`. */
  qualifier: (q: StatSpec['qualifier']) => string;
  /** A remark after the quote, with its punctuation: ` (more than (余))` / `，余（多于此数）`. */
  aside: (text: string) => string;
  /** A page reference: `p. 57` / `第57页`. */
  page: (page: number) => string;
  /** The link to the CSV of the figure: `CSV`. */
  csv: string;
  /** The link to the stat's share page. */
  share: string;
  /** Between a number and its unit: a space in English, none in Chinese (2289人). */
  unitGap: string;
}

/**
 * One figure as a number (HTML): metric, value with its qualifier mark and unit (`2,000+ people` /
 * `2000余人`), period and source page, and the quote in a closed <details>. The block's id is its anchor.
 */
export function statHtml(spec: StatSpec): string {
  const words = spec.words;
  const value = words.value(spec.value, spec.qualifier, spec.quote);
  const exact = spec.qualifier === 'exact';
  const num = exact
    ? html`<span class="stat-num">${value}</span>`
    : html`<abbr class="stat-num" title="${words.qualifier(spec.qualifier)}">${value}</abbr>`;
  const label = spec.href ? html`<a href="${spec.href}">${spec.label}</a>` : spec.label;
  const note = spec.note && html`<br><small>${spec.note}</small>`;
  const csv = spec.csvHref && html` · <a href="${spec.csvHref}" download>${words.csv}</a>`;
  const share = spec.shareHref && html` · <a href="${spec.shareHref}">${words.share}</a>`;
  return String(
    html`<div class="stat" id="${spec.id}" lang="${spec.locale}"><p class="stat-label">${label}</p><p class="stat-value">${num}${words.unitGap}<span class="stat-unit">${spec.unitLabel}</span></p><p class="stat-meta">${spec.period} · <a href="#${spec.id}">${words.page(spec.page)}</a>${csv}${share}</p><details class="stat-quote"><summary>${words.quote}</summary><q lang="zh">${spec.quote}</q>${exact ? '' : words.aside(words.qualifier(spec.qualifier))}${note}</details></div>`,
  );
}
