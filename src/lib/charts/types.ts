/** Plain chart inputs, filled by the query layer; all text is already localised. */

import type { Locale } from '../i18n/locale.ts';
import type { Qualifier } from '../data/schema.ts';

export type { Locale, Qualifier };

/** One bar: one figure from the source. */
export interface ChartDatum {
  /** Stable id, e.g. the figure id `gansu-suspects`. */
  id: string;
  /** Category label, e.g. a place or metric name: `甘肃省` / `Gansu`. */
  label: string;
  value: number;
  qualifier: Qualifier;
  /** Localised period text, e.g. `截至2020年12月25日` / `as of 25 Dec 2020`. */
  period: string;
  /** Page of the source the figure is on. */
  page: number;
  /** Verbatim source phrase (Chinese). */
  quote: string;
  note?: string;
  /** Link to the figure's or the place's page. */
  href?: string;
}

/** One chart: one unit, one language. */
export interface ChartSpec {
  /** Slug, unique on its page: used for element ids (`chart-<id>`). */
  id: string;
  locale: Locale;
  title: string;
  /** Must include the period or as-of date. */
  subtitle: string;
  /** Unit of every value, e.g. `people` / `人`. */
  unitLabel: string;
  /** e.g. `Source: <publication>, p. 57`. */
  source: string;
  notes: string[];
  data: ChartDatum[];
  /** Heading of the category column in the data table; defaults to `Item` / `项目`. */
  categoryLabel?: string;
}

/** Per-bar tooltip data carried in the figure's `data-chart` attribute, in bar order (largest first). */
export interface TooltipDatum {
  /** Label. */
  label: string;
  /** Formatted value with its qualifier mark, e.g. `2,000+`. */
  value: string;
  /** Qualifier words, e.g. `more than (余)`. */
  qualifier: string;
  period: string;
  /** Formatted page reference, e.g. `p. 57` / `第57页`. */
  page: string;
  quote: string;
  href?: string;
}
