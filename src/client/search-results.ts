/**
 * The results page (/search/?q=…), loaded by the page itself: every result, PAGE_SIZE at a time,
 * with its title and an excerpt with the match marked; the term from ?q=, the page from &page=.
 * Bundled after the build by src/lib/built-site/search.ts into dist/search/results.js.
 */
import { arrowKeys, countText, loadPagefind, resultExcerpt, type Pagefind } from './search-common.ts';

const PAGE_SIZE = 10;

/** Pagefind's excerpt as nodes: its text, and its <mark>s as marks; nothing else of its HTML. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return Array.from(template.content.childNodes, (n) =>
    n.nodeName === 'MARK'
      ? Object.assign(document.createElement('mark'), { textContent: n.textContent })
      : document.createTextNode(n.textContent ?? ''),
  );
}

export async function startResults(root: HTMLElement): Promise<void> {
  const words = root.dataset;
  const input = document.getElementById('sq') as HTMLInputElement;
  const status = document.getElementById('sq-status')!;
  const list = document.getElementById('sq-results')!;
  const pages = document.getElementById('sq-pages')!;
  const params = new URLSearchParams(location.search);
  const term = (params.get('q') ?? '').trim();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  input.value = term;
  arrowKeys(input, list);
  if (!term) {
    status.textContent = words.empty ?? '';
    return;
  }
  status.textContent = words.loading ?? '';
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind(30);
  } catch {
    status.textContent = words.failed ?? '';
    return;
  }
  const results = (await pagefind.search(term))?.results ?? [];
  const count = results.length;
  const last = Math.max(1, Math.ceil(count / PAGE_SIZE));
  const shown = Math.min(page, last);
  const from = (shown - 1) * PAGE_SIZE;
  const data = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
  list.setAttribute('start', String(from + 1));
  list.replaceChildren(
    ...data.map((d) => {
      const li = document.createElement('li');
      const a = Object.assign(document.createElement('a'), {
        href: d.url,
        textContent: d.meta.title ?? d.url,
      });
      const p = document.createElement('p');
      p.append(...excerptNodes(resultExcerpt(d)));
      li.append(a, p);
      return li;
    }),
  );
  const range =
    count > PAGE_SIZE
      ? ` ${(words.range ?? '')
          .replace('{from}', String(from + 1))
          .replace('{to}', String(from + data.length))}`
      : '';
  status.textContent = countText(words, count) + range;
  document.title = `${term} · ${document.title}`;
  if (last > 1) {
    const link = (n: number, text: string, current = false) => {
      const url = new URLSearchParams({ q: term });
      if (n > 1) url.set('page', String(n));
      const a = Object.assign(document.createElement('a'), { href: `?${url}`, textContent: text });
      if (current) a.setAttribute('aria-current', 'page');
      if (text !== String(n)) a.rel = n < shown ? 'prev' : 'next';
      return a;
    };
    const links: HTMLElement[] = [];
    if (shown > 1) links.push(link(shown - 1, words.previous ?? '‹'));
    // The first and last pages and two either side of this one: at national scale a common word
    // has hundreds of pages.
    let gap = false;
    for (let n = 1; n <= last; n++) {
      if (n !== 1 && n !== last && Math.abs(n - shown) > 2) {
        gap = true;
        continue;
      }
      if (gap) links.push(Object.assign(document.createElement('span'), { textContent: '…' }));
      gap = false;
      const a = link(n, String(n), n === shown);
      a.setAttribute('aria-label', (words.pageOf ?? '{p}').replace('{p}', String(n)));
      links.push(a);
    }
    if (shown < last) links.push(link(shown + 1, words.next ?? '›'));
    pages.replaceChildren(...links);
    pages.hidden = false;
  }
}

const resultsRoot = typeof document === 'undefined' ? null : document.getElementById('search-page');
if (resultsRoot) void startResults(resultsRoot);
