// The Content-Security-Policy in dist/: every page carries one in a <meta> before any script; its
// script-src allows no inline script but by hash, and every inline script's hash is listed; no
// inline event handlers or javascript: URLs; the header files say the same as src/lib/hosting/csp.ts.
// (The browser tests fail on any violation the policy reports.)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CSP_DIRECTIVES,
  CSP_HEADER,
  EMBED_CSP_HEADER,
  SELECTION_CHART_DIRECTIVE,
} from '../../src/lib/hosting/csp.ts';
import { findTags } from '../helpers/html.ts';
import { linkCheck } from '../helpers/link-check.ts';
import { distDir, repoDir, requireDist, siteUrl } from '../helpers/site.ts';

requireDist();
const files = linkCheck(distDir, siteUrl()).htmlFiles();

/** The directives of a policy as name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const pageHtml = (file: string) => readFileSync(join(distDir, file), 'utf8');

/** What is wrong with one page's policy and scripts. */
function problemsOf(html: string, explorer = false): string[] {
  const tags = findTags(html);
  const metas = tags.filter(
    (t) => t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy',
  );
  if (metas.length !== 1) return [`${metas.length} CSP <meta> elements`];
  const meta = metas[0]!;
  const problems: string[] = [];
  const policy = directives(meta.attrs.content ?? '');
  const scriptSrc = policy.get('script-src') ?? [];
  if (!scriptSrc.length) problems.push('no script-src');
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'])
    if (scriptSrc.includes(bad)) problems.push(`script-src allows ${bad}`);
  // The explorer's pages and the share page made on request add img-src blob: (their PNGs), and only they.
  const expected = explorer ? [...CSP_DIRECTIVES, SELECTION_CHART_DIRECTIVE] : CSP_DIRECTIVES;
  for (const d of expected) {
    const [name, ...sources] = d.split(' ');
    // The offline chart files (chart.html) request nothing at all: default-src 'none' is stricter still.
    if (name === 'default-src' && policy.get(name)?.join(' ') === "'none'") continue;
    if (policy.get(name!)?.join(' ') !== sources.join(' ')) problems.push(`${name} is not "${d}"`);
  }
  const offline = policy.get('default-src')?.join(' ') === "'none'";
  if (!explorer && !offline && policy.has('img-src'))
    problems.push('img-src beyond the pages that draw PNGs');
  const headEnd = html.indexOf('</head>');
  for (const tag of tags) {
    for (const [attr, value] of Object.entries(tag.attrs)) {
      if (/^on/.test(attr)) problems.push(`inline event handler <${tag.name} ${attr}>`);
      if (/^\s*javascript:/i.test(value)) problems.push(`javascript: URL in <${tag.name} ${attr}>`);
    }
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    // A data block (JSON-LD) runs nothing, so it may come first; code must come after the policy.
    const data = /type=["']?application\/(ld\+)?json/.test(m[1]!);
    if (!data && m.index < meta.start && m.index < headEnd) problems.push('a script before the CSP <meta>');
    const src = /\bsrc=["']?([^"'\s>]+)/.exec(m[1]!)?.[1];
    if (src) {
      if (new URL(src, siteUrl()).origin !== new URL(siteUrl()).origin)
        problems.push(`script from elsewhere: ${src}`);
    } else if (!data) {
      const hash = `'sha256-${createHash('sha256').update(m[2]!).digest('base64')}'`;
      if (!scriptSrc.includes(hash)) problems.push(`inline script ${hash} not in script-src`);
    }
  }
  return problems;
}

describe('Content-Security-Policy', () => {
  test('every page has one, which allows scripts from the site or by hash only', () => {
    expect(files.length).toBeGreaterThan(100);
    // The explorer's pages and the share page made on request draw PNGs from blob: images.
    const isExplorer = (file: string) =>
      /^(en\/)?figures\/(index\.html|page\/)/.test(file) || /^(en\/)?share\/index\.html$/.test(file);
    const problems = files.flatMap((file) =>
      problemsOf(pageHtml(file), isExplorer(file)).map((p) => `${file}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  test('the check notices an inline handler and an unlisted inline script', () => {
    const page = pageHtml('index.html');
    const bad = page.replace('<body>', '<body onload="x()"><script>alert(1)</script>');
    expect(page).not.toBe(bad);
    const found = problemsOf(bad).join('\n');
    expect(found).toMatch(/inline event handler <body onload>/);
    expect(found).toMatch(/inline script 'sha256-.*' not in script-src/);
    expect(problemsOf(page)).toEqual([]);
  });

  test('public/_headers and docs/nginx.conf send the header policy, frame-ancestors included', () => {
    expect(CSP_HEADER).toMatch(/frame-ancestors 'self'/);
    expect(CSP_HEADER).not.toMatch(/default-src|script-src/);
    expect(readFileSync(join(repoDir, 'public', '_headers'), 'utf8')).toContain(
      `Content-Security-Policy: ${CSP_HEADER}\n`,
    );
    const nginx = readFileSync(join(repoDir, 'docs', 'nginx.conf'), 'utf8');
    const sent = [...nginx.matchAll(/add_header Content-Security-Policy "([^"]*)"/g)].map((m) => m[1]);
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent)).toEqual(new Set([CSP_HEADER, EMBED_CSP_HEADER]));
    for (const folder of ['/embed/', '/en/embed/'])
      expect(nginx).toMatch(new RegExp(`location ${folder} \\{[^}]*frame-ancestors \\*`));
  });

  test('embed pages may be framed by any site; every other page only by the site', () => {
    expect(EMBED_CSP_HEADER).toMatch(/^frame-ancestors \*;/);
    const headers = readFileSync(join(repoDir, 'public', '_headers'), 'utf8');
    for (const path of ['/embed/*', '/en/embed/*'])
      expect(headers).toContain(
        `${path}\n  ! Content-Security-Policy\n  Content-Security-Policy: ${EMBED_CSP_HEADER}\n`,
      );
  });
});
