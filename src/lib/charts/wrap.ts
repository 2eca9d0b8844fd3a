/**
 * Line wrapping for chart text, by any measure of text width: the fonts' metrics at build time
 * (text.ts), the reader's fonts in the browser (src/client/frame-in-browser.ts).
 */
export type Weight = 'regular' | 'bold';
export type Measure = (text: string, fontSize: number, weight?: Weight) => number;

/**
 * Characters no line may start with (Chinese line breaking, 避头: closing brackets and quotes,
 * sentence and pause marks, the ellipsis and the dash, and their ASCII kin), and those no line may
 * end with (避尾: opening brackets and quotes).
 */
const NO_START = /^[，。、；：！？）」』》〉】〕〗〙〛”’…—·・～%,.;:!?)\]}]/u;
const NO_END = /[（「『《〈【〔〖〘〚“‘([{]$/u;

/**
 * Wraps text into lines no wider than maxWidth: at spaces for Latin text, between any two Chinese
 * characters, never putting a closing mark at the start of a line or an opening one at its end
 * (the character before goes down with it). A Latin word wider than a line keeps its line.
 */
function wrapTextWith(
  textWidth: Measure,

  text: string,
  maxWidth: number,
  fontSize: number,
  weight: Weight = 'regular',
): string[] {
  const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [];
  const lines: string[][] = [];
  let line: string[] = [];
  const width = (parts: string[]) => textWidth(parts.join('').trimEnd(), fontSize, weight);
  for (const token of tokens) {
    if (line.length > 0 && width([...line, token]) > maxWidth) {
      // Carry down what may not start or end a line: the token's closing mark takes the character
      // before it along, and a line never ends on an opening mark.
      let carry: string[] = [];
      if (NO_START.test(token.trimStart())) {
        while (line.length > 1 && NO_START.test(line.at(-1)!.trimStart())) carry.unshift(line.pop()!);
        if (line.length > 1) carry.unshift(line.pop()!);
      }
      while (line.length > 1 && NO_END.test(line.at(-1)!.trimEnd())) carry.unshift(line.pop()!);
      lines.push(line);
      line = [...carry, token];
      line[0] = line[0]!.trimStart();
    } else {
      line.push(token);
    }
  }
  if (line.join('').trim() || lines.length === 0) lines.push(line);
  return lines.map((l) => l.join('').trimEnd());
}

/** Wraps an address (no spaces) after its `/`, `-`, `_` or `.`; a piece still too wide is cut anywhere. */
function wrapAddressWith(textWidth: Measure, address: string, maxWidth: number, fontSize: number): string[] {
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

export interface TextKit {
  textWidth: Measure;
  wrapText: (text: string, maxWidth: number, fontSize: number, weight?: Weight) => string[];
  wrapAddress: (address: string, maxWidth: number, fontSize: number) => string[];
}

/** Width and wrapping by one measure of text. */
export function textKit(measure: Measure): TextKit {
  const textWidth: Measure = (text, fontSize, weight = 'regular') => measure(text, fontSize, weight);
  return {
    textWidth,
    wrapText: (text, maxWidth, fontSize, weight = 'regular') =>
      wrapTextWith(textWidth, text, maxWidth, fontSize, weight),
    wrapAddress: (address, maxWidth, fontSize) => wrapAddressWith(textWidth, address, maxWidth, fontSize),
  };
}
