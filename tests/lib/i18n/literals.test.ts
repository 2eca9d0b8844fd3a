import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Where reader-facing words must come from src/lib/i18n (zh.ts, en.ts), never from a literal. */
const DIRS = [
  'src/pages',
  'src/components',
  'src/layouts',
  'src/lib/charts',
  'src/lib/views',
  'src/lib/exports',
  'src/client',
];
const root = join(import.meta.dirname, '../../..');
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
// A locale test choosing between two literals: `locale === 'zh' ? '…' : '…'`, `zh ? "…"`, `en ? `…``.
const LOCALE_TERNARY = /(?:locale\s*===?\s*['"](?:zh|en)['"]|\b(?:zh|en))\s*\?\s*['"`]/;

function files(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|astro)$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/** A line without its comments: examples in doc comments may be in Chinese. */
const code = (line: string) => (/^\s*\*/.test(line) ? '' : line.replace(/\/\*.*?\*\/|\/\/.*$/g, ''));

/** Every match as `file:line:column: text`, for a failure message that says where to look. */
function findAll(pattern: RegExp): string[] {
  return DIRS.flatMap(files).flatMap((file) =>
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => {
        const m = pattern.exec(code(line));
        return m ? [`${file}:${i + 1}:${m.index + 1}: ${line.trim()}`] : [];
      }),
  );
}

describe('reader-facing words live in src/lib/i18n', () => {
  it('finds the source files it checks', () => {
    expect(DIRS.flatMap(files).length).toBeGreaterThan(20);
  });

  it('has no Chinese literal in pages, components, layouts, chart or view code', () => {
    // Line-breaking rules name punctuation, not words: the marks no line may start or end with.
    const lineBreaking = /^src\/lib\/charts\/wrap\.ts:\d+:\d+: const NO_(START|END) = /;
    expect(findAll(CJK).filter((hit) => !lineBreaking.test(hit))).toEqual([]);
  });

  it('has no choice between two literals by locale there', () => {
    expect(findAll(LOCALE_TERNARY)).toEqual([]);
  });

  it('would notice a Chinese literal or a locale ternary', () => {
    expect(CJK.test("const x = '第57页';")).toBe(true);
    expect(LOCALE_TERNARY.test("locale === 'zh' ? '主导航' : 'Main'")).toBe(true);
    expect(LOCALE_TERNARY.test("zh ? 'a' : 'b'")).toBe(true);
    expect(LOCALE_TERNARY.test('const zh = ui(locale);')).toBe(false);
  });
});
