/** Charts framed with their title, period, unit, source and address, their text measured by the fonts' metrics (frame-layout.ts). */
import * as layout from './frame-layout.ts';
import { TEXT } from './text.ts';
import type { Plot } from './types.ts';

export type { Frame } from './frame-layout.ts';
export const SLIDE = layout.SLIDE;
export type FrameOptions = Omit<layout.FrameOptions, 'text'>;

/** One chart as an SVG file with title, period, unit, source, address and data version drawn in. */
export const framedSvg = (plot: Plot, frame: layout.Frame, opts: FrameOptions) =>
  layout.framedSvg(plot, frame, { ...opts, text: TEXT });

/** One chart on a 16:9 slide (see frame-layout.ts). */
export const slideSvg = (plotAt: (width: number) => Plot, frame: layout.Frame, opts: FrameOptions) =>
  layout.slideSvg(plotAt, frame, { ...opts, text: TEXT });
