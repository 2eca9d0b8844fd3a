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

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * A Chinese term as Pagefind's query splits it (Intl.Segmenter, as in the reader's browser: 两卡 is
 * searched as 两 and 卡), when the index's own segmenter (jieba) may keep it whole: both forms are
 * indexed, so the term is found however it is split.
 */
export function querySegments(term: string): string | undefined {
  if (!/\p{Script=Han}/u.test(term)) return undefined;
  const words = [...segmenter.segment(term)].filter((s) => s.isWordLike).map((s) => s.segment);
  return words.length > 1 ? words.join(' ') : undefined;
}

/** The groups one of whose terms (of `MIN_TRIGGER` characters or more) is in `texts`. */
export function groupsIn(texts: string[], groups: TermGroup[] = siteThesaurus()): TermGroup[] {
  const haystack = texts.map(normalTerm).join('\n');
  return groups.filter((group) =>
    group.terms.some((t) => [...t.term].length >= MIN_TRIGGER && haystack.includes(normalTerm(t.term))),
  );
}

/**
 * The terms of every group one of whose terms is in `texts` (groupsIn), then `own`, each once and
 * each Chinese one also as the query splits it, as one space-separated string.
 */
export function termsFor(texts: string[], own: string[] = [], groups: TermGroup[] = siteThesaurus()): string {
  const out = new Map<string, string>();
  const add = (term: string) => {
    const key = normalTerm(term);
    if (key && !out.has(key)) out.set(key, term);
    const split = querySegments(term);
    if (split && !out.has(split)) out.set(split, split);
  };
  for (const group of groupsIn(texts, groups)) group.terms.forEach((t) => add(t.term));
  own.forEach(add);
  return [...out.values()].join(' ');
}

/** A place's page: its names in both languages, with the raw values of its own figures. */
export function placeTerms(q: Query, id: string): string {
  const p = q.place(id);
  // A rounded value (4.9万) is not indexed as an exact number: the page never states 49000.
  const values = [
    ...new Set(
      q
        .figuresOfPlace(id)
        .filter((f) => f.qualifier !== 'rounded')
        .map((f) => String(f.value)),
    ),
  ];
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

const entityGroups = new WeakMap<Query, Set<string>>();

/** The thesaurus groups some place, campaign or metric page carries (computed once per data set). */
function groupsOfEntities(q: Query): Set<string> {
  let ids = entityGroups.get(q);
  if (!ids) {
    const texts = [
      ...q.data.places.flatMap((p) => [p.name_zh, p.name_en]),
      ...q.data.campaigns.flatMap((c) => [c.name_zh, c.name_en]),
      ...q.data.metrics.flatMap((m) => [m.name_zh, m.name_en, m.definition_zh, m.definition_en]),
    ];
    ids = new Set(siteThesaurus().flatMap((g) => (groupsIn(texts, [g]).length ? [g.id] : [])));
    entityGroups.set(q, ids);
  }
  return ids;
}

/**
 * A figure's page, kept small as there is one for every figure: its place's names in both
 * languages, and the thesaurus groups its quote and detail name that no place, campaign or metric
 * page carries (a quote on 电信网络诈骗 is found as 电诈). A group such a page carries stays with it:
 * on a hundred short figure pages it would rank them above the page about it (断卡 above the campaign).
 */
export function figureTerms(q: Query, id: string): string {
  const f = q.figure(id);
  const p = q.place(f.place);
  const carried = groupsOfEntities(q);
  const own = siteThesaurus().filter((g) => !carried.has(g.id));
  return termsFor([f.quote, f.detail_zh, f.detail_en], [p.name_zh, p.name_en], own);
}
