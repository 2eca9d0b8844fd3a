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

// ---- Colours of the ranked bars, parts of a whole and timelines. ----
/** Bars that give context to a highlighted one (3.4:1 on white). */
export const CONTEXT_BAR_COLOR = '#8c8c8c';
/** The extent of a whole behind its parts, and uncertain date spans. */
export const TRACK_COLOR = '#d5e5f1';
/** Secondary chart text: periods, "N more", axis labels (7:1 on white). */
export const META_COLOR = '#555';
/** Links drawn in SVG text, as the site's CSS colours them in HTML. */
export const LINK_COLOR = '#0b5394';

/**
 * Every colour a chart draws, by role, light and dark. A chart's SVG carries the light colour as an
 * attribute (standalone SVG and PNG files, with no page CSS, keep it) and the role as a class
 * (`cf-<role>` for its fill, `cs-<role>` for its stroke: see paint() in src/lib/charts/svg.ts);
 * src/client/charts.css sets the roles as CSS variables (--chart-<role>, a test keeps them equal)
 * and paints the classes with them, so on a page the dark theme re-colours rather than inverts.
 * Dark: Okabe-Ito sky blue and light greys, each text colour ≥ 4.5:1 on the dark background `back`
 * and on the gridlines and hatching behind it.
 */
export const CHART_PALETTES = {
  light: {
    bar: BAR_COLOR,
    text: TEXT_COLOR,
    muted: MUTED_COLOR,
    back: '#fff',
    meta: META_COLOR,
    context: CONTEXT_BAR_COLOR,
    track: TRACK_COLOR,
    link: LINK_COLOR,
    grid: '#ddd',
    panel: '#f4f4f4',
    hatch: '#d4d4d4',
    edge: '#bbb',
  },
  dark: {
    bar: '#56B4E9',
    text: '#e4e7ee',
    muted: '#b8c0cc',
    back: '#14181f',
    meta: '#b8c0cc',
    context: '#6b7482',
    track: '#2f4b63',
    link: '#8cc4ff',
    grid: '#2c3340',
    panel: '#1d232d',
    hatch: '#333b48',
    edge: '#5a6475',
  },
} as const;

/** A colour role of the chart palettes. */
export type ChartRole = keyof typeof CHART_PALETTES.light;
