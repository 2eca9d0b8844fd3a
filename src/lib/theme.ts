/** Fonts and colours of everything drawn at build time; src/styles/site.css repeats FONT_FAMILY (a test keeps them equal). */

/** System UI fonts, then the common Chinese ones, so both languages render without a web font. */
export const FONT_FAMILY =
  'system-ui, -apple-system, Segoe UI, PingFang SC, Hiragino Sans GB, Microsoft YaHei, Noto Sans CJK SC, sans-serif';

/** Okabe-Ito blue: colour-blind safe, 5:1 on white. */
export const BAR_COLOR = '#0072B2';
/** Chart text: labels and values. */
export const TEXT_COLOR = '#1f1f1f';
/** Titles of standalone charts. */
export const TITLE_COLOR = '#111';
/** Subtitles and source lines. */
export const MUTED_COLOR = '#444';
/** Sequential single-hue blues (ColorBrewer Blues) for the tile map: ordered by lightness, colour-blind safe. */
export const BLUES = ['#deebf7', '#9ecae1', '#4292c6', '#2171b5', '#08306b'];

/**
 * Chart colours on the page, light and dark: src/client/charts.css sets them as CSS variables
 * (--chart-<key>, a test keeps them equal) and repaints the SVGs' light attribute colours with them.
 * Dark: Okabe-Ito sky blue and light greys, each ≥ 4.5:1 on the dark background `back`.
 */
export const CHART_PALETTES = {
  light: { bar: BAR_COLOR, text: TEXT_COLOR, muted: MUTED_COLOR, back: '#fff' },
  dark: { bar: '#56B4E9', text: '#e4e7ee', muted: '#b8c0cc', back: '#14181f' },
} as const;

// ---- Colours of the ranked bars, parts of a whole and timelines. ----
/** Bars that give context to a highlighted one (3.4:1 on white). */
export const CONTEXT_BAR_COLOR = '#8c8c8c';
/** The extent of a whole behind its parts, and uncertain date spans. */
export const TRACK_COLOR = '#d5e5f1';
/** Secondary chart text: periods, "N more", axis labels (7:1 on white). */
export const META_COLOR = '#555';
/** Links drawn in SVG text, as the site's CSS colours them in HTML. */
export const LINK_COLOR = '#0b5394';
