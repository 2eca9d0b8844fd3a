/** Words for the new chart forms in both languages, from src/lib/i18n. */
import type { Locale } from '../../../src/lib/charts/types.ts';
import { words } from '../../../src/lib/i18n/words.ts';

export const rankedWords = (locale: Locale) => words(locale).forms.form.ranked;
export const partWholeWords = (locale: Locale) => words(locale).forms.form.partWhole;
export const statWords = (locale: Locale) => words(locale).forms.stat;
export const timelineWords = (locale: Locale) => words(locale).forms.timeline;
