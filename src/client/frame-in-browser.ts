/**
 * A chart's framed SVG (title, period, unit, source, address and data version drawn in) made in the
 * reader's browser, for the share page made on request: the layout of the built chart.svg
 * (src/lib/charts/frame-layout.ts), its text measured by the reader's fonts on a canvas.
 */
import { framedSvg, type Frame } from '../lib/charts/frame-layout.ts';
import { textKit, type Weight } from '../lib/charts/wrap.ts';
import { FONT_FAMILY } from '../lib/theme.ts';
import type { Plot } from '../lib/charts/types.ts';

let context: CanvasRenderingContext2D | null | undefined;
const measure = (text: string, fontSize: number, weight: Weight = 'regular') => {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * fontSize;
  context.font = `${weight === 'bold' ? 'bold ' : ''}${fontSize}px ${FONT_FAMILY}`;
  return context.measureText(text).width;
};
const TEXT = textKit(measure);

/** The chart's SVG element as a plot of its design size (its viewBox). */
export function plotOf(svg: SVGSVGElement): Plot {
  const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  return { svg: new XMLSerializer().serializeToString(svg), width: width ?? 420, height: height ?? 200 };
}

export const framedInBrowser = (plot: Plot, frame: Frame) =>
  framedSvg(plot, frame, { fontFamily: FONT_FAMILY, text: TEXT });
