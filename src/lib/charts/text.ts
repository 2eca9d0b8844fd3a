/** Rough advance width of one character in em, for layout without a browser. */
function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80) return 1; // CJK characters and full-width punctuation
  if (/[il.,:;'|!]/.test(ch)) return 0.3;
  if (/[A-Z~+%]/.test(ch) || /[mw]/.test(ch)) return 0.72;
  if (ch === ' ') return 0.3;
  return 0.58;
}

/** Estimated width in px of a single line of text at a font size (errs on the wide side). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize;
}

/** Wraps text into lines no wider than maxWidth: at spaces for Latin text, anywhere for CJK. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && textWidth((line + token).trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** Wraps an address (no spaces) after its `/`, `-`, `_` or `.`; a piece still too wide is cut anywhere. */
export function wrapAddress(address: string, maxWidth: number, fontSize: number): string[] {
  const pieces = address.match(/[^/\-_.]*[/\-_.]?/g)?.filter(Boolean) ?? [address];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    for (const part of textWidth(piece, fontSize) > maxWidth ? [...piece] : [piece]) {
      if (line && textWidth(line + part, fontSize) > maxWidth) {
        lines.push(line);
        line = '';
      }
      line += part;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
