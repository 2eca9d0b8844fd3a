// Coverage ledger: accounts for every number in a source text as curated (inside the quote of a
// figure with that value and qualifier), ignored (an entry of coverage-ignore.csv) or unaccounted for.
import { findNumbers, type FoundNumber } from '../data/numbers.ts';
import { fileLineOf, findPhrase, splitPages, type SourcePage } from '../data/source-pages.ts';
import type { CoverageIgnore, FigureRow } from '../data/schema.ts';
import type { Row } from '../data/dataset.ts';

export type CoverageFigure = Pick<Row<FigureRow>, 'id' | 'value' | 'qualifier' | 'page' | 'quote' | 'line'>;
export type CoverageEntry = Pick<Row<CoverageIgnore>, 'page' | 'context' | 'number' | 'line'>;

interface Occurrence {
  page: SourcePage;
  hit: FoundNumber;
  /** Offsets of the number in its page's text. */
  start: number;
  end: number;
  status: 'curated' | 'ignored' | 'unaccounted';
}

export interface Ledger {
  pages: SourcePage[];
  occurrences: Occurrence[];
  /** Figures whose quote is not on the page they name. */
  missingQuotes: CoverageFigure[];
  /** Ignore entries that match no number, with why. */
  stale: { entry: CoverageEntry; why: string }[];
}

/**
 * The ledger of one source text, given its figures and ignore entries (those of this source only)
 * and its title, which is skipped as a running head like any line printed on two or more pages.
 */
export function coverageLedger(
  text: string,
  title: string,
  figures: CoverageFigure[],
  entries: CoverageEntry[],
): Ledger {
  const pages = splitPages(text);
  const heads = runningHeads(pages, title);
  const occurrences = pages.flatMap((page) => numbersOn(page, heads));
  const missingQuotes: CoverageFigure[] = [];
  for (const figure of figures) {
    const page = pages.find((p) => p.page === figure.page);
    const spans = page ? findPhrase(page.text, figure.quote) : [];
    if (!spans.length) missingQuotes.push(figure);
    for (const o of occurrences) {
      if (
        o.page === page &&
        o.hit.kind === 'quantity' &&
        o.hit.value === figure.value &&
        o.hit.qualifier === figure.qualifier &&
        spans.some((s) => s.start <= o.start && o.end <= s.end)
      )
        o.status = 'curated';
    }
  }
  const stale: Ledger['stale'] = [];
  for (const entry of entries) {
    const page = pages.find((p) => p.page === entry.page);
    const spans = page ? findPhrase(page.text, entry.context) : [];
    let matched = 0;
    for (const o of occurrences) {
      if (
        o.page === page &&
        o.status !== 'curated' &&
        o.hit.text === entry.number &&
        spans.some((s) => s.start <= o.start && o.end <= s.end)
      ) {
        o.status = 'ignored';
        matched++;
      }
    }
    if (!matched) {
      const why = !page
        ? `page ${entry.page} is not in the text`
        : spans.length
          ? `no uncurated number "${entry.number}" in it`
          : 'context not found on the page';
      stale.push({ entry, why });
    }
  }
  return { pages, occurrences, missingQuotes, stale };
}

/** Whether every number is accounted for, every quote found and every ignore entry used. */
export function isComplete(ledger: Ledger): boolean {
  return (
    ledger.occurrences.every((o) => o.status !== 'unaccounted') &&
    !ledger.missingQuotes.length &&
    !ledger.stale.length
  );
}

/** The ledger as the report `npm run coverage` prints; files are named as in `names`. */
export function ledgerReport(
  ledger: Ledger,
  names: { text: string; source: string; figures: string; ignore: string },
): string {
  const out = [
    `coverage of ${names.text} (source ${names.source}); page markers and running-head lines are skipped`,
    ...ledger.pages.map(
      (page) => `page ${page.page}: ${countsOf(ledger.occurrences.filter((o) => o.page === page))}`,
    ),
    `total: ${countsOf(ledger.occurrences)}; ${ledger.missingQuotes.length} quotes not found; ${ledger.stale.length} stale ignore entries`,
  ];
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push('', title, ...lines.map((line) => `  ${line}`));
  };
  section(
    'unaccounted numbers (curate them in figures.csv, or ignore them with a reason):',
    ledger.occurrences
      .filter((o) => o.status === 'unaccounted')
      .map((o) => `page ${o.page.page}, line ${fileLineOf(o.page, o.start)}: ${o.hit.text}  ${contextOf(o)}`),
  );
  section(
    'curated figures whose quote is not found on their page:',
    ledger.missingQuotes.map((f) => `${names.figures}:${f.line} ${f.id}, page ${f.page}: "${f.quote}"`),
  );
  section(
    'stale ignore entries (they match no number):',
    ledger.stale.map(
      ({ entry, why }) =>
        `${names.ignore}:${entry.line} page ${entry.page}, "${entry.context}", ${entry.number}: ${why}`,
    ),
  );
  return out.join('\n');
}

/** Lines to skip: the title as a running head, and any line printed verbatim on two or more pages. */
function runningHeads(pages: SourcePage[], title: string): Set<string> {
  const seen = new Map<string, Set<number>>();
  for (const page of pages) {
    for (const line of page.text.split('\n')) {
      const key = line.trim();
      if (key) seen.set(key, (seen.get(key) ?? new Set()).add(page.page));
    }
  }
  const heads = new Set([...seen].filter(([, on]) => on.size > 1).map(([line]) => line));
  if (title.trim()) heads.add(title.trim());
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

function countsOf(list: Occurrence[]): string {
  const n = (status: Occurrence['status']) => list.filter((o) => o.status === status).length;
  return `${n('curated')} curated, ${n('ignored')} ignored, ${n('unaccounted')} unaccounted`;
}

/** About 15 characters either side of a number, on its line, with the number in brackets. */
function contextOf(o: Occurrence): string {
  const text = o.page.text;
  const lineStart = text.lastIndexOf('\n', o.start - 1) + 1;
  const lineEnd = (text.indexOf('\n', o.end) + 1 || text.length + 1) - 1;
  const from = Math.max(lineStart, o.start - 15);
  const to = Math.min(lineEnd, o.end + 15);
  return `${from > lineStart ? '…' : ''}${text.slice(from, o.start)}[${o.hit.text}]${text.slice(o.end, to)}${to < lineEnd ? '…' : ''}`;
}
