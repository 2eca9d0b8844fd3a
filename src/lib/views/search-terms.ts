/**
 * What a page is found by besides its own words (src/lib/built-site/search.ts): the words people
 * use for what it is about, from the thesaurus (data/thesaurus.csv: 断卡, 两卡, card-breaking), its
 * name in the other language, and for a figure and its place the raw value (2289 for "2,289").
 * Written on the page as an attribute Pagefind indexes (`data-pagefind-index-attrs`), so the
 * index, not the reader's query, carries the synonyms, and nothing shows.
 */
import type { Query } from '../data/query.ts';
import { siteThesaurus } from '../data/index.ts';
import { normalTerm, type TermGroup } from '../data/thesaurus.ts';

/** A thesaurus term this long or longer (in characters) brings in its group when a page's names hold it; a short name (甘) never does, as 甘孜 is not in Gansu. */
const MIN_TRIGGER = 2;

/**
 * The terms of every group one of whose terms (of `MIN_TRIGGER` characters or more) is in `texts`,
 * then `own`, each once, as one space-separated string.
 */
export function termsFor(texts: string[], own: string[] = [], groups: TermGroup[] = siteThesaurus()): string {
  const haystack = texts.map(normalTerm).join('\n');
  const out = new Map<string, string>();
  const add = (term: string) => {
    const key = normalTerm(term);
    if (key && !out.has(key)) out.set(key, term);
  };
  for (const group of groups)
    if (group.terms.some((t) => [...t.term].length >= MIN_TRIGGER && haystack.includes(normalTerm(t.term))))
      group.terms.forEach((t) => add(t.term));
  own.forEach(add);
  return [...out.values()].join(' ');
}

/** A place's page: its names in both languages, with the raw values of its own figures. */
export function placeTerms(q: Query, id: string): string {
  const p = q.place(id);
  const values = [...new Set(q.figuresOfPlace(id).map((f) => String(f.value)))];
  return termsFor([p.name_zh, p.name_en], [p.name_zh, p.name_en, ...values]);
}

/** A campaign's page: its names in both languages. */
export function campaignTerms(q: Query, id: string): string {
  const c = q.campaign(id);
  return termsFor([c.name_zh, c.name_en], [c.name_zh, c.name_en]);
}

/** A metric's page: its names and definitions in both languages. */
export function metricTerms(q: Query, id: string): string {
  const m = q.metric(id);
  return termsFor([m.name_zh, m.name_en, m.definition_zh, m.definition_en], [m.name_zh, m.name_en]);
}

/**
 * A figure's page, kept small as there is one for every figure: the groups its quote and detail
 * name (a quote on 电信网络诈骗 is found as 电诈), and its place's name in both languages.
 */
export function figureTerms(q: Query, id: string): string {
  const f = q.figure(id);
  const p = q.place(f.place);
  return termsFor([f.quote, f.detail_zh, f.detail_en, p.name_zh], [p.name_zh, p.name_en]);
}
