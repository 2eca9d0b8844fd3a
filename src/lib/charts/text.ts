import { measureText } from './measure.ts';
import { textKit, type Weight } from './wrap.ts';

export type { Weight };

/** Width and wrapping of chart text by the fonts' metrics (see measure.ts), at build time. */
export const TEXT = textKit(measureText);

/** Width in px of a single line of text at a font size, from the fonts' metrics. */
export const textWidth = TEXT.textWidth;

/**
 * Wraps text into lines no wider than maxWidth: at spaces for Latin text, between any two Chinese
 * characters, never putting a closing mark at the start of a line or an opening one at its end.
 */
export const wrapText = TEXT.wrapText;

/** Wraps an address (no spaces) after its `/`, `-`, `_` or `.`; a piece still too wide is cut anywhere. */
export const wrapAddress = TEXT.wrapAddress;
