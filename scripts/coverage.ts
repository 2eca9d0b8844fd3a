// Coverage ledger: accounts for every number in a source text as curated (inside the quote of a
// figure with that value), ignored (data/coverage-ignore.csv) or unaccounted for.
// `npm run coverage -- <source text> [--source <id>] [--data <dir>]`; exits 1 until all is accounted for.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue, readCsv, type CsvRow } from '../src/lib/data/csv.ts';
import { findNumbers, type FoundNumber } from '../src/lib/data/numbers.ts';
import { findPhrase, fileLineOf, splitPages, type SourcePage } from '../src/lib/data/source-pages.ts';

const REASONS = ['date', 'case-name', 'operation-name', 'place-name', 'repeat', 'article', 'not-a-statistic'];
const IGNORE_COLUMNS = ['source', 'page', 'context', 'number', 'reason', 'note'];
const FIGURE_COLUMNS = ['id', 'value', 'qualifier', 'source', 'page', 'quote'];

interface Occurrence {
  page: SourcePage;
  hit: FoundNumber;
  start: number;
  end: number;
  status: 'curated' | 'ignored' | 'unaccounted';
}

const args = readArgs();
const dataDir = resolve(args.data ?? join(import.meta.dirname, '..', 'data'));
const label = (file: string) => {
  const path = relative(process.cwd(), join(dataDir, file));
  return path.startsWith('..') ? join(dataDir, file) : path;
};
const problems: string[] = [];

const sources = table('sources.csv', ['id', 'title_zh', 'file']);
const source = args.source
  ? sources.find((row) => row.cells.id === args.source)
  : sources.find((row) => row.cells.file === basename(args.text));
if (!source) {
  fail(
    args.source
      ? `no row with id "${args.source}" in ${label('sources.csv')}`
      : `no row in ${label('sources.csv')} has file "${basename(args.text)}"; add one or pass --source <id>`,
  );
}
const sourceId = source.cells.id!;
const allFigures = table('figures.csv', FIGURE_COLUMNS);
const figures = allFigures.filter((row) => row.cells.source === sourceId);
const ignores = existsSync(join(dataDir, 'coverage-ignore.csv'))
  ? table('coverage-ignore.csv', IGNORE_COLUMNS, true).filter((row) => row.cells.source === sourceId)
  : [];

const pages = splitPages(readFileSync(args.text, 'utf8'));
const occurrences = pages.flatMap((page) =>
  numbersOn(page, runningHeads(pages, source.cells.title_zh ?? '')),
);
const missingQuotes = markCurated();
const stale = markIgnored();

console.log(`coverage of ${args.text} (source ${sourceId}); page markers and running-head lines are skipped`);
for (const page of pages) {
  const on = occurrences.filter((o) => o.page === page);
  console.log(`page ${page.page}: ${countsOf(on)}`);
}
console.log(
  `total: ${countsOf(occurrences)}; ${missingQuotes.length} quotes not found; ${stale.length} stale ignore entries`,
);
section(
  'unaccounted numbers (curate them in figures.csv, or ignore them with a reason):',
  occurrences
    .filter((o) => o.status === 'unaccounted')
    .map((o) => `page ${o.page.page}, line ${fileLineOf(o.page, o.start)}: ${o.hit.text}  ${context(o)}`),
);
section('curated figures whose quote is not found on their page:', missingQuotes);
section('stale ignore entries (they match no number):', stale);
section('problems in the data files:', problems);
const ok =
  occurrences.every((o) => o.status !== 'unaccounted') &&
  !missingQuotes.length &&
  !stale.length &&
  !problems.length;
process.exit(ok ? 0 : 1);

/** Reads `<text> [--source id] [--data dir]`; exits 2 with a one-line message when they are wrong. */
function readArgs(): { text: string; source?: string; data?: string } {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { source: { type: 'string' }, data: { type: 'string' } },
    });
    if (positionals.length !== 1)
      fail(
        `expected one source text file, got ${positionals.length}; usage: npm run coverage -- <source text> [--source <id>] [--data <dir>]`,
      );
    if (!existsSync(positionals[0]!)) fail(`source text "${positionals[0]}" does not exist`);
    if (values.data !== undefined && !existsSync(values.data))
      fail(`data directory "${values.data}" does not exist`);
    return { text: positionals[0]!, source: values.source, data: values.data };
  } catch (error) {
    return fail((error as Error).message);
  }
}

function fail(message: string): never {
  console.error(`coverage: ${message}`);
  process.exit(2);
}

/** Rows of a data file that has at least `columns` (exactly them when `exact`); structural issues become problems. */
function table(file: string, columns: string[], exact = false): CsvRow[] {
  const path = join(dataDir, file);
  if (!existsSync(path)) fail(`${label(file)} does not exist`);
  const { table, issues } = readCsv(path, label(file));
  problems.push(...issues.map(formatIssue));
  const missing = columns.filter((c) => !table.header.includes(c));
  if (missing.length)
    fail(`${label(file)} lacks column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  if (exact && table.header.join(',') !== columns.join(','))
    fail(`${label(file)} header must be exactly ${columns.join(',')}`);
  return table.rows;
}

/** Lines to skip: the source's title repeated as a running head, and any line printed verbatim on two or more pages. */
function runningHeads(all: SourcePage[], title: string): Set<string> {
  const seen = new Map<string, Set<number>>();
  for (const page of all) {
    for (const line of page.text.split('\n')) {
      const key = line.trim();
      if (key) seen.set(key, (seen.get(key) ?? new Set()).add(page.page));
    }
  }
  const heads = new Set([...seen].filter(([, on]) => on.size > 1).map(([line]) => line));
  if (title) heads.add(title.trim());
  return heads;
}

function numbersOn(page: SourcePage, heads: Set<string>): Occurrence[] {
  const found: Occurrence[] = [];
  let offset = 0;
  for (const line of page.text.split('\n')) {
    if (!heads.has(line.trim())) {
      for (const hit of findNumbers(line)) {
        found.push({ page, hit, start: offset + hit.start, end: offset + hit.end, status: 'unaccounted' });
      }
    }
    offset += line.length + 1;
  }
  return found;
}

/** Marks numbers inside a quote of a figure with that value and qualifier; returns the figures whose quote is not on their page. */
function markCurated(): string[] {
  const missing: string[] = [];
  for (const figure of figures) {
    const { id, value, qualifier, quote } = figure.cells;
    const page = pages.find((p) => p.page === Number(figure.cells.page));
    const spans = page ? findPhrase(page.text, quote ?? '') : [];
    if (!spans.length) {
      missing.push(`${label('figures.csv')}:${figure.line} ${id}, page ${figure.cells.page}: "${quote}"`);
      continue;
    }
    for (const o of occurrences) {
      if (
        o.page === page &&
        o.hit.kind === 'quantity' &&
        o.hit.value === Number(value) &&
        o.hit.qualifier === qualifier &&
        spans.some((s) => s.start <= o.start && o.end <= s.end)
      )
        o.status = 'curated';
    }
  }
  return missing;
}

/** Marks numbers an ignore entry names; returns the entries that name nothing (and records bad entries as problems). */
function markIgnored(): string[] {
  const stale: string[] = [];
  const figureIds = new Set(allFigures.map((row) => row.cells.id));
  for (const entry of ignores) {
    const { page: pageText, context: phrase, number, reason, note } = entry.cells;
    const where = `${label('coverage-ignore.csv')}:${entry.line}`;
    if (!REASONS.includes(reason ?? ''))
      problems.push(`${where}: reason "${reason}" is not one of ${REASONS.join(', ')}`);
    if (reason === 'repeat' && !figureIds.has(note ?? ''))
      problems.push(`${where}: a repeat names the figure it repeats: put its id in note`);
    const page = pages.find((p) => p.page === Number(pageText));
    const spans = page ? findPhrase(page.text, phrase ?? '') : [];
    let matched = 0;
    for (const o of occurrences) {
      if (
        o.page === page &&
        o.status !== 'curated' &&
        o.hit.text === number &&
        spans.some((s) => s.start <= o.start && o.end <= s.end)
      ) {
        o.status = 'ignored';
        matched++;
      }
    }
    if (!matched) {
      const why = !page
        ? `page ${pageText} is not in the text`
        : spans.length
          ? `no uncurated number "${number}" in it`
          : 'context not found on the page';
      stale.push(`${where} page ${pageText}, "${phrase}", ${number}: ${why}`);
    }
  }
  return stale;
}

function countsOf(list: Occurrence[]): string {
  const n = (status: Occurrence['status']) => list.filter((o) => o.status === status).length;
  return `${n('curated')} curated, ${n('ignored')} ignored, ${n('unaccounted')} unaccounted`;
}

/** About 15 characters either side of a number, on its line, with the number in brackets. */
function context(o: Occurrence): string {
  const lineStart = o.page.text.lastIndexOf('\n', o.start - 1) + 1;
  const lineEnd = (o.page.text.indexOf('\n', o.end) + 1 || o.page.text.length + 1) - 1;
  const from = Math.max(lineStart, o.start - 15);
  const to = Math.min(lineEnd, o.end + 15);
  const text = o.page.text;
  return `${from > lineStart ? '…' : ''}${text.slice(from, o.start)}[${o.hit.text}]${text.slice(o.end, to)}${to < lineEnd ? '…' : ''}`;
}

function section(title: string, lines: string[]): void {
  if (lines.length) console.log(`\n${title}\n${lines.map((line) => `  ${line}`).join('\n')}`);
}
