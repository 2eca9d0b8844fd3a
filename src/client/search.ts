/**
 * The header search (Pagefind), loaded on first focus by site.ts: results as the reader types.
 * Bundled after the build by src/lib/built-site/search.ts into dist/search/ (with search.css).
 */
import { pagefindScript, searchCss } from '../lib/urls.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
  options: (o: Record<string, unknown>) => Promise<void>;
}

const MAX_SHOWN = 8;

export async function startSearch(input: HTMLInputElement): Promise<void> {
  const css = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: searchCss(import.meta.env.BASE_URL),
  });
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
    // Pagefind's own bundle, written to dist/pagefind/ after the build: not for Vite to resolve.
    const url = pagefindScript(import.meta.env.BASE_URL);
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 12 });
  } catch {
    status.textContent = words.failed ?? '';
    return;
  }
  status.textContent = '';
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
    list.replaceChildren(
      ...data.map((d) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        li.append(a);
        return li;
      }),
    );
    list.hidden = data.length === 0;
    const count = results.length;
    status.textContent =
      (count === 0 ? words.none : count === 1 ? words.one : words.many)?.replace('{n}', String(count)) ?? '';
  };
  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') {
      input.value = '';
      void run();
    } else if (ev.key === 'ArrowDown' && !list.hidden) {
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
  if (input.value) void run();
}
