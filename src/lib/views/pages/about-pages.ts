import { publicationOf } from '../../i18n/publication.ts';
import type { Query } from '../../data/query.ts';
import { fieldOf, noteOf, type Locale } from '../../i18n/locale.ts';
import { words } from '../../i18n/words.ts';
import { derivedDiscrepancies } from '../../i18n/overlaps.ts';
import { perDataset } from '../../data/memo.ts';
import { cap, MAX_DISCREPANCIES } from '../cap.ts';
import * as urls from '../../urls.ts';
import { BASES } from '../../data/schema.ts';
import { coverageLine } from './overview.ts';

/** The discrepancies the methodology page lists: every curated row, and the first derived may-overlap rows. */
const methodologyRows = perDataset((q: Query) => {
  const derived = cap(derivedDiscrepancies(q), MAX_DISCREPANCIES);
  return { rows: [...q.data.discrepancies, ...derived.shown], more: derived.more };
});

/** The ids of the discrepancies the methodology page lists (a figure page links each to its row there). */
export const listedOnMethodology = perDataset(
  (q: Query) => new Set(methodologyRows(q).rows.map((d) => d.id)),
);

/** The methodology page: the sources cited, and the source's discrepancies. */
export function methodologyPage(q: Query, locale: Locale) {
  const t = words(locale).site;
  const { rows, more } = methodologyRows(q);
  return {
    sources: q.data.sources.map((s) => ({
      title: s.title_zh,
      // The Chinese title is quoted as it is; English readers get a translation beside it.
      translation: locale === 'en' ? s.title_en : undefined,
      publication: publicationOf(s, locale),
      citation: t.methodology.citation(
        fieldOf(s, 'section', locale),
        t.page(s.first_page, s.last_page),
        s.year,
      ),
      note: noteOf(s, locale),
    })),
    discrepancies: rows.map((d) => ({
      id: `discrepancy-${d.id}`,
      page: t.page(d.page),
      kind: words(locale).sources.discrepancyKind[d.kind],
      text: fieldOf(d, 'text', locale),
    })),
    /** Derived rows left out, in the discrepancies download. */
    discrepanciesMore:
      more > 0
        ? { text: words(locale).forms.moreDiscrepancies(more), href: urls.download('discrepancies', 'csv') }
        : undefined,
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
