import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILY } from '../../src/lib/theme.ts';

describe('theme', () => {
  it('is the font stack of the page CSS too', () => {
    const css = readFileSync(join(import.meta.dirname, '../../src/styles/site.css'), 'utf8');
    const stack = /:root\s*{[^}]*?font-family:([^;]+);/.exec(css)?.[1];
    const normal = (s: string) => s.replace(/['"\s]/g, '');
    expect(stack).toBeDefined();
    expect(normal(stack!)).toBe(normal(FONT_FAMILY));
  });
});
