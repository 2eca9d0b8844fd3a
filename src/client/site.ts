/**
 * Loaded on every page, so it stays tiny: the theme switch, and the search box, whose code and
 * index load only when the reader first focuses it.
 */
const root = document.documentElement;
const THEMES = ['auto', 'light', 'dark'] as const;

document.getElementById('theme')?.addEventListener('click', () => {
  const now = THEMES.indexOf((root.dataset.theme as 'light' | 'dark' | undefined) ?? 'auto');
  const next = THEMES[(now + 1) % THEMES.length]!;
  if (next === 'auto') delete root.dataset.theme;
  else root.dataset.theme = next;
  try {
    localStorage.setItem('theme', next);
  } catch {
    // Storage blocked (private mode, sandboxed embed): the choice lasts for this page only.
  }
});

const input = document.getElementById('q') as HTMLInputElement | null;
input?.addEventListener('focus', () => void import('./search.ts').then((m) => m.startSearch(input)), {
  once: true,
});
