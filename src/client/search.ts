/**
 * The header search box (Pagefind), loaded on first focus by the head script: top hits as the
 * reader types, and a link to all of them on the results page (search-results.ts); Enter submits
 * the box's GET form there. Bundled after the build by src/lib/built-site/search.ts into
 * dist/search/ (with search.css).
 */
import { searchCss } from '../lib/urls.ts';
import { arrowKeys, BASE, countText, loadPagefind, type Pagefind } from './search-common.ts';

const MAX_SHOWN = 8;

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
