import { figureTitle } from './figure-name.ts';
import type { Figure } from '../data/dataset.ts';
import type { Query } from '../data/query.ts';
import { fieldOf, nameOf, noteOf, type Locale } from '../i18n/locale.ts';
import { formatValue } from '../i18n/numbers.ts';
import { periodLabel } from '../i18n/period.ts';
import { words } from '../i18n/words.ts';
import { unitFor } from '../i18n/units.ts';
import type { ChartGroup } from './blocks/page-blocks.ts';
import * as urls from '../urls.ts';

/** One row of a figures table: every figure with its value, qualifier, period, page, quote and notes. */
export function figureRows(q: Query, figures: Figure[], locale: Locale) {
  const t = words(locale).site;
  return figures.map((f) => {
    const m = q.metric(f.metric);
    const place = q.place(f.place);
    return {
      id: `figure-${f.id}`,
      place: { href: urls.place(locale, place.id), name: nameOf(place, locale) },
      metric: { href: urls.metric(locale, m.id), name: nameOf(m, locale) },
      detail: fieldOf(f, 'detail', locale),
      value: f.value,
      qualifier: f.qualifier,
      shown: `${formatValue(f.value, f.qualifier, locale, f.quote)} ${unitFor(m.unit, f.value, locale)}`,
      qualifierWords:
        f.qualifier === 'exact'
          ? ''
          : t.qualifiers[f.qualifier] +
            (f.precision > 1 ? t.listSeparator + words(locale).sources.figurePage.stated(f.precision) : ''),
      period: periodLabel(f, locale),
      page: t.page(f.page),
      quote: f.quote,
      partOf: f.part_of && t.partOf(figureTitle(q, f.part_of, locale).title),
      locatedIn: f.located_in && t.locatedIn(nameOf(q.place(f.located_in), locale)),
      note: noteOf(f, locale),
    };
  });
}

export type FigureRow = ReturnType<typeof figureRows>[number];

/** Page sections, each with the rows of its table of figures. */
export const withFigureRows = (q: Query, sections: ChartGroup[], locale: Locale) =>
  sections.map((section) => ({ ...section, rows: figureRows(q, section.group.figures, locale) }));

export type TableSection = ReturnType<typeof withFigureRows>[number];
