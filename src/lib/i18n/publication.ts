import { fieldOf, type Locale } from './locale.ts';
import { words } from './words.ts';

/**
 * The publication a source appeared in, as every citation names it: the title from sources.csv, or
 * one phrase saying it is not yet identified while publication_zh and publication_en are empty (the
 * extracted text does not print it). A curator fills it in once, in sources.csv.
 */
export function publicationOf(
  source: { publication_zh: string; publication_en: string },
  locale: Locale,
): string {
  return fieldOf(source, 'publication', locale) || words(locale).site.publicationUnknown;
}
