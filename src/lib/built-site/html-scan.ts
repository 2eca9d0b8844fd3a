// Just enough HTML scanning to measure and test the built pages (no parser dependency). Astro's
// output is well-formed, so a tag scanner that respects quoted attribute values is enough.

export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** Offset of `<` in the (comment- and script-stripped) HTML. */
  start: number;
  /** Offset just past `>`. */
  end: number;
}

const attrPattern = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(attrPattern)) {
    const name = m[1]!.toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Blanks out comments and the bodies of <script> and <style> (same length, so offsets hold). */
function stripOpaque(html: string): string {
  const blank = (s: string): string => s.replace(/[^\n]/g, ' ');
  return html
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(
      /(<(script|style)\b(?:[^>"']|"[^"]*"|'[^']*')*>)([\s\S]*?)(<\/\2\s*>)/gi,
      (_, open: string, _n, body: string, close: string) => open + blank(body) + close,
    );
}

/** Every start tag named `name` (or every start tag when `name` is omitted), in order. */
export function findTags(html: string, name?: string): Tag[] {
  const stripped = stripOpaque(html);
  const pattern = new RegExp(
    `<(${name ?? '[a-zA-Z][a-zA-Z0-9:-]*'})(?=[\\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>`,
    'gi',
  );
  return [...stripped.matchAll(pattern)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attrs: parseAttrs(m[2] ?? ''),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

export function hasClass(tag: Tag, cls: string): boolean {
  return (tag.attrs.class ?? '').split(/\s+/).includes(cls);
}

/** The inner HTML of an element that starts at `open`, matching nested same-name tags. */
export function innerOf(html: string, open: Tag): string {
  const stripped = stripOpaque(html);
  const pattern = new RegExp(`<(/?)${open.name}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');
  pattern.lastIndex = open.end;
  let depth = 1;
  for (let m = pattern.exec(stripped); m; m = pattern.exec(stripped)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(open.end, m.index);
  }
  return html.slice(open.end);
}

/** The text content of some HTML: tags dropped, entities decoded. */
export function textOf(html: string): string {
  return decodeEntities(stripOpaque(html).replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
}

/** Tags that end a run of text as a reader sees it (a cell, a line, a block), so text either side never touches. */
const blockTags =
  'address|article|aside|blockquote|br|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|option|p|pre|section|summary|table|tbody|td|tfoot|th|thead|title|tr|ul|svg|text|desc|g|button|label|select|textarea|input|img';

/**
 * The text a reader sees, one block per line: <head> (but its <title>), scripts, styles, templates,
 * hidden elements and the elements named in `skip` (such as `q`, `blockquote`: quotes of a source)
 * left out; block tags break lines, inline tags join their text as the browser does.
 */
export function visibleText(
  html: string,
  skip: readonly string[] = [],
  /** Also leaves out the elements it is true of (such as those in another language). */
  drop: (tag: Tag) => boolean = () => false,
): string {
  let s = stripOpaque(html);
  const title = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(
    s.slice(0, s.search(/<body\b/i) + 1 || undefined),
  );
  s = s.replace(/<head\b[\s\S]*?<\/head\s*>/i, title ? `<title>${title[1]}</title>` : '');
  for (const name of ['script', 'style', 'template', 'noscript', ...skip]) {
    // Innermost first, so nested elements of the same name go too.
    const pattern = new RegExp(
      `<${name}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>(?:(?!<${name}[\\s/>])[\\s\\S])*?</${name}\\s*>`,
      'gi',
    );
    while (pattern.test(s)) s = s.replace(pattern, ' ');
  }
  // Elements with the hidden attribute (not hidden="until-found") and those `drop` names, last first.
  for (const tag of findTags(s)
    .filter((t) => ('hidden' in t.attrs && t.attrs.hidden !== 'until-found') || drop(t))
    .reverse()) {
    const inner = innerOf(s, tag);
    const close = new RegExp(`^</${tag.name}\\s*>`, 'i').exec(s.slice(tag.end + inner.length));
    s = s.slice(0, tag.start) + ' ' + s.slice(tag.end + inner.length + (close?.[0].length ?? 0));
  }
  const block = new RegExp(`</?(?:${blockTags})(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');
  return decodeEntities(s.replace(block, '\n').replace(/<[^>]*>/g, ''))
    .replace(/[ \t\r\f\u00a0]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}
