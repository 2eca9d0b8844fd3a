/**
 * A chart made on request (the national layout): taken from the page that draws it (urls.chartSource),
 * which is built anyway, rather than from files of its own. A stat comes from its figure page, which
 * carries it in a <template> with the words of its image.
 */
import type { Locale } from '../lib/i18n/locale.ts';
import { CHART_PARAM, chartSource } from '../lib/urls.ts';
import type { FrameWords } from '../lib/views/pages/on-request.ts';

export interface TakenChart {
  /** The chart as its embed shows it. */
  node: HTMLElement;
  /** What its image prints around it. */
  frame: FrameWords;
  /** The chart on the site: its page and anchor (a stat: its figure page). */
  href: string;
  /** The page it was taken from. */
  page: string;
  stat: boolean;
}

const textOf = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The chart of a key, or undefined when the key names none or its page does not draw it. */
export async function takeChart(locale: Locale, key: string): Promise<TakenChart | undefined> {
  const source = chartSource(locale, key);
  if (!source) return undefined;
  const response = await fetch(source.page);
  if (!response.ok) return undefined;
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const found = doc.getElementById(source.id);
  if (!found) return undefined;
  const base = { href: source.href, page: source.page };
  if (found instanceof HTMLTemplateElement) {
    const node = document.importNode(found.content, true).firstElementChild as HTMLElement | null;
    if (!node) return undefined;
    return { ...base, node, frame: JSON.parse(found.dataset.frame ?? '{}') as FrameWords, stat: true };
  }
  const node = document.importNode(found, true);
  // On its page the title heads a section (h3); standing alone it is the chart's heading, as in a built embed.
  const title = node.querySelector('.chart-title');
  if (title && title.tagName !== 'H2') {
    const h2 = document.createElement('h2');
    h2.className = title.className;
    h2.append(...title.childNodes);
    title.replaceWith(h2);
  }
  // The subtitle line is the period, then the unit after the last ` · `.
  const line = textOf(node.querySelector('.chart-subtitle'));
  const cut = line.lastIndexOf(' · ');
  const frame: FrameWords = {
    title: textOf(node.querySelector('.chart-title')),
    subtitle: cut < 0 ? line : line.slice(0, cut),
    unit: cut < 0 ? '' : line.slice(cut + 3),
    source: textOf(node.querySelector('.chart-source')),
  };
  return { ...base, node, frame, stat: false };
}

/** The key of the chart this page is asked for (`?chart=`). */
export const askedKey = () => new URLSearchParams(location.search).get(CHART_PARAM) ?? '';

/** Asks charts.ts (loaded by the page) to make the charts put into `root` interactive. */
export const announceCharts = (root: Element) =>
  root.dispatchEvent(new Event('charts-added', { bubbles: true }));
