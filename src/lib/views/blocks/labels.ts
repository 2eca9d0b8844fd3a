import type { Figure } from '../../data/dataset.ts';
import type { Query } from '../../data/query.ts';
import { fieldOf, nameOf, type Locale } from '../../i18n/locale.ts';
import { words } from '../../i18n/words.ts';

/** The citation of a set of figures: `Source: “<title>”, p. 57` (a page range when several). */
export function figuresCitation(q: Query, figures: Figure[], locale: Locale): string {
  const t = words(locale).site;
  const source = q.source(figures[0]!.source);
  const pages = figures.map((f) => f.page);
  const pub = t.publication(fieldOf(source, 'title', locale));
  return t.sourceLine(pub, t.page(Math.min(...pages), Math.max(...pages)));
}

/** A bar's label within one place: the figure's detail when it has one, else its metric. */
export function figureLabel(q: Query, f: Figure, locale: Locale): string {
  const base = fieldOf(f, 'detail', locale) || nameOf(q.metric(f.metric), locale);
  return f.part_of ? words(locale).site.ofWhich(base) : base;
}
