// Content-Security-Policy violations in Chromium: add `recordCspViolations` as an init script
// before the page loads, read `cspViolations(page)` after loading or interacting.
import type { Page } from 'playwright-core';

/** Runs in the page before its own scripts: keeps every CSP violation report in window.__csp. */
export function recordCspViolations(): void {
  const seen: string[] = [];
  (window as unknown as { __csp: string[] }).__csp = seen;
  document.addEventListener('securitypolicyviolation', (e) =>
    seen.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
    ),
  );
}

/** The CSP violations a page has reported so far, as problems. */
export async function cspViolations(page: Page): Promise<string[]> {
  const seen = await page.evaluate(
    () => (window as unknown as { __csp?: string[] }).__csp ?? ['no CSP recorder'],
  );
  return seen.map((v) => `CSP violation: ${v}`);
}
