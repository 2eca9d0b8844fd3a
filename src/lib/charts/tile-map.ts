import { scaleLinear } from 'd3-scale';
import { html, raw, type Html } from '../html/html.ts';
import { BLUES, FONT_FAMILY } from '../theme.ts';
import { textWidth, type Weight } from './text.ts';
import { paint, sizeAttrs } from './svg.ts';
import type { ChartWords, Plot, Qualifier } from './types.ts';

/** The 34 provincial-level units, as ids in data/places.csv. */
export type ProvinceId =
  | 'beijing'
  | 'tianjin'
  | 'hebei'
  | 'shanxi'
  | 'inner-mongolia'
  | 'liaoning'
  | 'jilin'
  | 'heilongjiang'
  | 'shanghai'
  | 'jiangsu'
  | 'zhejiang'
  | 'anhui'
  | 'fujian'
  | 'jiangxi'
  | 'shandong'
  | 'henan'
  | 'hubei'
  | 'hunan'
  | 'guangdong'
  | 'guangxi'
  | 'hainan'
  | 'chongqing'
  | 'sichuan'
  | 'guizhou'
  | 'yunnan'
  | 'tibet'
  | 'shaanxi'
  | 'gansu'
  | 'qinghai'
  | 'ningxia'
  | 'xinjiang'
  | 'taiwan'
  | 'hong-kong'
  | 'macao';

/** Tile grid: [column, row] of each unit, roughly geographic (7 columns × 8 rows, north at the top). */
export const TILE_LAYOUT: Record<ProvinceId, readonly [number, number]> = {
  heilongjiang: [6, 0],
  'inner-mongolia': [3, 1],
  beijing: [4, 1],
  liaoning: [5, 1],
  jilin: [6, 1],
  xinjiang: [0, 2],
  gansu: [1, 2],
  ningxia: [2, 2],
  shanxi: [3, 2],
  hebei: [4, 2],
  tianjin: [5, 2],
  qinghai: [1, 3],
  shaanxi: [2, 3],
  henan: [3, 3],
  shandong: [4, 3],
  tibet: [0, 4],
  sichuan: [1, 4],
  chongqing: [2, 4],
  hubei: [3, 4],
  anhui: [4, 4],
  jiangsu: [5, 4],
  shanghai: [6, 4],
  yunnan: [1, 5],
  guizhou: [2, 5],
  hunan: [3, 5],
  jiangxi: [4, 5],
  zhejiang: [5, 5],
  guangxi: [2, 6],
  guangdong: [3, 6],
  fujian: [4, 6],
  taiwan: [5, 6],
  hainan: [2, 7],
  macao: [3, 7],
  'hong-kong': [4, 7],
};

/** One unit on the map; value absent means no data. */
export interface Tile {
  id: string;
  /** Full localised name, e.g. `甘肃省` / `Gansu`. */
  name: string;
  value?: number;
  qualifier?: Qualifier;
  /** Text printed instead of the formatted value. */
  label?: string;
  /** The unit after its value, as the tooltip says it: `people`, `人`. */
  unit?: string;
  href?: string;
}

export interface TileMapInput {
  words: ChartWords;
  tiles: Tile[];
  title: string;
  /** What the shading shows, with its unit, e.g. `Suspects arrested (people)`. */
  legendLabel: string;
  /** Prefix for ids inside the SVG, unique on the page (default: `tilemap-` and a hash of title and legend). */
  id?: string;
  /** Province to outline, e.g. on its own page. */
  current?: string;
}

const CELL = 64;
const STEP = 68;
const COLS = 7;
const ROWS = 8;

/** A short stable hash (djb2, base 36), for default ids that differ between maps on one page. */
function hash(text: string): string {
  let h = 5381;
  for (const ch of text) h = (h * 33 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return h.toString(36);
}

/** Whether a unit id is one of the 34 provincial-level units. */
export function isProvinceId(id: string): id is ProvinceId {
  return Object.hasOwn(TILE_LAYOUT, id);
}

/** Relative luminance (WCAG 2) of a colour as `#rrggbb` or as d3 interpolates it, `rgb(r, g, b)`. */
function luminance(colour: string): number {
  const hex = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(colour);
  const channels = hex
    ? hex.slice(1).map((h) => parseInt(h, 16))
    : (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  if (channels.length !== 3) throw new Error(`tile map: cannot read the colour ${colour}`);
  const [r, g, b] = channels.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Near-black or white, whichever stands out more on a tile's colour (at least 4.5:1 on any colour). */
export function tileInk(fill: string): '#111' | '#fff' {
  const l = luminance(fill);
  const onDark = 1.05 / (l + 0.05);
  const onLight = (l + 0.05) / (luminance('#111111') + 0.05);
  return onDark > onLight ? '#fff' : '#111';
}

/** Text lines centred in a tile, shrunk to fit its width. */
function tileText(
  text: string,
  x: number,
  y: number,
  size: number,
  attrs: Html,
  weight: Weight = 'regular',
): Html {
  const fit = Math.min(size, Math.floor(((CELL - 8) / Math.max(1, textWidth(text, 1, weight))) * 10) / 10);
  // The space after </text> keeps the words of a tile apart in its text content ("Gansu 2,289"),
  // which accessibility checks compare with the link's name.
  return html`<text x="${x}" y="${y}" font-size="${fit}" text-anchor="middle" ${attrs}>${text}</text> `;
}

/** The map's text alternative: what is shown, every unit with data (largest first) and how many have none. */
export function tileMapDescription(input: TileMapInput): string {
  const w = input.words;
  const withData = input.tiles
    .filter((t) => t.value !== undefined && isProvinceId(t.id))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const say = (t: Tile) => t.label ?? w.valueInWords(t.value ?? 0, t.qualifier ?? 'exact');
  const rest = Object.keys(TILE_LAYOUT).length - withData.length;
  return w.tileMap.description(
    input.legendLabel,
    withData.map((t) => w.tileMap.item(t.name, say(t))),
    rest,
  );
}

/**
 * An accessible tile-grid map of the 34 provincial-level units, shaded by value. It always scales to
 * its container: framed, the nested <svg> around it gives it its size.
 */
export function tileMapSvg(input: TileMapInput): Plot {
  const w = input.words;
  const id = (input.id ?? `tilemap-${hash(input.title + input.legendLabel)}`).replace(/[^A-Za-z0-9_-]/g, '-');
  const byId = new Map(input.tiles.map((t) => [t.id, t]));
  const values = input.tiles
    .filter((t) => isProvinceId(t.id))
    .map((t) => t.value)
    .filter((v) => v !== undefined);
  // A round end to the legend (50,000, not the largest value, 49,000): a scale, not a figure.
  const max = scaleLinear()
    .domain([0, Math.max(0, ...values) || 1])
    .nice()
    .domain()[1]!;
  const domain = BLUES.map((_, i) => (max * i) / (BLUES.length - 1));
  const color = scaleLinear<string>().domain(domain).range(BLUES).clamp(true);
  const noData = w.tileMap.noData;
  const width = COLS * STEP - (STEP - CELL);
  const height = ROWS * STEP - (STEP - CELL);
  const hasLinks = input.tiles.some((t) => t.href && isProvinceId(t.id));

  const tiles = (Object.entries(TILE_LAYOUT) as [ProvinceId, readonly [number, number]][]).map(
    ([pid, [col, row]]) => {
      const t = byId.get(pid);
      const x = col * STEP;
      const y = row * STEP;
      const cx = x + CELL / 2;
      const short = w.tileMap.shortNames[pid] ?? pid;
      const nameLines = short.split('\n');
      const two = nameLines.length > 1;
      const name = t?.name ?? short.replace('-\n', '').replace('\n', ' ');
      const has = t?.value !== undefined;
      const valueText = has ? (t?.label ?? w.value(t?.value ?? 0, t?.qualifier ?? 'exact')) : noData;
      const spoken = has ? (t?.label ?? w.valueInWords(t?.value ?? 0, t?.qualifier ?? 'exact')) : noData;
      const current = pid === input.current;
      const shade = has ? color(t?.value ?? 0) : undefined;
      // A tile's colour is the same in both themes, so its numbers are too; a tile without data is
      // drawn in the theme's colours (paint()).
      const ink = shade ? html`fill="${tileInk(shade)}"` : raw(paint('meta'));
      const edge = current ? 'text' : has ? undefined : 'edge';
      const tilePaint = shade
        ? raw(`${edge ? `${paint(undefined, edge)} ` : ''}fill="${shade}"`)
        : raw(`${paint(undefined, edge)} fill="url(#${id}-hatch)"`);
      const stroke = current ? raw(' stroke-width="3"') : has ? '' : raw(' stroke-dasharray="3 2"');
      // The name starts with the text the tile shows (WCAG 2.5.3), then says it in full if that differs.
      const shown = `${nameLines.join(' ')} ${valueText}`;
      // The tooltip (<title>) says the unit, which the tile itself leaves to the legend.
      const full = w.labelled(name, has && t?.unit ? `${spoken} ${t.unit}` : spoken);
      const label =
        shown.replace(/[\s\p{P}]/gu, '') === full.replace(/[\s\p{P}]/gu, '')
          ? shown
          : `${shown}${w.aside(full)}`;
      const names = nameLines.map((line, i) =>
        tileText(line, cx, y + (two ? 17 + i * 13 : 24), two ? 12 : 13, ink),
      );
      const bold = has && raw(' font-weight="bold"');
      const value = tileText(
        valueText,
        cx,
        y + (two ? 51 : 45),
        has ? 15 : 11,
        html`${ink}${bold}`,
        has ? 'bold' : 'regular',
      );
      const body = html`<title>${label}</title><rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" rx="3" ${tilePaint}${stroke}/>${names}${value}`;
      return t?.href
        ? html`<a href="${t.href}" aria-label="${label}"${current && raw(' aria-current="page"')} data-id="${pid}">${body}</a>`
        : html`<g data-id="${pid}"${hasLinks && raw(' aria-hidden="true"')}>${body}</g>`;
    },
  );

  // Legend in the empty north-west corner (columns 0-2, rows 0-1).
  const lw = 3 * STEP - 12;
  const legend = html`<g class="tile-legend cf-text" aria-hidden="true" font-size="12" fill="#222"><text x="0" y="14" font-weight="bold">${input.legendLabel}</text><rect x="0" y="24" width="${lw}" height="14" fill="url(#${id}-grad)"/><text x="0" y="54">0</text><text x="${lw}" y="54" text-anchor="end">${w.number(max)}</text><rect x="0" y="70" width="22" height="16" fill="url(#${id}-hatch)" ${raw(paint(undefined, 'edge'))} stroke-dasharray="3 2"/><text x="30" y="82">${noData}</text></g>`;
  const stops = BLUES.map((c, i) => html`<stop offset="${i / (BLUES.length - 1)}" stop-color="${c}"/>`);
  const defs = html`<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" ${raw(paint('panel'))}/><line x1="0" y1="0" x2="0" y2="6" ${raw(paint(undefined, 'hatch'))} stroke-width="2"/></pattern><linearGradient id="${id}-grad">${stops}</linearGradient></defs>`;
  const role = hasLinks ? 'group' : 'img';
  const svg = String(
    html`<svg class="tile-map" xmlns="http://www.w3.org/2000/svg" ${raw(sizeAttrs(width, height, 'fit'))} role="${role}" aria-labelledby="${id}-title" aria-describedby="${id}-desc" font-family="${FONT_FAMILY}"><title id="${id}-title">${input.title}</title><desc id="${id}-desc">${tileMapDescription(input)}</desc>${defs}${legend}${tiles}</svg>`,
  );
  return { svg, width, height };
}
