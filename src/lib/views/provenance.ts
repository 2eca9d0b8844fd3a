import type { Query } from '../data/query.ts';
import type { Provenance } from '../data/schema.ts';
import { fieldOf, type Locale } from '../i18n/locale.ts';
import { words } from '../i18n/words.ts';

/** Where a fact comes from, in words: `p. 56 “quote”` for the source, else `inferred: reason`. */
export interface FactOrigin {
  basis: Provenance['basis'];
  text: string;
  /** The same in brackets, to follow the fact's value. */
  bracketed: string;
}

/** A stated fact as a page lists it: label, value (a link when it names a page) and where it comes from. */
export interface Fact {
  label: string;
  value: string;
  href?: string;
  origin?: FactOrigin;
}

/** The origin of one fact (table, row id, column), or undefined when provenance.csv has no row for it. */
export function factOrigin(
  q: Query,
  table: Provenance['table'],
  id: string,
  field: string,
  locale: Locale,
): FactOrigin | undefined {
  const p = q.provenanceOf(table, id, field);
  if (!p) return undefined;
  const w = words(locale).sources;
  const quoted = p.page ? w.quoted(words(locale).site.page(p.page), p.quote) : '';
  const text =
    p.basis === 'source' ? quoted : w.because(w.basis[p.basis], fieldOf(p, 'reason', locale) || quoted);
  return { basis: p.basis, text, bracketed: w.origin(text) };
}
