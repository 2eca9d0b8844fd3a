// The self-contained chart files (chart.html, for intranets): each carries its licence, as every
// page does, and its source line, whatever kind of chart it holds.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, requireDist } from '../helpers/site.ts';

function chartFiles(): string[] {
  requireDist();
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name === 'chart.html') out.push(join(dir, e.name));
    }
  };
  for (const root of [join(distDir, 'embed'), join(distDir, 'en', 'embed')]) walk(root);
  return out.sort();
}

const visibleText = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<details[\s\S]*?<\/details>/g, '')
    .replace(/<[^>]*>/g, ' ');

describe('chart.html', () => {
  test('there is one per chart in both languages', () => {
    const files = chartFiles();
    expect(files.length).toBeGreaterThan(300);
    expect(files.some((f) => f.includes('/stat/'))).toBe(true);
  });

  test('every one names its licence, CC BY 4.0, in words and as a licence link', () => {
    const missing = chartFiles().filter((file) => {
      const html = readFileSync(file, 'utf8');
      return !(
        /<a rel="license" href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/">[^<]*CC BY 4\.0/.test(
          html,
        ) && html.includes('<link rel="license" href="https://creativecommons.org/licenses/by/4.0/">')
      );
    });
    expect(missing.map((f) => relative(distDir, f))).toEqual([]);
  });

  test('every one shows its source line outside the closed data table', () => {
    const missing = chartFiles().filter((file) => {
      const text = visibleText(readFileSync(file, 'utf8'));
      return file.includes('/en/') ? !/Source: “/.test(text) : !/来源：《/.test(text);
    });
    expect(missing.map((f) => relative(distDir, f))).toEqual([]);
  });
});
