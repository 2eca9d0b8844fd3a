/** Words for the new chart forms in both languages, from src/lib/i18n. */
import type { Locale } from '../../../src/lib/charts/types.ts';
import { chartFormWords } from '../../../src/lib/i18n/words/chart-forms.ts';

export const rankedWords = (locale: Locale) => chartFormWords(locale).form.ranked;
export const partWholeWords = (locale: Locale) => chartFormWords(locale).form.partWhole;
export const statWords = (locale: Locale) => chartFormWords(locale).stat;
export const timelineWords = (locale: Locale) => chartFormWords(locale).timeline;
