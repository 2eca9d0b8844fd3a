// HTML validity of the built pages with html-validate (a maintained validator from npm): a few
// pages of every page type, in both languages, plus the 404 page. Each message names file, line
// and column.
import { readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { distDir, htmlFileFor, listHtmlPages } from '../helpers/site.ts';

const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // The SVG charts size themselves with style="max-width:…" and the policy allows inline styles
    // on purpose (src/lib/hosting/csp.ts); styling is not what this check is for.
    'no-inline-style': 'off',
    // data-chart holds JSON, so it is quoted with ' to keep the JSON's " unescaped (and short).
    'attr-quotes': 'off',
  },
};

/** A page's type: its language and URL with the ids blanked (`/en/places/gansu/` → `en/places/*`). */
function typeOf(page: string): string {
  const parts = page.split('/').filter(Boolean);
  const lang = parts[0] === 'en' ? parts.shift()! : 'zh';
  return [lang, parts[0] ?? '', ...parts.slice(1).map(() => '*')].join('/');
}

/** Up to 3 pages of every type. */
function sample(pages: string[]): string[] {
  const byType = new Map<string, string[]>();
  for (const page of pages) {
    const list = byType.get(typeOf(page)) ?? [];
    if (list.length < 3) list.push(page);
    byType.set(typeOf(page), list);
  }
  return [...byType.values()].flat();
}

const pages = sample(listHtmlPages());
const validator = new HtmlValidate(config);

async function problemsOf(file: string, html: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}

describe('HTML validity (html-validate)', () => {
  test('the sample covers every page type in both languages', () => {
    const types = new Set(pages.map(typeOf));
    for (const type of [
      'zh/',
      'en/',
      'zh/places/*',
      'en/places/*',
      'zh/campaigns/*',
      'en/campaigns',
      'en/metrics/*',
      'zh/data',
      'en/methodology',
    ])
      expect(types, type).toContain(type);
    expect(typeOf('/en/places/gansu/')).toBe('en/places/*');
    expect(pages.length).toBeGreaterThan(20);
  });

  test('the validator reports a broken page with file, line and column', async () => {
    const problems = await problemsOf(
      'probe.html',
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></p></body></html>',
    );
    expect(problems.join('\n')).toMatch(/^probe\.html:1:\d+ [a-z-]+: /m);
  });

  test.each([...pages, '/404.html'])('%s is valid HTML', async (page) => {
    const file = page === '/404.html' ? join(distDir, '404.html') : htmlFileFor(page);
    expect(await problemsOf(file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});
