/** The new chart forms filled from the seed data, as a view would fill them (for tests and for looking). */
import type { PartWholeSpec, RankedSpec, StatSpec, TimelineRow } from '../../../src/lib/charts/types.ts';
import type { Figure } from '../../../src/lib/data/dataset.ts';
import { fixtureQuery } from '../../helpers/fixture-data.ts';
import { nameOf, type Locale } from '../../../src/lib/i18n/locale.ts';
import { periodLabel } from '../../../src/lib/i18n/period.ts';
import { words } from '../../../src/lib/i18n/words.ts';
import { unitName } from '../../../src/lib/i18n/units.ts';
import { figureLabel } from '../../../src/lib/views/blocks/labels.ts';
import { chooseForms } from '../../../src/lib/views/blocks/choose-forms.ts';
import { campaignTimelineRows } from '../../../src/lib/views/pages/campaign-page.ts';

export const q = fixtureQuery();
const fig = (id: string) => q.data.figures.find((f) => f.id === id)!;

function datum(f: Figure, label: string, locale: Locale) {
  return {
    id: f.id,
    label,
    value: f.value,
    qualifier: f.qualifier,
    period: periodLabel(f, locale),
    page: f.page,
    quote: f.quote,
    unitLabel: unitName(q.unitOf(f), locale),
  };
}

/** Suspects arrested in the provinces, Gansu highlighted, from the form chooser. */
export function provincesRanked(locale: Locale, highlight = 'gansu'): RankedSpec {
  // Sichuan counts only card sellers (a metric of its own): drawn as plain arrests here for a third bar.
  const figures = q.data.figures
    .map((f) => (f.id === 'sichuan-suspects' ? { ...f, metric: 'suspects_arrested' } : f))
    .filter((f) => f.metric === 'suspects_arrested' && q.levelOf(f) === 'province');
  const form = chooseForms(figures, q, { highlight })[0];
  if (form?.kind !== 'ranked') throw new Error('expected a ranked form');
  const metric = q.metric(form.metric);
  return {
    id: 'ranked-suspects',
    locale,
    words: words(locale).chart,
    title: nameOf(metric, locale),
    subtitle: locale === 'en' ? 'Province level · *periods differ' : '省级 · *时间口径不同',
    unitLabel: unitName(metric.unit, locale),
    source: '',
    notes: [],
    more: form.more,
    data: form.bars.map((b) => ({
      ...datum(b.figure, nameOf(q.place(b.figure.place), locale), locale),
      highlight: b.highlight,
      periodDiffers: b.periodDiffers,
    })),
  };
}

/** 437 made-up counties, capped at 25 bars, one of them with its own period. */
export function manyCounties(locale: Locale): RankedSpec {
  const base = provincesRanked(locale);
  const data = Array.from({ length: 25 }, (_, i) => ({
    ...base.data[1]!,
    id: `c${i}`,
    label: `${locale === 'en' ? 'County' : '县'} ${i + 1}`,
    value: Math.round(900 / (1 + i * 0.3)),
    qualifier: i % 7 === 3 ? ('at_least' as const) : ('exact' as const),
    highlight: i === 4,
    periodDiffers: i === 2,
  }));
  return { ...base, id: 'ranked-many', data, more: 412 };
}

/** A whole with its parts, by the whole's figure id. */
export function partWhole(wholeId: string, locale: Locale): PartWholeSpec {
  const whole = fig(wholeId);
  const parts = q.data.figures.filter((f) => f.part_of === wholeId);
  return {
    id: `pw-${wholeId}`,
    locale,
    whole: datum(whole, figureLabel(q, whole, locale), locale),
    parts: parts.map((p) => datum(p, figureLabel(q, p, locale), locale)),
  };
}

/** One figure as a stat block. */
export function stat(id: string, locale: Locale): StatSpec {
  const f = fig(id);
  return {
    form: 'stat',
    words: words(locale).forms.stat,
    id: `stat-${f.id}`,
    locale,
    value: f.value,
    qualifier: f.qualifier,
    unitLabel: unitName(q.unitOf(f), locale),
    label: figureLabel(q, f, locale),
    href: `/metrics/${f.metric}/`,
    period: periodLabel(f, locale),
    page: f.page,
    quote: f.quote,
  };
}

/** A campaign and its operations and cases as the campaign page draws them in its timeline. */
export const timelineRows = (campaignId: string, locale: Locale): TimelineRow[] =>
  campaignTimelineRows(q, campaignId, locale).rows;
