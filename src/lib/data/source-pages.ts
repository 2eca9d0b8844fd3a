/**
 * Pages of a machine-extracted source text. A page ends at a line holding only its page number
 * (the marker line belongs to no page); text after the last marker is the next page, and a text
 * without any marker is a single page numbered 0.
 */

/** One printed page: its number, its lines joined by "\n", and the file line (1-based) it starts on. */
export interface SourcePage {
  page: number;
  text: string;
  startLine: number;
}

const MARKER = /^\s*(\d{1,4})\s*$/;

/** Splits a source text into pages at its page-number lines. */
export function splitPages(text: string): SourcePage[] {
  const pages: SourcePage[] = [];
  let lines: string[] = [];
  let startLine = 1;
  let last: number | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    const marker = MARKER.exec(line);
    if (!marker) {
      lines.push(line);
      return;
    }
    last = Number(marker[1]);
    pages.push({ page: last, text: lines.join('\n'), startLine });
    lines = [];
    startLine = index + 2;
  });
  if (lines.some((line) => line.trim() !== '')) {
    pages.push({ page: last === undefined ? 0 : last + 1, text: lines.join('\n'), startLine });
  }
  return pages;
}

/** The line of the source file (1-based) that holds an offset in a page's text. */
export function fileLineOf(page: SourcePage, offset: number): number {
  let line = page.startLine;
  for (let i = 0; i < offset; i++) if (page.text[i] === '\n') line++;
  return line;
}

/** Every occurrence of a phrase in a text, as [start, end) offsets; line breaks inside the text are ignored, so a phrase may run across one. */
export function findPhrase(text: string, phrase: string): { start: number; end: number }[] {
  const positions: number[] = [];
  let flat = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') continue;
    positions.push(i);
    flat += text[i];
  }
  const found: { start: number; end: number }[] = [];
  const needle = phrase.replace(/\n/g, '');
  if (needle === '') return found;
  for (let at = flat.indexOf(needle); at >= 0; at = flat.indexOf(needle, at + 1)) {
    found.push({ start: positions[at]!, end: positions[at + needle.length - 1]! + 1 });
  }
  return found;
}
