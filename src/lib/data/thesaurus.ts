import type { DataIssue } from './csv.ts';
import type { Row } from './dataset.ts';
import { THESAURUS, type ThesaurusTerm } from './schema.ts';

/** One group of the thesaurus: terms that name one thing. */
export interface TermGroup {
  id: string;
  terms: Row<ThesaurusTerm>[];
}

/** Lower case, with hyphens and runs of spaces as one space: "Card-breaking" and "card breaking" are one term. */
export const normalTerm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[-‐‑–\s]+/g, ' ')
    .trim();

/**
 * Rules for thesaurus.csv beyond its cells: a term is in one group only (once), a term in English
 * is written in Latin letters and one in Chinese in Han characters, and a group has two terms or
 * more (a group of one finds nothing more).
 */
export function checkThesaurus(rows: Row<ThesaurusTerm>[], label = 'data'): DataIssue[] {
  const issues: DataIssue[] = [];
  const file = `${label}/${THESAURUS.file}`;
  const columns = Object.keys(THESAURUS.row.shape);
  const report = (row: Row<ThesaurusTerm>, field: keyof ThesaurusTerm, message: string) =>
    issues.push({ file, line: row.line, column: columns.indexOf(field) + 1, field, message });
  const seen = new Map<string, Row<ThesaurusTerm>>();
  for (const row of rows) {
    const key = normalTerm(row.term);
    const first = seen.get(key);
    if (first)
      report(
        row,
        'term',
        first.group === row.group
          ? `"${row.term}" is already in group "${row.group}" on line ${first.line}; remove one`
          : `"${row.term}" is already in group "${first.group}" on line ${first.line}; a term belongs to one group`,
      );
    else seen.set(key, row);
    if (row.lang === 'zh' && !/\p{Script=Han}/u.test(row.term))
      report(row, 'lang', `"${row.term}" has no Chinese characters; write lang "en" for a term in English`);
    if (row.lang === 'en' && /\p{Script=Han}/u.test(row.term))
      report(row, 'lang', `"${row.term}" has Chinese characters; write lang "zh" for a term in Chinese`);
  }
  const sizes = new Map<string, Row<ThesaurusTerm>[]>();
  for (const row of rows) sizes.set(row.group, [...(sizes.get(row.group) ?? []), row]);
  for (const [group, terms] of sizes)
    if (terms.length < 2)
      report(
        terms[0]!,
        'group',
        `group "${group}" has one term; a group needs two terms or more, or remove it`,
      );
  return issues;
}

/** The groups of the thesaurus rows, in the order of the file. */
export function termGroups(rows: Row<ThesaurusTerm>[]): TermGroup[] {
  const groups = new Map<string, TermGroup>();
  for (const row of rows) {
    const group = groups.get(row.group) ?? { id: row.group, terms: [] };
    group.terms.push(row);
    groups.set(row.group, group);
  }
  return [...groups.values()];
}
