import type { Query } from '../../data/query.ts';
import { fieldOf, noteOf, type Locale } from '../../i18n/locale.ts';
import { words } from '../../i18n/words.ts';
import { BASES } from '../../data/schema.ts';
import { coverageLine } from './overview.ts';

/** The methodology page: the sources cited, and the source's discrepancies. */
export function methodologyPage(q: Query, locale: Locale) {
  const t = words(locale).site;
  return {
    sources: q.data.sources.map((s) => ({
      title: s.title_zh,
      // The Chinese title is quoted as it is; English readers get a translation beside it.
      translation: locale === 'en' ? s.title_en : undefined,
      publication: fieldOf(s, 'publication', locale),
      citation: t.methodology.citation(
        fieldOf(s, 'section', locale),
        t.page(s.first_page, s.last_page),
        s.year,
      ),
      note: noteOf(s, locale),
    })),
    discrepancies: q.data.discrepancies.map((d) => ({
      id: `discrepancy-${d.id}`,
      page: t.page(d.page),
      kind: d.kind,
      text: fieldOf(d, 'text', locale),
    })),
    coverage: coverageLine(q, locale),
    provenance: provenanceMethod(locale),
  };
}

/** The methodology page's words on where facts come from: places, the bases, overlaps, the audit's corrections. */
export function provenanceMethod(locale: Locale) {
  const w = words(locale).sources;
  const m = words(locale).site.methodology;
  return {
    placesHeading: m.placesHeading,
    places: m.places,
    basesHeading: m.basesHeading,
    basesLead: m.basesLead,
    mayOverlap: m.mayOverlap,
    correctionsHeading: m.correctionsHeading,
    corrections: m.corrections,
    bases: BASES.map((basis) => ({ basis, label: w.basis[basis], meaning: w.basisMeaning[basis] })),
  };
}
