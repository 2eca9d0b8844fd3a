/** Plain chart inputs, filled by the views; all text is already localised and comes with its words. */

import type { Locale } from '../i18n/locale.ts';
import type { Qualifier } from '../data/schema.ts';
import type { PartWholeWords } from './part-whole.ts';
import type { RankedWords } from './ranked-bar.ts';
import type { StatWords } from './stat.ts';
import type { TileMapInput } from './tile-map.ts';
import type { TimelineWords } from './timeline.ts';

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
  /** The value with its unit as a tooltip says it: `2,289 people` / `2289 人` (else the value alone). */
  shown?: string;
}

/** Every word and number format chart code prints, in the chart's language (from src/lib/i18n). */
export interface ChartWords {
  /** A value with its qualifier mark: `2,000+` / `2000余` (`quote`: the source phrase, for where 余 stands). */
  value: (value: number, qualifier: Qualifier, quote?: string) => string;
  /** A value as a reader would say it: `more than 2,000` / `2000余`. */
  valueInWords: (value: number, qualifier: Qualifier, quote?: string) => string;
  /** A plain number: `2,289` / `2289`. */
  number: (value: number) => string;
  qualifiers: Record<Qualifier, string>;
  /** A page reference: `p. 57` / `第57页`. */
  page: (page: number) => string;
  /** The unit line: `Unit: people` / `单位：人`. */
  unit: (unitLabel: string) => string;
  dataTable: string;
  /** Between a page reference and its quote in a tooltip: `: ` / `：`. */
  tooltipSeparator: string;
  /** A text after its label: `Gansu: 2,289` / `甘肃省：2289`. */
  labelled: (label: string, text: string) => string;
  /** A text in brackets after another: ` (Gansu: no data)` / `（甘肃省：无数据）`. */
  aside: (text: string) => string;
  columns: {
    item: string;
    value: (unitLabel: string) => string;
    qualifier: string;
    period: string;
    page: string;
    quote: string;
  };
  /** The key to hatched bars, from the parts that apply. */
  hatchNote: (parts: string[]) => string;
  hatchAtLeast: string;
  hatchApproximately: string;
  hatchRounded: string;
  /** Text alternative of the tile map; `items` are each unit with data, name and value. */
  tileMap: {
    noData: string;
    shortNames: Record<string, string>;
    item: (name: string, value: string) => string;
    description: (legendLabel: string, items: string[], rest: number) => string;
  };
}

/** One chart: one unit, one language. */
export interface ChartSpec {
  /** Slug, unique on its page: used for element ids (`chart-<id>`). */
  id: string;
  locale: Locale;
  words: ChartWords;
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

/** One bar's tooltip, as src/client/charts.ts reads it from the figure's data table. */
export interface TooltipDatum {
  /** Label. */
  label: string;
  /** Formatted value with its qualifier mark and unit, e.g. `2,000+ people` (the unit when the chart gives it). */
  value: string;
  /** Qualifier words, e.g. `more than (余)`. */
  qualifier: string;
  period: string;
  /** Formatted page reference, e.g. `p. 57` / `第57页`. */
  page: string;
  quote: string;
  href?: string;
}

// ---- The chart forms drawn as plain SVG: ranked bars, parts of a whole, stat blocks, timelines. ----

/** One bar of a ranked chart: a place's figure with its own period. */
export interface RankedDatum extends ChartDatum {
  /** The page's own place: drawn in the accent colour, the other bars muted. */
  highlight?: boolean;
  /** Its period is not the one the other bars share: the period label is marked. */
  periodDiffers?: boolean;
}

/** A ranked bar chart of one metric at one level: bars in the given order (largest first), capped. */
export interface RankedSpec extends Omit<ChartSpec, 'data'> {
  data: RankedDatum[];
  /** Bars left out by the cap, counted in an "and N more in the table" line. */
  more: number;
}

/** A value with its label, as a part or whole of a part-to-whole bar. */
export interface PartWholeDatum extends ChartDatum {
  /** Unit of this value (a part may count its whole's items in other words: 5 companies of 17 dens). */
  unitLabel: string;
}

/** A whole and its parts (其中), each part drawn inside the whole. */
export interface PartWholeSpec {
  id: string;
  locale: Locale;
  whole: PartWholeDatum;
  parts: PartWholeDatum[];
}

/** One figure shown as a number: value, qualifier, metric, period, source page and quote. */
export interface StatSpec {
  form: 'stat';
  words: StatWords;
  /** Anchor id, unique on the page (`stat-<figure id>`). */
  id: string;
  locale: Locale;
  value: number;
  qualifier: Qualifier;
  unitLabel: string;
  /** Metric name (or the figure's detail). */
  label: string;
  /** Link for the label, e.g. the metric's page. */
  href?: string;
  /** Place (with its reporting operator), case and period: `Jieyang · Case 2020.3.15 · date not given`. */
  period: string;
  page: number;
  quote: string;
  note?: string;
  /** The CSV of the figure (the rows of figures-explained). */
  csvHref?: string;
  /** The stat's share page (embed code, images, citation). */
  shareHref?: string;
}

/** One row of a campaign timeline: an operation or case with partial ISO dates (YYYY, YYYY-MM or YYYY-MM-DD). */
export interface TimelineRow {
  id: string;
  label: string;
  href?: string;
  /** '' when the source gives no start. */
  start: string;
  /** '' for a run with no set end (drawn open-ended). */
  end: string;
  /** As-of dates of the figures reported for it. */
  asOf: string[];
}

/** The words the bar forms draw or say, beyond the spec's own ChartWords. */
export interface FormWords {
  ranked: RankedWords;
  partWhole: PartWholeWords;
  /** The link to the CSV of exactly the rows behind a chart. */
  downloadCsv: string;
  /** The link to the chart's share page (embed code, images, citation). */
  share: string;
}

/**
 * A bar chart with everything its figure shows (caption, source, data table):
 * `ranked` draws `data` as ranked bars (also the small bar chart of one operation's metrics);
 * `part-whole` draws `data[0]` as the whole and the rest as its parts.
 */
export interface FormChartSpec extends RankedSpec {
  form: 'ranked' | 'part-whole';
  formWords: FormWords;
  data: (RankedDatum & { unitLabel: string })[];
}

/** The tile map of the 34 provincial-level units. */
export interface TileMapSpec extends TileMapInput {
  form: 'tile-map';
}

/** A campaign's timeline: its operations and cases, with their words. */
export interface TimelineSpec {
  form: 'timeline';
  /** Prefix for ids inside the SVG, unique on the page. */
  id: string;
  rows: TimelineRow[];
  words: TimelineWords;
}

/** Any chart the site draws; renderChart (render.ts) turns each into SVG. */
export type AnyChartSpec = FormChartSpec | StatSpec | TileMapSpec | TimelineSpec;

/** A chart drawn as SVG, with its design size in px. */
export interface Plot {
  svg: string;
  width: number;
  height: number;
}
