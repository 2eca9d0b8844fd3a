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
