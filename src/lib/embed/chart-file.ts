/**
 * The self-contained chart file (chart.html) for intranets that cannot reach the site: the drawn chart,
 * its styles, the tooltip script, title, source and citation all inline; it requests nothing.
 */
import { buildSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { html, raw } from '../html/html.ts';
import { DATA_LICENSE } from '../exports/about.ts';
import { htmlLang } from '../i18n/locale.ts';
import { words } from '../i18n/words.ts';
import type { ChartEmbed } from '../views/pages/embed-page.ts';
import { scriptHash } from '../hosting/csp.ts';

// Read from the source tree (the build runs from the repository root), not from the bundled chunk's folder.
const src = (path: string) => join(process.cwd(), 'src', path);

let assets: { css: string; js: string } | undefined;

/** The chart styles and the tooltip script, bundled once per build. */
function inlineAssets() {
  assets ??= {
    css: ['client/charts.css', 'styles/embed.css'].map((p) => readFileSync(src(p), 'utf8')).join('\n'),
    js: buildSync({
      entryPoints: [src('client/charts.ts')],
      bundle: true,
      minify: true,
      format: 'iife',
      write: false,
      target: 'es2020',
    }).outputFiles[0]!.text,
  };
  return assets;
}

export function chartFileHtml(v: ChartEmbed): string {
  const { css, js } = inlineAssets();
  const c = v.chart;
  // Links to the site's pages (table rows, tooltips) become full addresses: the file is opened from disk.
  // Without a public address (no SITE_URL) they stay paths: the file names no address it does not know.
  const figure = v.siteKnown
    ? c
        .figureHtml()
        .replace(/href="\//g, `href="${v.abs('/')}`)
        .replace(/(&quot;href&quot;:&quot;|"href":")\//g, `$1${v.abs('/')}`)
    : c.figureHtml();
  // The source line, unless the figure prints it already (a bar chart's footnote does; a stat's and a map's do not).
  const source = figure.includes(String(html`${c.source}`))
    ? ''
    : html`<p class="chart-source">${c.source}</p>`;
  // A closing </script> inside the bundle would end the element early.
  const script = js.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html>\n${html`<html lang="${htmlLang(c.locale)}" data-theme="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '${scriptHash(script)}'; img-src data:"><title>${c.title}</title><link rel="license" href="${DATA_LICENSE.path}"><style>${raw(css)}</style></head><body class="embed">${raw(figure)}${source}<p class="embed-meta">${v.words.dataVersion(v.version)} · ${v.siteKnown ? `${v.abs(c.pageHref)} · ` : ''}<a rel="license" href="${DATA_LICENSE.path}">${v.licence}</a></p><p class="embed-meta">${words(c.locale).site.labelled(v.words.citation, v.citation)}</p><script>${raw(script)}</script></body></html>`}\n`;
}
