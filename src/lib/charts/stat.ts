import { escapeHtml as e } from './escape.ts';
import { formatValue, pageRef } from './format.ts';
import type { StatSpec } from './types.ts';

/** The words a stat block shows; all localised by the caller. */
export interface StatWords {
  /** Summary of the quote on demand: `Source text` / `原文`. */
  quote: string;
  /** The qualifier explained, for not-exact values: `more than (余)`; see qualifierWords in format.ts. */
  qualifier: (q: StatSpec['qualifier']) => string;
}

/**
 * One figure as a number (HTML): metric, value with its qualifier mark and unit (`2,000+ people` /
 * `2000余人`), period and source page, and the quote in a closed <details>. The block's id is its anchor.
 */
export function statHtml(spec: StatSpec, words: StatWords): string {
  const en = spec.locale === 'en';
  const value = formatValue(spec.value, spec.qualifier, spec.locale);
  const exact = spec.qualifier === 'exact';
  // Chinese writes the counting word straight after the number (2289人).
  const num = exact
    ? `<span class="stat-num">${e(value)}</span>`
    : `<abbr class="stat-num" title="${e(words.qualifier(spec.qualifier))}">${e(value)}</abbr>`;
  const label = spec.href ? `<a href="${e(spec.href)}">${e(spec.label)}</a>` : e(spec.label);
  const note = spec.note ? `<br><small>${e(spec.note)}</small>` : '';
  return (
    `<div class="stat" id="${e(spec.id)}" lang="${spec.locale}">` +
    `<p class="stat-label">${label}</p>` +
    `<p class="stat-value">${num}${en ? ' ' : ''}<span class="stat-unit">${e(spec.unitLabel)}</span></p>` +
    `<p class="stat-meta">${e(spec.period)} · <a href="#${e(spec.id)}">${e(pageRef(spec.page, spec.locale))}</a></p>` +
    `<details class="stat-quote"><summary>${e(words.quote)}</summary>` +
    `<q lang="zh">${e(spec.quote)}</q>${exact ? '' : ` (${e(words.qualifier(spec.qualifier))})`}${note}</details>` +
    `</div>`
  );
}
