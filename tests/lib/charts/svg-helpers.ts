/** Reading the plain-SVG chart forms in tests: elements, their attributes and texts. */
import { decodeEntities, findTags } from '../../helpers/html.ts';

export const rects = (svg: string) => findTags(svg, 'rect').map((t) => t.attrs);

/** Text contents in document order, entities decoded. */
export const texts = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => decodeEntities(m[1]!));

/** Texts drawn with an attribute, e.g. `font-weight="bold"`. */
export const textsWith = (svg: string, attr: string) =>
  [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)]
    .filter((m) => m[1]!.includes(attr))
    .map((m) => decodeEntities(m[2]!));

/** The root's design width and height from its viewBox, and its text alternative. */
export function root(svg: string) {
  const attrs = findTags(svg, 'svg')[0]!.attrs;
  const [, , w, h] = attrs.viewbox!.split(' ').map(Number);
  return { width: w!, height: h!, role: attrs.role, label: attrs['aria-label'] ?? '' };
}

/** Bars: filled rects that are neither hatch overlays nor hit targets. */
export const bars = (svg: string) =>
  rects(svg).filter(
    (r) =>
      r.fill !== undefined &&
      !r.fill.startsWith('url(') &&
      r['data-index'] === undefined &&
      r.fill !== '#fff',
  );

/** Checks the output carries nothing from other origins and no script. */
export function selfContained(markup: string): boolean {
  const urls = [...markup.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
  return !/<script|<image|<foreignObject/i.test(markup) && urls.every((u) => !/^(https?:)?\/\//.test(u));
}
