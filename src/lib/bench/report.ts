// The page-weight report `npm run bench` prints, and the budgets it checks.
import { addSizes, NO_BYTES, type PageWeight, type Sizes } from './page-weight.ts';

const KB = 1000;

/** The project's budgets, brotli: a page at load (HTML with inline CSS and JS, plus JS files), and its JS. */
export const BUDGETS = { pageBrotli: 14 * KB, jsBrotli: 2 * KB };

export const kb = (bytes: number): string => (bytes / KB).toFixed(1);

/** Brotli bytes a page costs at load: its HTML (inline CSS and JS included) and its JS files. */
export const loadBrotli = (w: PageWeight): number => w.html.brotli + w.js.brotli - w.inlineJs.brotli;

/** What a page exceeds, in words; empty when it is within every budget. */
export function overBudget(w: PageWeight): string[] {
  const flags: string[] = [];
  if (loadBrotli(w) > BUDGETS.pageBrotli)
    flags.push(`page ${kb(loadBrotli(w))} kB br > ${kb(BUDGETS.pageBrotli)}`);
  if (w.js.brotli > BUDGETS.jsBrotli) flags.push(`JS ${kb(w.js.brotli)} kB br > ${kb(BUDGETS.jsBrotli)}`);
  return flags;
}

/** Rows as aligned text columns; `rightAligned(i)` for numeric columns. */
export function textTable(rows: string[][], rightAligned: (i: number) => boolean): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => (rightAligned(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The size table, totals, maxima and the pages over budget; `jsFileSizes` sizes each JS file of dist/ once. */
export function weightReport(weights: PageWeight[], jsFileSizes: Map<string, Sizes>): string {
  const header = ['page', 'html', 'gz', 'br', 'js files', 'js gz', 'js br', 'chart', 'over budget'];
  const rows = weights.map((w) => [
    w.page,
    kb(w.html.raw),
    kb(w.html.gzip),
    kb(w.html.brotli),
    `${w.jsFiles.length}+${w.inlineScripts}`,
    kb(w.js.gzip),
    kb(w.js.brotli),
    w.chart ? 'yes' : '',
    overBudget(w).join('; '),
  ]);
  const total = weights.reduce((s, w) => ({ html: addSizes(s.html, w.html), js: addSizes(s.js, w.js) }), {
    html: NO_BYTES,
    js: NO_BYTES,
  });
  const maxBy = (pick: (w: PageWeight) => number): string => {
    const best = weights.reduce((a, b) => (pick(b) > pick(a) ? b : a));
    return `${kb(pick(best))} kB (${best.page})`;
  };
  const jsFiles = [...new Set(weights.flatMap((w) => w.jsFiles))];
  const uniqueJs = jsFiles.map((f) => jsFileSizes.get(f) ?? NO_BYTES).reduce(addSizes, NO_BYTES);
  const charts = weights.filter((w) => w.chart);
  const over = weights.filter((w) => overBudget(w).length);
  return [
    `Sizes in kB (1 kB = 1000 bytes); "js files" = script files + inline scripts at load.`,
    '',
    textTable([header, ...rows], (i) => i >= 1 && i <= 6),
    '',
    `Pages: ${weights.length} HTML files (${charts.length} with a chart)`,
    `HTML total:  ${kb(total.html.raw)} kB raw, ${kb(total.html.gzip)} kB gzip, ${kb(total.html.brotli)} kB brotli`,
    `HTML max:    raw ${maxBy((w) => w.html.raw)}, gzip ${maxBy((w) => w.html.gzip)}, brotli ${maxBy((w) => w.html.brotli)}`,
    `Page at load max (HTML + JS files): brotli ${maxBy(loadBrotli)}`,
    `JS at load, summed over pages: ${kb(total.js.gzip)} kB gzip, ${kb(total.js.brotli)} kB brotli`,
    `JS files in dist/ loaded by some page: ${jsFiles.length}, ${kb(uniqueJs.raw)} kB raw, ${kb(uniqueJs.gzip)} kB gzip, ${kb(uniqueJs.brotli)} kB brotli`,
    `JS at load max: gzip ${maxBy((w) => w.js.gzip)}, brotli ${maxBy((w) => w.js.brotli)}`,
    `Budgets: a page at load <= ${kb(BUDGETS.pageBrotli)} kB brotli, its JS <= ${kb(BUDGETS.jsBrotli)} kB brotli`,
    over.length
      ? `OVER BUDGET: ${over.length} page(s):\n${over.map((w) => `  ${w.page}: ${overBudget(w).join('; ')}`).join('\n')}`
      : 'Over budget: none',
  ].join('\n');
}

/** A page's type: its language and URL with the ids blanked (`/en/places/gansu/` → `en /places/*`). */
export function pageType(page: string): string {
  const parts = page.split('/').filter(Boolean);
  const lang = parts[0] === 'en' ? parts.shift()! : 'zh';
  return `${lang} /${[parts[0], ...parts.slice(1).map(() => '*')].filter(Boolean).join('/')}`;
}

/** Per page type, the heaviest page's HTML, CSS and JS (raw / gzip / brotli), at load and after interaction. */
export function pageTypeReport(weights: PageWeight[]): string {
  const byType = new Map<string, PageWeight[]>();
  for (const w of weights) byType.set(pageType(w.page), [...(byType.get(pageType(w.page)) ?? []), w]);
  const trio = (s: Sizes) => `${kb(s.raw)}/${kb(s.gzip)}/${kb(s.brotli)}`;
  const header = [
    'type',
    'pages',
    'heaviest',
    'HTML raw/gz/br',
    'CSS raw/gz/br',
    'JS load raw/gz/br',
    'JS +interaction',
    'load br',
  ];
  const rows = [...byType].map(([type, ws]) => {
    const w = ws.reduce((a, b) => (loadBrotli(b) > loadBrotli(a) ? b : a));
    return [
      type,
      String(ws.length),
      w.page,
      trio(w.html),
      trio(w.css),
      trio(w.js),
      trio(addSizes(w.js, w.lazyJs)),
      kb(loadBrotli(w)),
    ];
  });
  return [
    'Per page type, its heaviest page at load (kB; CSS and inline JS are inside the HTML; "+interaction" adds JS loaded on first use):',
    '',
    textTable([header, ...rows], (i) => i === 1 || i >= 3),
  ].join('\n');
}

/** One line per kind of file: how many Astro wrote and its time per file (median, 95th percentile, max). */
export function fileTimeReport(fileMs: Map<string, number[]>): string {
  const at = (sorted: number[], q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
  return [...fileMs]
    .sort(([, a], [, b]) => b.length - a.length)
    .map(([kind, times]) => {
      const sorted = [...times].sort((a, b) => a - b);
      return `  ${kind.padEnd(10)} ${String(sorted.length).padStart(7)} files  median ${at(sorted, 0.5)} ms  p95 ${at(sorted, 0.95)} ms  max ${sorted.at(-1)} ms`;
    })
    .join('\n');
}

/** The line of `npm run bench` for a chunk loaded on first use, or why there is none. */
export function firstUseReport(
  label: string,
  chunk: { file: string; own: Sizes; files: string[]; withImports: Sizes } | undefined,
): string {
  const trio = (s: Sizes) => `${kb(s.raw)} kB raw, ${kb(s.gzip)} kB gzip, ${kb(s.brotli)} kB brotli`;
  if (!chunk) return `On first use, ${label}: no chunk found in dist/_astro/`;
  const name = chunk.file.split(/[\\/]/).at(-1);
  return [
    `On first use, ${label}: ${name} ${trio(chunk.own)}`,
    `  with its ${chunk.files.length - 1} static import(s): ${trio(chunk.withImports)} (never at page load)`,
  ].join('\n');
}
