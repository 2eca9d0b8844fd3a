/**
 * What the header box (search.ts) and the results page (search-results.ts) share: Pagefind's
 * bundle, the count in words, the arrow keys. Bundled into each of them (src/lib/built-site/search.ts).
 */
import { pagefindScript, SEARCH_TERMS_FRAGMENT } from '../lib/urls.ts';

interface PagefindSection {
  url: string;
  excerpt: string;
  locations: number[];
}
interface PagefindData {
  url: string;
  meta: { title?: string; description?: string };
  excerpt: string;
  sub_results?: PagefindSection[];
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

/**
 * What a result shows under its title: the excerpt of its section with the most matches among the
 * page's own words, never of its hidden search terms (urls.searchTermsAnchor); when only those match
 * (a figure's number in other spellings, a name in the other language), the page's description if
 * it gives one to search (a figure's page), else nothing.
 */
export function resultExcerpt(d: PagefindData): string {
  const own = (d.sub_results ?? []).filter(
    (s) => !s.url.includes(SEARCH_TERMS_FRAGMENT) && s.locations.length > 0,
  );
  const best = own.sort((a, b) => b.locations.length - a.locations.length)[0];
  if (best) return best.excerpt;
  const about = d.meta.description;
  // Nothing rather than the terms themselves (names in the other language, numbers spelt out).
  if (!about) return '';
  // A figure's description opens with its title, which the result shows just above it.
  const title = `${d.meta.title ?? ''} · `;
  return escapeText(about.startsWith(title) ? about.slice(title.length) : about);
}

const escapeText = (text: string) =>
  text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
