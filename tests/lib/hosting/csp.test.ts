import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { CSP_DIRECTIVES, CSP_HEADER, trimScriptHashes } from '../../../src/lib/hosting/csp.ts';

const hashOf = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const page = (scriptSrc: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src ${scriptSrc}; style-src 'self' 'unsafe-inline' ;"></head><body>${body}</body></html>`;

describe('trimScriptHashes', () => {
  test('keeps the hashes of the page’s own inline scripts and drops the rest', () => {
    const used = hashOf('run()');
    const unused = hashOf('hydrate()');
    const html = page(
      `'self' ${unused} ${used}`,
      '<script type="module">run()</script><script src="/_astro/a.js"></script>',
    );
    expect(trimScriptHashes(html)).toBe(
      page(`'self' ${used}`, '<script type="module">run()</script><script src="/_astro/a.js"></script>'),
    );
  });

  test("a page without inline scripts keeps script-src 'self' only; style-src is untouched", () => {
    const out = trimScriptHashes(page(`'self' ${hashOf('x')}`, '<p>text</p>'));
    expect(out).toContain("script-src 'self';");
    expect(out).toContain("style-src 'self' 'unsafe-inline'");
  });

  test('a page without a CSP <meta> is left alone', () => {
    const html = '<html><head></head><body><script>x</script></body></html>';
    expect(trimScriptHashes(html)).toBe(html);
  });
});

test('the <meta> and header policies split the work: no script or style rules in the header', () => {
  expect(CSP_DIRECTIVES).toContain("default-src 'self'");
  expect(CSP_HEADER).toBe("frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'");
});
