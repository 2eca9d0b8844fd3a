// Lighthouse (mobile, simulated throttling) on a few pages of the built site, served locally to
// the system Chromium; the `lighthouse` package is optional.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startDevToolsChromium } from '../built-site/chromium.ts';
import { startStaticServer } from '../built-site/static-server.ts';
import { kb, textTable } from './report.ts';

export interface LighthouseResult {
  lhr: {
    categories: Record<string, { title: string; score: number | null }>;
    audits: Record<string, { displayValue?: string; numericValue?: number }>;
    runtimeError?: { message: string };
  };
  report: string | string[];
}
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<LighthouseResult | undefined>;

/** One row of the report: the four scores and the main metrics of a Lighthouse result. */
export function lighthouseRow(page: string, lhr: LighthouseResult['lhr']): string[] {
  const { categories: c, audits: a } = lhr;
  const score = (k: string): string => (c[k]?.score == null ? '-' : String(Math.round(c[k]!.score! * 100)));
  const shown = (k: string): string => a[k]?.displayValue?.replace(/\s+/g, ' ') ?? '-';
  return [
    page,
    score('performance'),
    score('accessibility'),
    score('best-practices'),
    score('seo'),
    shown('first-contentful-paint'),
    shown('largest-contentful-paint'),
    shown('total-blocking-time'),
    shown('cumulative-layout-shift'),
    shown('speed-index'),
    `${kb(a['total-byte-weight']?.numericValue ?? 0)} kB`,
  ];
}

export const LIGHTHOUSE_HEADER = [
  'page',
  'perf',
  'a11y',
  'best',
  'seo',
  'FCP',
  'LCP',
  'TBT',
  'CLS',
  'SI',
  'bytes',
];

/** Runs Lighthouse on `pages` of `distDir`, writes HTML reports to `outDir`, and returns the table as text. */
export async function lighthouseReport(distDir: string, outDir: string, pages: string[]): Promise<string> {
  const name = 'lighthouse';
  let lighthouse: Lighthouse;
  try {
    lighthouse = ((await import(name)) as { default: Lighthouse }).default;
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw err;
    return 'Lighthouse: the `lighthouse` package is not installed (npm install --save-dev lighthouse); skipped.';
  }
  mkdirSync(outDir, { recursive: true });
  const lines = [
    `Lighthouse (mobile, simulated throttling); HTML reports in ${relative(process.cwd(), outDir)}/`,
  ];
  const rows = [LIGHTHOUSE_HEADER];
  const server = await startStaticServer(distDir);
  const chrome = await startDevToolsChromium();
  try {
    for (const page of pages) {
      if (!existsSync(join(distDir, page, 'index.html'))) {
        lines.push(`  ${page}: not in dist/, skipped`);
        continue;
      }
      const result = await lighthouse(server.url + page, {
        port: chrome.port,
        output: 'html',
        logLevel: 'error',
      });
      if (!result) continue;
      if (result.lhr.runtimeError) lines.push(`  ${page}: ${result.lhr.runtimeError.message}`);
      rows.push(lighthouseRow(page, result.lhr));
      const slug = page.split('/').filter(Boolean).join('-') || 'home';
      writeFileSync(
        join(outDir, `${slug}.html`),
        Array.isArray(result.report) ? result.report[0]! : result.report,
      );
    }
  } finally {
    await chrome.stop();
    await server.close();
  }
  return [...lines, textTable(rows, (i) => i >= 1)].join('\n');
}
