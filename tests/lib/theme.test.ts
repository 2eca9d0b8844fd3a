import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_PALETTES, FONT_FAMILY } from '../../src/lib/theme.ts';
import { THEME_SCRIPT } from '../../src/lib/theme-script.ts';

const read = (path: string) => readFileSync(join(import.meta.dirname, '../..', path), 'utf8');

/** The `--chart-*` variables of the first CSS block whose selector matches `selector`. */
function chartVars(css: string, selector: RegExp): Record<string, string> {
  const block = new RegExp(`${selector.source}\\s*{([^}]*)}`).exec(css)?.[1] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/--chart-([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim().toLowerCase()]),
  );
}
const lower = (palette: Record<string, string>) =>
  Object.fromEntries(Object.entries(palette).map(([k, v]) => [k, v.toLowerCase()]));

describe('theme', () => {
  it('is the font stack of the page CSS too', () => {
    const css = read('src/styles/site.css');
    const stack = /:root\s*{[^}]*?font-family:([^;]+);/.exec(css)?.[1];
    const normal = (s: string) => s.replace(/['"\s]/g, '');
    expect(stack).toBeDefined();
    expect(normal(stack!)).toBe(normal(FONT_FAMILY));
  });

  it('gives charts.css the chart palettes, light and dark (system and chosen)', () => {
    const css = read('src/client/charts.css');
    expect(chartVars(css, /\n:root/)).toEqual(lower(CHART_PALETTES.light));
    expect(chartVars(css, /:root:not\(\[data-theme='light'\]\)/)).toEqual(lower(CHART_PALETTES.dark));
    expect(chartVars(css, /:root\[data-theme='dark'\]/)).toEqual(lower(CHART_PALETTES.dark));
    // The repainting rules match the attribute colours the SVGs are drawn with.
    expect(css).toContain(`[fill='${CHART_PALETTES.light.bar}']`);
    expect(css).toContain(`[fill='${CHART_PALETTES.light.text}']`);
  });

  it('sets the theme from ?theme= before the stored choice, in a fixed inline script', () => {
    const run = (search: string, stored: string | null) => {
      const root = { dataset: {} as Record<string, string>, classList: { add: () => {} } };
      const env = {
        document: { documentElement: root },
        location: { search },
        localStorage: { getItem: () => stored },
        URLSearchParams,
      };
      new Function(...Object.keys(env), THEME_SCRIPT)(...Object.values(env));
      return root.dataset.theme;
    };
    expect(run('?theme=dark', 'light')).toBe('dark');
    expect(run('?theme=auto', 'dark')).toBeUndefined();
    expect(run('', 'light')).toBe('light');
    expect(run('', null)).toBeUndefined();
    expect(run('?theme=purple', null)).toBeUndefined();
  });
});
