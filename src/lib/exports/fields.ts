import type { PublishedTableName } from './published.ts';
import type { Locale } from '../i18n/locale.ts';
import { inEveryLanguage } from '../i18n/words.ts';

export type PublishedTable = PublishedTableName;

/** What a published table holds, in every language. */
export const tableWords = (table: PublishedTable): Record<Locale, string> =>
  inEveryLanguage((w) => w.exports.tables[table]);

/** The meaning of `column` in `table`, in every language; throws for a column nobody described. */
export function columnWords(table: PublishedTable, column: string): Record<Locale, string> {
  const described = inEveryLanguage(
    (w) => w.exports.columns[`${table}.${column}`] ?? w.exports.columns[column] ?? '',
  );
  if (!described.en || !described.zh)
    throw new Error(
      `src/lib/i18n/en.ts, zh.ts: column "${column}" of ${table} has no description (exports.columns)`,
    );
  return described;
}
