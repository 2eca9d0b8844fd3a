import type { DataIssue } from './csv.ts';
import type { Dataset, Row } from './dataset.ts';
import { COVERAGE_IGNORE, type CoverageIgnore, type TableName } from './schema.ts';

/**
 * Rules for coverage-ignore.csv that need the tables: its source and page exist, a `repeat` names
 * a figure of that source, the number is inside its context, and no entry is there twice.
 * `knownIds` as in checkDataset: null for a table that could not be read, so nothing is checked against it.
 */
export function checkCoverageIgnore(
  entries: Row<CoverageIgnore>[],
  data: Pick<Dataset, 'sources' | 'figures'>,
  label = 'data',
  knownIds?: Partial<Record<TableName, Set<string> | null>>,
): DataIssue[] {
  const issues: DataIssue[] = [];
  const columns = Object.keys(COVERAGE_IGNORE.row.shape);
  const report = (entry: Row<CoverageIgnore>, field: keyof CoverageIgnore, message: string) =>
    issues.push({
      file: `${label}/${COVERAGE_IGNORE.file}`,
      line: entry.line,
      column: columns.indexOf(field) + 1,
      field,
      message,
    });
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const figures = new Map(data.figures.map((f) => [f.id, f]));
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const source = sources.get(entry.source);
    if (!source && isKnown(knownIds?.sources, entry.source) === false)
      report(entry, 'source', `unknown source "${entry.source}"; expected an id from sources.csv`);
    if (source && (entry.page < source.first_page || entry.page > source.last_page))
      report(
        entry,
        'page',
        `page ${entry.page} is outside source "${source.id}" (pages ${source.first_page}-${source.last_page})`,
      );
    if (!entry.context.includes(entry.number))
      report(entry, 'number', `"${entry.number}" is not in the context "${entry.context}"`);
    if (entry.reason === 'repeat') {
      const figure = figures.get(entry.note);
      if (!figure && isKnown(knownIds?.figures, entry.note) === false)
        report(
          entry,
          'note',
          entry.note
            ? `unknown figure "${entry.note}"; a repeat names the figure it repeats, by its id in figures.csv`
            : 'is empty; a repeat names the figure it repeats, by its id in figures.csv',
        );
      else if (figure && figure.source !== entry.source)
        report(
          entry,
          'note',
          `figure "${figure.id}" is from source "${figure.source}", not "${entry.source}"`,
        );
    }
    const key = [entry.source, entry.page, entry.context, entry.number].join('\u0000');
    const first = seen.get(key);
    if (first) report(entry, 'number', `the same entry is already on line ${first}; remove one`);
    else seen.set(key, entry.line);
  }
  return issues;
}

/** false when the id is surely unknown; undefined when its table could not be read (null). */
function isKnown(known: Set<string> | null | undefined, id: string): boolean | undefined {
  if (known === null) return undefined;
  return known?.has(id) ?? false;
}
