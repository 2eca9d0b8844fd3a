import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { figuresExplained } from '../../../src/lib/exports/export.ts';
import { siteData } from '../../../src/lib/data/index.ts';
import { loadSnippets } from '../../../src/lib/exports/snippets.ts';
import { distDir } from '../../helpers/site.ts';

const SITE = 'https://crackdown-data.example';
const snippets = loadSnippets(SITE, '2026-11-26', 'en');
const columns = new Set(figuresExplained(siteData(), 'https://example.org').columns);
const code = (id: string) => snippets.find((s) => s.id === id)!.code;

/** Column names a snippet uses: `frame["col"]`, `[["a", "b"]]`, `frame$col`, `c("a", "b")`, `c(col = ...)`. */
function namedColumns(text: string): string[] {
  const lists = [...text.matchAll(/\[\[([^\]]+)\]\]|c\(([^)]*)\)/g)].flatMap((m) =>
    [...(m[1] ?? m[2]!).matchAll(/(\w+) = "[^"]*"|"(\w+)"/g)].map((n) => n[1] ?? n[2]!),
  );
  const single = [...text.matchAll(/\w\["(\w+)"\]|\$(\w+)|dtype=\{"(\w+)"/g)].map(
    (m) => m[1] ?? m[2] ?? m[3]!,
  );
  return [...new Set([...lists, ...single])];
}

describe('how to load it', () => {
  test.each(['pandas', 'r'])('the %s snippet names only columns that exist in figures-explained', (id) => {
    const used = namedColumns(code(id));
    expect(used.length).toBeGreaterThanOrEqual(8);
    expect(used.filter((c) => !columns.has(c))).toEqual([]);
    expect(new Set(used)).toEqual(new Set(snippets.find((s) => s.id === id)!.columns));
  });

  test('the column check catches a misspelt column', () => {
    expect(
      namedColumns('figures[figures$plase == "gansu", c("valu")]').filter((c) => !columns.has(c)),
    ).toEqual(['valu', 'plase']);
  });

  test('snippets point at this site: the exact CSV for code, the Excel CSV for spreadsheets, the ZIP for curl', () => {
    expect(code('pandas')).toContain(`${SITE}/data/plain/figures-explained.csv`);
    expect(code('r')).toContain(`${SITE}/data/plain/figures-explained.csv`);
    expect(code('excel')).toContain(`${SITE}/data/figures-explained.csv`);
    expect(code('curl')).toMatch(
      /^curl -fLO https:\/\/crackdown-data\.example\/data\/crackdown-data-2026-11-26\.zip/,
    );
    for (const s of loadSnippets(SITE, '2026-11-26', 'zh')) expect(s.code.length).toBeGreaterThan(0);
  });

  const python = process.env.PYTHON ?? 'python3';
  const pandas = spawnSync(python, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0;
  const built = join(distDir, 'data', 'plain', 'figures-explained.csv');
  test.skipIf(!pandas || !existsSync(built))(
    'the pandas snippet runs on the built file (needs $PYTHON or python3 with pandas)',
    () => {
      const out = execFileSync(
        python,
        ['-c', code('pandas').replace(`${SITE}/data/plain/figures-explained.csv`, built)],
        {
          encoding: 'utf8',
        },
      );
      expect(out).toContain('2289');
    },
  );
});
