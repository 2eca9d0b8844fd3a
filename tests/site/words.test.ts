// Checked on the built site: the words a reader sees are written for a reader. Chinese text has
// full-width punctuation, no internal figure id reaches any page, and nothing slants Chinese.
import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { sourcesDir } from '../../src/lib/data/data-dir.ts';
import { walkFiles } from '../../src/lib/built-site/walk.ts';
import { findTags, visibleText } from '../helpers/html.ts';
import { distDir, repoDir, requireDist } from '../helpers/site.ts';

const data = loadDataset(process.env.DATA_DIR ?? join(repoDir, 'data'));

beforeAll(requireDist);

/** A Chinese character, or Chinese (full-width) punctuation. */
const cjk = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]';
/** ASCII `: ; , ( )` touching Chinese (a space between counts as touching), and a `.` ending a Chinese clause. */
const asciiAgainstCjk = new RegExp(
  `${cjk} ?[:;,()]|[:;,()] ?${cjk}|${cjk} ?\\.(?!\\d)|(?<![\\d.])\\. ?${cjk}`,
  'gu',
);

/** The snippets of `text` where ASCII punctuation touches Chinese, with a few characters of context. */
export function asciiPunctuationInChinese(text: string): string[] {
  return [...text.matchAll(asciiAgainstCjk)].map((m) =>
    text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12).replace(/\n/g, ' ⏎ '),
  );
}

/**
 * Words of the source: its texts (../shared/sources, as the curation tests read them) with their
 * line breaks taken out, and as the data records them: figure and provenance quotes, and the Chinese
 * the English discrepancy notes quote (an English sentence quotes Chinese only from the source).
 */
const dir = process.env.DATA_DIR ?? join(repoDir, 'data');
const sourceTexts = data.sources
  .map((s) => join(sourcesDir(dir), s.file))
  .filter((path) => existsSync(path))
  .map((path) => readFileSync(path, 'utf8'));
const sourceWords = [
  ...sourceTexts,
  ...data.figures.map((f) => f.quote),
  ...data.provenance.map((p) => p.quote),
  // The quotes of the English notes, whole (“电话卡20余张,、u盾若干”), and their Chinese runs.
  ...data.discrepancies.flatMap((d) =>
    [...d.text_en.matchAll(/“([^“”]*\p{Script=Han}[^“”]*)”/gu)].map((m) => m[1]!),
  ),
  ...data.discrepancies.flatMap(
    (d) => d.text_en.match(/[^\x00-\x7f“”‘’—–…]+(?:[,.:;()\s]*[^\x00-\x7f“”‘’—–…]+)*/g) ?? [],
  ),
]
  // Spaces and line breaks of the extracted text are not the source's words: compared without them.
  .map((w) => w.replace(/\s+/g, ''))
  .filter(Boolean);

/**
 * Takes out the “…” spans that cite the source's own words: each piece between ellipses is in the
 * source. Quotes nest (“锚定“陇风-2020”各项目标”): a span is read whole, inner quotes and all.
 */
export function withoutSourceQuotes(text: string): string {
  let out = '';
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === '”' && depth > 0 && --depth === 0) {
      const inner = text.slice(start + 1, i);
      const cited = inner
        .split(/…+/)
        .filter(Boolean)
        .every((piece) => sourceWords.some((w) => w.includes(piece.replace(/\s+/g, ''))));
      out += cited ? '“”' : withoutSourceQuotes(inner).replace(/^/, '“') + '”';
    } else if (depth === 0) out += ch;
  }
  // An unclosed “ keeps the rest as it is.
  return depth > 0 ? out + withoutSourceQuotes(text.slice(start + 1)).replace(/^/, '“') : out;
}

/**
 * Every HTML file a reader may open, as its path under dist/: the pages, and the self-contained
 * chart files (chart.html) and the 404 page that listHtmlPages leaves out.
 */
const htmlFiles = () =>
  [...walkFiles(distDir)]
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(distDir.length).split(sep).join('/'))
    .sort();
const readHtml = (path: string) => readFileSync(join(distDir, path), 'utf8');
const zhPages = () => htmlFiles().filter((p) => !p.startsWith('/en/'));

describe('Chinese typography', () => {
  test('the check itself finds ASCII punctuation against Chinese and passes full-width text', () => {
    expect(asciiPunctuationInChinese('江西省: 5011人; 甘肃省.')).toHaveLength(3);
    expect(asciiPunctuationInChinese('（属于 x）. 发生地:')).toHaveLength(2);
    expect(asciiPunctuationInChinese('江西省：5011人；甘肃省（4.9万）。Gansu: 2,289 (exact).')).toEqual([]);
    // Only the source's own words in quotation marks keep their ASCII punctuation.
    const quoted = `原文“${data.provenance.find((p) => /[\p{Script=Han}],/u.test(p.quote))!.quote}”`;
    expect(asciiPunctuationInChinese(withoutSourceQuotes(quoted))).toEqual([]);
    expect(asciiPunctuationInChinese(withoutSourceQuotes('原文“本站自己写的,句子”'))).toHaveLength(1);
    expect(withoutSourceQuotes('甲“乙“丙”丁”戊')).toBe('甲“乙“丙”丁”戊');
  });

  test('no zh page puts ASCII : ; , ( ) . against a Chinese character outside quotes of the source', () => {
    const problems: string[] = [];
    let pages = 0;
    for (const page of zhPages()) {
      pages++;
      // <q> and <blockquote> hold the source's own words, punctuation and all, as do “…” spans
      // that cite them; <pre> and <code> hold machine formats (BibTeX, CSL JSON, code to paste).
      // Elements marked lang="en" are English (the changelog), whose ASCII punctuation is right.
      const text = visibleText(readHtml(page), ['q', 'blockquote', 'pre', 'code'], (t) =>
        /^en\b/i.test(t.attrs.lang ?? ''),
      );
      for (const snippet of asciiPunctuationInChinese(withoutSourceQuotes(text)))
        problems.push(`${page}: ${snippet}`);
    }
    expect(pages).toBeGreaterThan(300);
    expect([...new Set(problems)].join('\n')).toBe('');
  });
});

describe('no internal id reaches a reader', () => {
  const ids = data.figures.map((f) => f.id);
  const idPattern = new RegExp(`(?<![\\w/-])(?:${ids.join('|')})(?![\\w/-])`, 'g');

  test('the seed has figure ids to look for', () => {
    expect(ids).toContain('jieyang-suspects-2020');
    expect('其中一部分（属于 jieyang-suspects-2020）'.match(idPattern)).toEqual(['jieyang-suspects-2020']);
  });

  test('no page shows a figure id in its visible text', () => {
    const problems: string[] = [];
    for (const page of htmlFiles()) {
      const text = visibleText(readHtml(page));
      for (const m of text.matchAll(idPattern))
        problems.push(`${page}: ${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10)}`);
    }
    expect(problems.join('\n')).toBe('');
  });
});

describe('no italic Chinese', () => {
  const slanted = /font-style\s*[:=]\s*["']?\s*(italic|oblique)/gi;
  /** Element names browsers set in italics by default. */
  const italicByDefault = ['em', 'i', 'cite', 'var', 'dfn', 'address'];

  test('no stylesheet, style attribute or SVG presentation attribute slants text', () => {
    // English pages share the stylesheets and the chart code, so a slant anywhere reaches Chinese
    // (in Chinese names and quotes on English pages too); none is allowed unless scoped to English.
    const problems: string[] = [];
    let files = 0;
    for (const file of walkFiles(distDir)) {
      if (!/\.(css|html|svg|js)$/.test(file)) continue;
      files++;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(slanted)) {
        const before = text.slice(Math.max(0, m.index - 200), m.index);
        const selector = before.slice(before.lastIndexOf('}') + 1);
        if (/:lang\(en\)|\[lang\|?=["']?en/.test(selector)) continue;
        problems.push(
          `${file.slice(distDir.length)}: …${text.slice(Math.max(0, m.index - 60), m.index + m[0].length)}`,
        );
      }
    }
    expect(files).toBeGreaterThan(100);
    expect(problems.join('\n')).toBe('');
  });

  test('no zh page uses an element browsers set in italics', () => {
    const problems: string[] = [];
    for (const page of zhPages()) {
      for (const tag of findTags(readHtml(page)))
        if (italicByDefault.includes(tag.name)) problems.push(`${page}: <${tag.name}>`);
    }
    expect([...new Set(problems)].join('\n')).toBe('');
  });
});
