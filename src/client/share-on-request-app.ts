/**
 * The share page made on request (the national layout): the chart named by `?chart=`, taken from the
 * page that draws it, with its embed code, citation and files made here: the framed SVG, PNGs drawn
 * from it, and the offline file. The snippet's height is the preview's, as the embed reports it.
 */
import type { Locale } from '../lib/i18n/locale.ts';
import { statSvg } from '../lib/charts/stat-svg.ts';
import type { StatSpec } from '../lib/charts/types.ts';
import { embedOnRequest, localePath, pageCsv, type FiguresPageKind } from '../lib/urls.ts';
import { HEIGHT_SLOT, TITLE_SLOT, URL_SLOT } from '../lib/views/pages/on-request-slots.ts';
import { announceCharts, askedKey, takeChart, type TakenChart } from './chart-on-request.ts';
import { framedInBrowser, plotOf } from './frame-in-browser.ts';
// Binds the PNG buttons; they draw from the SVG this page frames (data-svg, set below).
import './draw-png.ts';

/** Room for a line more than the preview reports, as a host's fonts may set text wider. */
const SLACK = 20;

const root = document.querySelector<HTMLElement>('[data-share-on-request]');
if (root) {
  const locale = root.dataset.locale as Locale;
  const key = askedKey();
  takeChart(locale, key)
    .catch(() => undefined)
    .then((chart) => (chart ? show(root, locale, key, chart) : missing()));
}

function missing(): void {
  document.querySelector<HTMLElement>('[data-chart-missing]')!.hidden = false;
}

function download(blob: Blob, file: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = file;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

async function show(root: HTMLElement, locale: Locale, key: string, chart: TakenChart): Promise<void> {
  const origin = root.dataset.publicOrigin || location.origin;
  const abs = (path: string) => `${origin}${path}`;
  const title = chart.frame.title;
  const heading = document.querySelector<HTMLElement>('[data-share-heading]')!;
  heading.textContent = heading.dataset.shareHeading!.replace(TITLE_SLOT, title);
  document.title = heading.textContent;

  const slot = root.querySelector<HTMLElement>('[data-chart-slot]')!;
  slot.replaceChildren(chart.node);
  announceCharts(slot);

  // The snippet in each language (the page's template, made as a built chart's is), at the height
  // its preview reports.
  const preview = document.getElementById('embed-preview') as HTMLIFrameElement;
  const heights = new Map<string, number>();
  const snippet = (l: string) =>
    root.dataset
      .iframe!.replace(URL_SLOT, abs(embedOnRequest(l as Locale, key)))
      .replace(TITLE_SLOT, title.replace(/"/g, '&quot;'))
      .replace(HEIGHT_SLOT, String(heights.get(l) ?? heights.get(locale) ?? 300));
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="embed-lang"]')];
  // The options' script (share.ts) rewrites the snippet from the chosen language's, with the theme.
  const fill = () => {
    radios.forEach((r) => (r.dataset.snippet = snippet(r.value)));
    root.querySelector('[data-embed-options]')?.dispatchEvent(new Event('change'));
  };
  fill();
  preview.title = title;
  preview.src = embedOnRequest(locale, key);
  window.addEventListener('message', (ev: MessageEvent<{ type?: string; height?: number }>) => {
    if (ev.source !== preview.contentWindow || ev.data?.type !== 'crackdown-embed-height') return;
    const lang = new URL(preview.src, location.href).pathname === localePath('en', '/embed/') ? 'en' : 'zh';
    // The tallest a language's embed reports: it grows as the chart arrives, and never follows the
    // preview's own height (its page's height is its content's).
    const height = Math.ceil(Number(ev.data.height)) + SLACK;
    if (height <= (heights.get(lang) ?? 0)) return;
    heights.set(lang, height);
    fill();
  });

  const citation = document.getElementById('snippet-citation') as HTMLTextAreaElement;
  citation.value = citation.value.replace(TITLE_SLOT, title).replace(URL_SLOT, abs(chart.href));
  root.querySelector<HTMLAnchorElement>('[data-embed-link]')!.href = embedOnRequest(locale, key);

  const [kind, entity] = key.split('/');
  const csv = root.querySelector<HTMLElement>('[data-page-csv]');
  if (csv && !chart.stat) {
    csv.querySelector('a')!.href = pageCsv(kind as FiguresPageKind, entity!);
    csv.hidden = false;
  }

  const svgText = framedInBrowser(plotFor(chart), {
    locale,
    ...chart.frame,
    address: abs(chart.href),
    version: root.dataset.version ?? '',
    credit: '',
  });
  const svgUrl = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  const svgButton = root.querySelector<HTMLButtonElement>('[data-draw-svg]')!;
  svgButton.disabled = false;
  svgButton.addEventListener('click', () =>
    download(new Blob([svgText], { type: 'image/svg+xml' }), 'chart.svg'),
  );
  root.querySelectorAll<HTMLButtonElement>('button[data-png]').forEach((button) => {
    button.dataset.svg = svgUrl;
    button.disabled = false;
  });
  const offline = root.querySelector<HTMLButtonElement>('[data-draw-offline]')!;
  offline.disabled = false;
  offline.addEventListener('click', async () =>
    download(
      new Blob([await offlineFile(locale, chart, citation.value)], { type: 'text/html' }),
      'chart.html',
    ),
  );
  root.hidden = false;
}

/** The chart's plot: its SVG as the page draws it, or a stat's number drawn as its images show it. */
function plotFor(chart: TakenChart) {
  const svg = chart.node.querySelector<SVGSVGElement>('.chart-svg svg, svg');
  if (svg) return plotOf(svg);
  const num = chart.node.querySelector('.stat-num');
  const shown = num?.textContent ?? '';
  const unitLabel = chart.node.querySelector('.stat-unit')?.textContent ?? '';
  // Between the number and its unit, what the stat prints there: a space in English, none in Chinese.
  const unitGap = num?.nextSibling?.nodeType === Node.TEXT_NODE ? (num.nextSibling.textContent ?? '') : '';
  const spec = {
    label: chart.frame.title,
    unitLabel,
    words: { unitGap, value: () => shown },
  } as unknown as StatSpec;
  return statSvg(spec, 'fixed');
}

/** The chart as one self-contained HTML file: its embed's styles inline, no script, nothing requested. */
async function offlineFile(locale: Locale, chart: TakenChart, citation: string): Promise<string> {
  const shell = new DOMParser().parseFromString(
    await (await fetch(localePath(locale, '/embed/'))).text(),
    'text/html',
  );
  const inline = [...shell.querySelectorAll('style')].map((s) => s.textContent ?? '');
  const linked = await Promise.all(
    [...shell.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(async (l) =>
      (await fetch(l.href)).text(),
    ),
  );
  const doc = document.implementation.createHTMLDocument(chart.frame.title);
  doc.documentElement.lang = document.documentElement.lang;
  doc.documentElement.dataset.theme = 'light';
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  const viewport = doc.createElement('meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  const policy = doc.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
  const style = doc.createElement('style');
  style.textContent = [...inline, ...linked].join('\n');
  doc.head.prepend(charset, viewport, policy, style);
  doc.body.className = 'embed';
  const figure = doc.importNode(chart.node, true);
  figure
    .querySelectorAll('a[href^="/"]')
    .forEach((a) => a.setAttribute('href', new URL(a.getAttribute('href')!, location.origin).href));
  const meta = doc.createElement('p');
  meta.className = 'embed-meta';
  meta.textContent = citation;
  doc.body.append(figure, meta);
  return `<!doctype html>\n${doc.documentElement.outerHTML}\n`;
}
