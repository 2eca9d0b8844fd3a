import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_PALETTES, FONT_FAMILY } from '../../src/lib/theme.ts';
import { embedHeadScript, headScript } from '../../src/lib/theme-script.ts';

const read = (path: string) => readFileSync(join(import.meta.dirname, '../..', path), 'utf8');

/** The light and dark values of the `--chart-*` variables: `--chart-bar: light-dark(#0072b2, #56b4e9);`. */
function chartVars(css: string, which: 1 | 2): Record<string, string> {
  return Object.fromEntries(
    [...css.matchAll(/--chart-([\w-]+):\s*light-dark\(([^,]+),\s*([^)]+)\);/g)].map((m) => [
      m[1]!,
      m[which + 1]!.trim().toLowerCase(),
    ]),
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
    expect(chartVars(css, 1)).toEqual(lower(CHART_PALETTES.light));
    expect(chartVars(css, 2)).toEqual(lower(CHART_PALETTES.dark));
    // Every role has a rule painting its fill class and one its stroke class from its variable.
    for (const role of Object.keys(CHART_PALETTES.light)) {
      expect(css).toMatch(new RegExp(`\\.cf-${role} \\{\\s*fill: var\\(--chart-${role}\\);`));
      expect(css).toMatch(new RegExp(`\\.cs-${role} \\{\\s*stroke: var\\(--chart-${role}\\);`));
    }
  });

  it('sets the theme from ?theme= before the stored choice, in a fixed inline script', () => {
    const run = (search: string, stored: string | null) => {
      const root = { dataset: {} as Record<string, string>, classList: { add: () => {} } };
      const env = {
        document: { documentElement: root, addEventListener: () => {} },
        location: { search },
        localStorage: { getItem: () => stored },
        URLSearchParams,
      };
      new Function(...Object.keys(env), headScript())(...Object.values(env));
      return root.dataset.theme;
    };
    expect(run('?theme=dark', 'light')).toBe('dark');
    expect(run('?theme=auto', 'dark')).toBeUndefined();
    expect(run('', 'light')).toBe('light');
    expect(run('', null)).toBeUndefined();
    expect(run('?theme=purple', null)).toBeUndefined();
  });

  it('gives embeds the theme of ?theme= only, and touches no storage', () => {
    const run = (search: string) => {
      const root = { dataset: {} as Record<string, string>, classList: { add: () => {} } };
      const touched: string[] = [];
      const storage = new Proxy({}, { get: (_, key) => (touched.push(String(key)), () => 'dark') });
      const env = {
        document: { documentElement: root },
        location: { search },
        localStorage: storage,
        URLSearchParams,
      };
      new Function(...Object.keys(env), embedHeadScript())(...Object.values(env));
      expect(touched).toEqual([]);
      return root.dataset.theme;
    };
    expect(run('?theme=dark')).toBe('dark');
    expect(run('?theme=auto')).toBe('auto');
    // Light is the embed page's own default (data-theme="light" in its HTML): nothing to change.
    expect(run('?theme=light')).toBeUndefined();
    expect(run('')).toBeUndefined();
  });
});
