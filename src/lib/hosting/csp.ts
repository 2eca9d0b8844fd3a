// The Content-Security-Policy, in one place: astro.config.mjs gives it to Astro's `security.csp`
// (which writes it as a <meta> into every page, with the hashes of the scripts Astro inlines), and
// public/_headers and docs/nginx.conf repeat the same directives as an HTTP header (a test keeps them
// in step), adding frame-ancestors, which a <meta> cannot carry.

/** Directives besides script-src and style-src, which Astro writes itself. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Scripts come from the site or carry a hash (Astro adds the hashes); no 'unsafe-inline' for
 * scripts. Styles allow 'unsafe-inline': Astro inlines every stylesheet, the tile maps switch with an
 * inline <style>, and SVG charts carry style="" attributes, which hashes cannot allow without
 * 'unsafe-hashes'. Inline styles cannot run code, so this keeps the policy's point (no injected script).
 */
export const CSP_STYLE_RESOURCES = ["'self'", "'unsafe-inline'"] as const;

/** Who may frame the pages: only the site itself. Embed pages that others may frame get their own header rule. */
export const FRAME_ANCESTORS = "frame-ancestors 'self'";

/**
 * The policy sent as an HTTP header (public/_headers, docs/nginx.conf): frame-ancestors, which a
 * <meta> cannot carry, and the directives that do not govern scripts or styles. It leaves out
 * default-src: a header's default-src would also govern scripts and block the inline scripts that
 * the page's <meta> allows by hash (a browser enforces both policies).
 */
export const CSP_HEADER = [
  FRAME_ANCESTORS,
  ...CSP_DIRECTIVES.filter((d) => /^(object-src|base-uri|form-action) /.test(d)),
].join('; ');
