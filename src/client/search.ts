/**
 * The site search (Pagefind). The header box (startSearch, loaded on first focus by the head
 * script): top hits as the reader types, and a link to all of them; Enter submits the box's GET
 * form to the results page. The results page (/search/?q=…, startResults, started by this module
 * itself when the page has #search-page): every result with its title and an excerpt with the
 * match marked, a page of PAGE_SIZE at a time. Bundled after the build by
 * src/lib/built-site/search.ts into dist/search/ (with search.css).
 */
import { pagefindScript, searchCss } from '../lib/urls.ts';

interface PagefindData {
  url: string;
  meta: { title?: string };
  excerpt: string;
}
interface PagefindResult {
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
  options: (o: Record<string, unknown>) => Promise<void>;
}

const MAX_SHOWN = 8;
const PAGE_SIZE = 10;
const BASE = import.meta.env.BASE_URL;

/** Pagefind's own bundle, written to dist/pagefind/ after the build: not for a bundler to resolve. */
async function loadPagefind(excerptLength: number): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ pagefindScript(BASE))) as Pagefind;
  await pagefind.options({ excerptLength });
  return pagefind;
}

const countText = (words: DOMStringMap, count: number) =>
  (count === 0 ? words.none : count === 1 ? words.one : words.many)?.replace('{n}', String(count)) ?? '';

/** Arrow keys move between `input` and the links of `list`; Escape goes back to the box. */
function arrowKeys(input: HTMLInputElement, list: HTMLElement): void {
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' && !list.hidden && list.querySelector('a')) {
      list.querySelector('a')?.focus();
      ev.preventDefault();
    }
  });
  list.addEventListener('keydown', (ev) => {
    const links = Array.from(list.querySelectorAll('a'));
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (ev.key === 'ArrowDown') links[i + 1]?.focus();
    else if (ev.key === 'ArrowUp') (links[i - 1] ?? input).focus();
    else if (ev.key === 'Escape') input.focus();
    else return;
    ev.preventDefault();
  });
}

export async function startSearch(input: HTMLInputElement): Promise<void> {
  const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: searchCss(BASE) });
  document.head.append(css);
  // Made here, not in every page's HTML: the count is announced, the list follows the box.
  const status = Object.assign(document.createElement('p'), { id: 'q-status', className: 'vh' });
  status.setAttribute('aria-live', 'polite');
  const list = Object.assign(document.createElement('ul'), { id: 'q-results', hidden: true });
  input.after(status, list);
  // The words come with the page (Base.astro), in its language.
  const words = input.dataset;
  input.setAttribute('aria-controls', list.id);
  status.textContent = words.loading ?? '';
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind(12);
  } catch {
    status.textContent = words.failed ?? '';
    return;
  }
  status.textContent = '';
  // The results page of this box's form (action), for the "see all" link.
  const action = input.form?.action ?? '';
  let latest = 0;
  const run = async (): Promise<void> => {
    const ticket = ++latest;
    const term = input.value.trim();
    if (!term) {
      list.hidden = true;
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const found = await pagefind.search(term);
    const results = found?.results ?? [];
    const data = await Promise.all(results.slice(0, MAX_SHOWN).map((r) => r.data()));
    if (ticket !== latest) return; // a newer search has started
    const item = (href: string, text: string, className = '') => {
      const li = Object.assign(document.createElement('li'), { className });
      li.append(Object.assign(document.createElement('a'), { href, textContent: text }));
      return li;
    };
    const count = results.length;
    const all = new URL(action, location.href);
    all.search = new URLSearchParams({ q: term }).toString();
    list.replaceChildren(
      ...data.map((d) => item(d.url, d.meta.title ?? d.url)),
      ...(count > 0 && action
        ? [item(all.pathname + all.search, (words.seeAll ?? '{n}').replace('{n}', String(count)), 'all')]
        : []),
    );
    list.hidden = data.length === 0;
    status.textContent = countText(words, count);
  };
  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') {
      input.value = '';
      void run();
    }
  });
  arrowKeys(input, list);
  if (input.value) void run();
}

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

/** The results page: the term from ?q=, the page from &page= (from 1). */
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
      p.append(...excerptNodes(d.excerpt));
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
    const links: HTMLAnchorElement[] = [];
    if (shown > 1) links.push(link(shown - 1, words.previous ?? '‹'));
    for (let n = 1; n <= last; n++) {
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
