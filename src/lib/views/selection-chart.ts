/**
 * What the explorer's "Chart this selection" hands its script (src/client/selection-chart.ts), as
 * JSON in data attributes: every word it prints, in the page's language, and the data version it
 * draws into a downloaded chart. The rows come from the explorer itself (its `x-view` event).
 */
import { UNITS } from '../data/schema.ts';
import { dataVersion } from '../exports/version.ts';
import type { Query } from '../data/query.ts';
import { fieldOf, type Locale } from '../i18n/locale.ts';
import { unitFor, unitName } from '../i18n/units.ts';
import { words } from '../i18n/words.ts';

export function selectionChart(q: Query, locale: Locale) {
  const w = words(locale);
  return {
    words: {
      /** Each source's title in the page's language, by id. */
      sources: Object.fromEntries(q.data.sources.map((s) => [s.id, fieldOf(s, 'title', locale)])),
      ...w.selectionChart,
      qualifiers: w.chart.qualifiers,
      topics: w.site.topics,
      /** A part's bar, as the site's charts name one: `{label} (of which)`. */
      ofWhich: w.site.ofWhich('{label}'),
      partsNote: w.site.partsNote,
      /** A unit's name after any value but 1, and after 1: `people`, `person`. */
      units: Object.fromEntries(UNITS.map((u) => [u, unitName(u, locale)])),
      unitsOne: Object.fromEntries(UNITS.map((u) => [u, unitFor(u, 1, locale)])),
    },
    version: dataVersion(),
  };
}

export type SelectionChartModel = ReturnType<typeof selectionChart>;
export type SelectionChartWords = SelectionChartModel['words'];
