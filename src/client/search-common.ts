/**
 * What the header box (search.ts) and the results page (search-results.ts) share: Pagefind's
 * bundle, the count in words, the arrow keys. Bundled into each of them (src/lib/built-site/search.ts).
 */
import { pagefindScript } from '../lib/urls.ts';

interface PagefindData {
  url: string;
  meta: { title?: string };
  excerpt: string;
}
interface PagefindResult {
  data: () => Promise<PagefindData>;
}
export interface Pagefind {
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
  options: (o: Record<string, unknown>) => Promise<void>;
}

export const BASE = import.meta.env.BASE_URL;

/** Pagefind's own bundle, written to dist/pagefind/ after the build: not for a bundler to resolve. */
export async function loadPagefind(excerptLength: number): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ pagefindScript(BASE))) as Pagefind;
  await pagefind.options({ excerptLength });
  return pagefind;
}

export const countText = (words: DOMStringMap, count: number) =>
  (count === 0 ? words.none : count === 1 ? words.one : words.many)?.replace('{n}', String(count)) ?? '';

/** Arrow keys move between `input` and the links of `list`; Escape goes back to the box. */
export function arrowKeys(input: HTMLInputElement, list: HTMLElement): void {
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
