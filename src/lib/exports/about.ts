/** Who publishes the data and under which terms: the same words in every download. */
import { inEveryLanguage, words } from '../i18n/words.ts';

export const DATASET = {
  name: 'crackdown-data',
  title: inEveryLanguage((w) => w.exports.about.title),
  description: inEveryLanguage((w) => w.exports.about.description),
  creator: inEveryLanguage((w) => w.exports.about.creator),
  keywords: [...words('en').exports.about.keywords, ...words('zh').exports.about.keywords],
} as const;

export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The terms in words, for READMEs and pages. */
export const TERMS = inEveryLanguage((w) => w.exports.about.terms);
