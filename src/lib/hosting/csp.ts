// The Content-Security-Policy, in one place: astro.config.mjs gives it to Astro's `security.csp`
// (which writes it as a <meta> into every page; scripts are files in /_astro/, allowed by 'self'), and
// public/_headers and docs/nginx.conf repeat the same directives as an HTTP header (a test keeps them
// in step), adding frame-ancestors, which a <meta> cannot carry.

import { createHash } from 'node:crypto';

/**
 * Directives besides script-src and style-src (which Astro writes itself) for the <meta>. Short on
 * purpose: the <meta> is on every page and counts against its 14 kB budget. default-src 'self'
 * covers images, fonts, fetches and objects; base-uri, form-action, object-src 'none' and
 * frame-ancestors go in the HTTP header (CSP_HEADER), which a real host sends with every page.
 */
export const CSP_DIRECTIVES = ["default-src 'self'"] as const;

/**
 * What the explorer's pages and the share page made on request add (Astro.csp.insertDirective), and
 * only they: they draw an SVG made in the page into a canvas from a blob: address for a PNG download
 * (src/client/selection-chart.ts, src/client/share-on-request.ts).
 */
export const SELECTION_CHART_DIRECTIVE = "img-src 'self' blob:";

/**
 * Scripts come from the site or carry a hash (Astro adds the hashes); no 'unsafe-inline' for
 * scripts. Styles allow 'unsafe-inline': Astro inlines every stylesheet, the tile maps switch with an
 * inline <style>, and SVG charts carry style="" attributes, which hashes cannot allow without
 * 'unsafe-hashes'. Inline styles cannot run code, so this keeps the policy's point (no injected script).
 */
export const CSP_STYLE_RESOURCES = ["'self'", "'unsafe-inline'"] as const;

/** The CSP source of an inline script's text, e.g. `sha256-…` (Astro adds the quotes). */
export const scriptHash = (text: string) =>
  `sha256-${createHash('sha256').update(text).digest('base64')}` as const;

/** Who may frame the pages: only the site itself. Embed pages that others may frame get their own header rule. */
const FRAME_ANCESTORS = "frame-ancestors 'self'";

/**
 * The policy sent as an HTTP header (public/_headers, docs/nginx.conf): frame-ancestors, which a
 * <meta> cannot carry, and the directives that do not govern scripts or styles. It leaves out
 * default-src: a header's default-src would also govern scripts and block the inline scripts that
 * the page's <meta> allows by hash (a browser enforces both policies).
 */
const HEADER_REST = ["object-src 'none'", "base-uri 'self'", "form-action 'self'"];
export const CSP_HEADER = [FRAME_ANCESTORS, ...HEADER_REST].join('; ');

/** The header policy of embed pages (/embed/…, /en/embed/…): any site may frame them; nothing else changes. */
export const EMBED_CSP_HEADER = ['frame-ancestors *', ...HEADER_REST].join('; ');

/**
 * A page's HTML with only the script hashes it needs in its CSP <meta>: Astro lists the hashes of
 * every script it knows of (its five hydration directives included, unused here) on every page;
 * each costs ~50 incompressible bytes. Keeps 'self' and every other source; leaves the page alone
 * when it has no CSP <meta>.
 */
export function trimScriptHashes(html: string): string {
  const inline = new Set(
    [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
      (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
    ),
  );
  return html.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i,
    (_, open: string, policy: string, close: string) =>
      open +
      policy.replace(/script-src ([^;]*)/, (_d, sources: string) => {
        const kept = sources.split(/\s+/).filter((s) => s && (!s.startsWith("'sha256-") || inline.has(s)));
        return `script-src ${kept.join(' ')}`;
      }) +
      close,
  );
}
