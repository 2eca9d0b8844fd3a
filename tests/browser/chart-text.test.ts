// Chart text as a reader sees it (axe does not read SVG text): on a page of every type, in both
// languages, at a phone's and a desktop's width, in the light and the dark theme (the system's, by
// prefers-color-scheme, and the site's own switch, data-theme), every SVG <text> lies inside its
// <svg>, over no other text, and its colour has at least 4.5:1 (3:1 when large) against what lies
// behind it: the shape under it (a tile, a bar, a gridline) or the page.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { offlineContext, siteInBrowser } from '../helpers/site.ts';

/** A representative page of each type with charts, in Chinese; the English one is under /en/. */
const PAGES = {
  overview: '/',
  place: '/places/gansu/',
  campaign: '/campaigns/duanka/',
  metric: '/metrics/suspects_arrested/',
  figure: '/figures/daqing-people-caught/',
  'embed (bars)': '/embed/campaigns/duanka/cmp-suspects_arrested-province/',
  'embed (map)': '/embed/overview/map/suspects_arrested/',
};
const cases = Object.entries(PAGES).flatMap(([type, path]) => [
  { type, path },
  { type, path: path.replace(/^\//, '/en/') },
]);

/** The system's scheme and, when set, the site's own choice (data-theme), which wins over it. */
const THEMES = [
  { scheme: 'light', dataTheme: undefined },
  { scheme: 'dark', dataTheme: undefined },
  { scheme: 'light', dataTheme: 'dark' },
  { scheme: 'dark', dataTheme: 'light' },
] as const;
const WIDTHS = [375, 1280];

const site = siteInBrowser();

/**
 * Runs in the page: the problems of every visible SVG text, as sentences. Colours are resolved from
 * computed styles; a pattern or gradient fill counts as each colour in it (the worst one decides).
 */
function chartTextProblems(): string[] {
  type Rgb = [number, number, number];
  const problems: string[] = [];
  const parse = (c: string): Rgb | undefined => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
    if (!m || (m[4] !== undefined && Number(m[4]) === 0)) return undefined;
    return [Number(m[1]), Number(m[2]), Number(m[3])];
  };
  const lum = ([r, g, b]: Rgb) => {
    const f = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const contrast = (a: Rgb, b: Rgb) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
    return (x + 0.05) / (y + 0.05);
  };
  const hex = (c: Rgb) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

  /** The colours a paint (computed fill or stroke) shows: one, the stops of a gradient, the paints of a pattern. */
  const paintColours = (paint: string, depth = 0): Rgb[] => {
    const url = /url\("?#([^")]+)"?\)/.exec(paint);
    if (!url) {
      const c = parse(paint);
      return c ? [c] : [];
    }
    const def = document.getElementById(url[1]!);
    if (!def || depth > 2) return [];
    if (def.tagName === 'linearGradient' || def.tagName === 'radialGradient')
      return [...def.querySelectorAll('stop')].flatMap((s) => paintColours(getComputedStyle(s).stopColor));
    return [...def.querySelectorAll('rect, line, path, circle')].flatMap((el) => {
      const cs = getComputedStyle(el);
      return [
        ...(el.tagName !== 'line' && Number(cs.fillOpacity) > 0 ? paintColours(cs.fill, depth + 1) : []),
        ...(cs.stroke !== 'none' ? paintColours(cs.stroke, depth + 1) : []),
      ];
    });
  };
  /** The background colour of the page behind an element: the first ancestor that paints one. */
  const pageBack = (el: Element): Rgb => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c) return c;
    }
    return getComputedStyle(document.documentElement).colorScheme === 'dark' ? [0, 0, 0] : [255, 255, 255];
  };
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return (
      r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    );
  };
  const inside = (x: number, y: number, r: DOMRect) =>
    x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  const meets = (a: DOMRect, b: DOMRect) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  /** A text's box without the line's spare room above and below the glyphs (fonts differ in it). */
  const ink = (r: DOMRect) => new DOMRect(r.x, r.y + r.height * 0.12, r.width, r.height * 0.76);

  const roots = [...document.querySelectorAll('svg')].filter(visible);
  for (const svg of roots) {
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')].filter(
      (t) => t.closest('svg') === svg && visible(t) && t.textContent!.trim(),
    );
    const shapes = [...svg.querySelectorAll('rect, path, polygon, circle, line')].filter(
      (s) => s.closest('svg') === svg && !s.closest('defs, pattern') && visible(s),
    );
    const back = pageBack(svg);
    const where = `${svg.closest('[id]')?.id ?? svg.getAttribute('aria-label')?.slice(0, 40) ?? 'svg'}`;
    const rects = texts.map((t) => t.getBoundingClientRect());
    texts.forEach((t, i) => {
      const r = rects[i]!;
      const say = `${where}: “${t.textContent!.trim().slice(0, 40)}”`;
      const glyphs = ink(r);
      if (
        r.left < box.left - 1 ||
        r.right > box.right + 1 ||
        glyphs.top < box.top - 0.5 ||
        glyphs.bottom > box.bottom + 0.5
      )
        problems.push(
          `${say} runs outside its svg (text ${Math.round(r.left)}–${Math.round(r.right)} × ${Math.round(r.top)}–${Math.round(r.bottom)}, svg ${Math.round(box.left)}–${Math.round(box.right)} × ${Math.round(box.top)}–${Math.round(box.bottom)})`,
        );
      for (let j = i + 1; j < texts.length; j++) {
        if (meets(ink(r), ink(rects[j]!)))
          problems.push(`${say} overlaps “${texts[j]!.textContent!.trim().slice(0, 40)}”`);
      }
      const cs = getComputedStyle(t);
      const fill = parse(cs.fill);
      if (!fill) return;
      const size = parseFloat(cs.fontSize) * (t.getScreenCTM()?.a ?? 1);
      const bold = Number(cs.fontWeight) >= 700;
      // On a phone, chart text is at least 12 px; the tile map's 34 names are the exception (a
      // 64 px tile holds 'Heilongjiang' only at 9 px, and the table beside it says it all).
      if (innerWidth <= 400 && size < 11.95 && !svg.classList.contains('tile-map'))
        problems.push(`${say} is ${size.toFixed(1)} px on a phone, under 12 px`);
      const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
      // What lies behind: the topmost filled shape painted before the text under its centre line, and
      // any stroked line crossing its glyphs; else the page.
      const behind: Rgb[] = [];
      const cy = r.top + r.height / 2;
      for (const x of [r.left + r.width * 0.25, r.left + r.width / 2, r.left + r.width * 0.75]) {
        let under: Rgb[] = [back];
        for (const s of shapes) {
          if (s.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING) continue; // drawn after the text
          const sc = getComputedStyle(s);
          if (Number(sc.fillOpacity) === 0 || Number(sc.opacity) === 0) {
            // only its stroke
          } else if (s.tagName !== 'line' && sc.fill !== 'none' && inside(x, cy, s.getBoundingClientRect())) {
            const colours = paintColours(sc.fill);
            if (colours.length) under = colours;
          }
        }
        behind.push(...under);
      }
      for (const s of shapes) {
        if (s.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING) continue;
        const sc = getComputedStyle(s);
        const lineOnly = sc.fill === 'none' || Number(sc.fillOpacity) === 0 || s.tagName === 'line';
        if (lineOnly && sc.stroke !== 'none' && meets(ink(r), s.getBoundingClientRect()))
          behind.push(...paintColours(sc.stroke));
      }
      const worst = behind.reduce((w, b) => (contrast(fill, b) < contrast(fill, w) ? b : w));
      const ratio = contrast(fill, worst);
      if (ratio < need)
        problems.push(
          `${say} is ${ratio.toFixed(2)}:1 (${hex(fill)} on ${hex(worst)}, ${size.toFixed(1)} px), needs ${need}:1`,
        );
    });
  }
  return problems;
}

async function problemsOf(page: Page, path: string, dataTheme?: string): Promise<string[]> {
  const response = await page.goto(site.server.url + path, { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
  if (dataTheme) await page.evaluate((t) => (document.documentElement.dataset.theme = t), dataTheme);
  return page.evaluate(chartTextProblems);
}

describe('chart text fits its chart and can be read, in every theme', () => {
  test.each(cases)('$type $path', { timeout: 120_000 }, async ({ path }) => {
    const found: string[] = [];
    for (const width of WIDTHS) {
      for (const scheme of ['light', 'dark'] as const) {
        const context = await site.browser.newContext({
          ...offlineContext,
          viewport: { width, height: 900 },
          colorScheme: scheme,
        });
        const page = await context.newPage();
        for (const theme of THEMES.filter((t) => t.scheme === scheme)) {
          const label = `${width} px, ${theme.scheme} system${theme.dataTheme ? `, data-theme=${theme.dataTheme}` : ''}`;
          for (const p of await problemsOf(page, path, theme.dataTheme)) found.push(`${label}: ${p}`);
        }
        await context.close();
      }
    }
    expect([...new Set(found)].slice(0, 60), `${found.length} problems`).toEqual([]);
  });
});
