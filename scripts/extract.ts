// Drafts candidate figure rows from a source text for a curator to check and copy into figures.csv:
// `npm run extract -- <source text> [--out file.csv]`. Writes CSV to stdout or --out, never inside data/.
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { readCsv } from '../src/lib/data/csv.ts';
import { findNumbers, type FoundNumber } from '../src/lib/data/numbers.ts';
import { fileLineOf, splitPages } from '../src/lib/data/source-pages.ts';

const COLUMNS = ['page', 'line', 'quote', 'value', 'qualifier', 'place_words', 'metric_words', 'number_text'];
const CLAUSE_END = '，。；、,;:：！？!?';
const SKIPPED_KINDS = ['date', 'case-name', 'ordinal'];
const PLACE_SUFFIXES = /(?:维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|省|市|县|区)$/;
const GENERIC_PLACE = /^[\u4e00-\u9fff]{2}[省市县区]/;
const NOT_IN_NAMES = '该全我本各外此每部分在从由对于赴向和与及的等省市县区两地';
const dataDir = resolve(import.meta.dirname, '..', 'data');

const args = readArgs();
const knownPlaces = readPlaceNames();
const rows: string[][] = [];
for (const page of splitPages(readFileSync(args.text, 'utf8'))) {
  let offset = 0;
  for (const line of page.text.split('\n')) {
    const hits = findNumbers(line);
    for (const hit of hits.filter((h) => !SKIPPED_KINDS.includes(h.kind))) {
      const [from, to] = clauseAround(line, hit);
      rows.push([
        String(page.page),
        String(fileLineOf(page, offset)),
        line.slice(from, to).trim(),
        String(hit.value),
        hit.qualifier,
        nearestPlace(line, hit.start),
        metricWords(line, hits, hit, from, to),
        hit.text,
      ]);
    }
    offset += line.length + 1;
  }
}
const csv = `${Papa.unparse({ fields: COLUMNS, data: rows }, { newline: '\n' })}\n`;
if (args.out) {
  mkdirSync(dirname(resolve(args.out)), { recursive: true });
  writeFileSync(args.out, csv);
  console.error(`extract: ${rows.length} draft rows written to ${args.out}`);
} else process.stdout.write(csv);

/** Reads `<text> [--out file]`; exits 2 with a one-line message when they are wrong or --out points into data/. */
function readArgs(): { text: string; out?: string } {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  } catch (error) {
    return fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1)
    fail(
      `expected one source text file, got ${positionals.length}; usage: npm run extract -- <source text> [--out file.csv]`,
    );
  if (!existsSync(positionals[0]!)) fail(`source text "${positionals[0]}" does not exist`);
  if (values.out !== undefined && isInside(values.out, dataDir))
    fail(`refusing to write "${values.out}": it is inside data/; drafts go elsewhere (e.g. tmp/draft.csv)`);
  return { text: positionals[0]!, out: values.out };
}

function fail(message: string): never {
  console.error(`extract: ${message}`);
  process.exit(2);
}

/** Whether a path is the directory `dir` or inside it, following symbolic links. */
function isInside(path: string, dir: string): boolean {
  const real = (p: string): string => (existsSync(p) ? realpathSync(p) : join(real(dirname(p)), basename(p)));
  const rel = relative(real(dir), real(resolve(path)));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Place names from data/places.csv (read only), when it is there. */
function readPlaceNames(): string[] {
  const file = join(dataDir, 'places.csv');
  if (!existsSync(file)) return [];
  return readCsv(file)
    .table.rows.map((row) => row.cells.name_zh ?? '')
    .filter(Boolean);
}

/** Offsets of the clause around a number, cut at Chinese and Western punctuation. */
function clauseAround(line: string, hit: FoundNumber): [number, number] {
  let from = hit.start;
  while (from > 0 && !CLAUSE_END.includes(line[from - 1]!)) from--;
  let to = hit.end;
  while (to < line.length && !CLAUSE_END.includes(line[to]!)) to++;
  return [from, to];
}

/** The words between a number and its neighbours in the clause, e.g. 已抓获犯罪嫌疑人 for 已抓获犯罪嫌疑人2289人. */
function metricWords(line: string, hits: FoundNumber[], hit: FoundNumber, from: number, to: number): string {
  const previousEnd = Math.max(from, ...hits.filter((h) => h.end <= hit.start).map((h) => h.end));
  const nextStart = Math.min(to, ...hits.filter((h) => h.start >= hit.end).map((h) => h.start));
  return [line.slice(previousEnd, hit.start), line.slice(hit.end, nextStart)]
    .map((words) =>
      words
        .replace(/^[已共并又还均都和及与、]+/, '')
        .replace(/[的和及与等]+$/, '')
        .trim(),
    )
    .filter(Boolean)
    .join(' ');
}

/** The nearest place or agency name before `at` on the line: a known place (with 公安局/警方 when attached), else a generic 2-character name ending in 省/市/县/区. */
function nearestPlace(line: string, at: number): string {
  const found: { start: number; text: string }[] = [];
  for (const name of knownPlaces) {
    const short = name.replace(PLACE_SUFFIXES, '');
    for (const [word, needsAgency] of [
      [name, false],
      [short, true],
    ] as const) {
      for (let i = line.indexOf(word); i >= 0 && i < at; i = line.indexOf(word, i + 1)) {
        const agency = ['公安局', '警方'].find((a) => line.startsWith(a, i + word.length)) ?? '';
        if (!needsAgency || agency === '警方') found.push({ start: i, text: word + agency });
      }
    }
  }
  if (!found.length) {
    for (let i = 0; i < at; i++) {
      const m = GENERIC_PLACE.exec(line.slice(i));
      if (m && ![...m[0].slice(0, 2)].some((c) => NOT_IN_NAMES.includes(c)))
        found.push({ start: i, text: m[0] });
    }
  }
  const before = found.filter((f) => f.start + f.text.length <= at);
  return before.sort((a, b) => b.start - a.start || b.text.length - a.text.length)[0]?.text ?? '';
}
