// Draft extractor: candidate figure rows from a source text, for a curator to check and copy into
// figures.csv. Dates, case names and ordinals are left out.
import Papa from 'papaparse';
import { findNumbers, type FoundNumber } from '../data/numbers.ts';
import { fileLineOf, splitPages } from '../data/source-pages.ts';

const DRAFT_COLUMNS = [
  'page',
  'line',
  'quote',
  'value',
  'qualifier',
  'place_words',
  'metric_words',
  'number_text',
] as const;
export type DraftRow = Record<(typeof DRAFT_COLUMNS)[number], string>;

const CLAUSE_END = '，。；、,;:：！？!?';
const SKIPPED_KINDS = ['date', 'case-name', 'ordinal'];
const PLACE_SUFFIXES = /(?:维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|省|市|县|区)$/;
const GENERIC_PLACE = /^[\u4e00-\u9fff]{2}[省市县区]/;
const NOT_IN_NAMES = '该全我本各外此每部分在从由对于赴向和与及的等省市县区两地';

/** One draft row per statistic in the text; `placeNames` (e.g. from places.csv) are preferred as place words. */
export function draftFigures(text: string, placeNames: readonly string[]): DraftRow[] {
  const rows: DraftRow[] = [];
  for (const page of splitPages(text)) {
    let offset = 0;
    for (const line of page.text.split('\n')) {
      const hits = findNumbers(line);
      for (const hit of hits.filter((h) => !SKIPPED_KINDS.includes(h.kind))) {
        const [from, to] = clauseAround(line, hit);
        rows.push({
          page: String(page.page),
          line: String(fileLineOf(page, offset)),
          quote: line.slice(from, to).trim(),
          value: String(hit.value),
          qualifier: hit.qualifier,
          place_words: nearestPlace(line, hit.start, placeNames),
          metric_words: metricWords(line, hits, hit, from, to),
          number_text: hit.text,
        });
      }
      offset += line.length + 1;
    }
  }
  return rows;
}

/** The drafts as CSV (LF line ends, a header row). */
export function draftCsv(rows: DraftRow[]): string {
  const data = rows.map((row) => DRAFT_COLUMNS.map((c) => row[c]));
  return `${Papa.unparse({ fields: [...DRAFT_COLUMNS], data }, { newline: '\n' })}\n`;
}

/** Offsets of the clause around a number, cut at Chinese and Western punctuation. */
function clauseAround(line: string, hit: FoundNumber): [number, number] {
  let from = hit.start;
  while (from > 0 && !CLAUSE_END.includes(line[from - 1]!)) from--;
  let to = hit.end;
  while (to < line.length && !CLAUSE_END.includes(line[to]!)) to++;
  return [from, to];
}

/** The words between a number and its neighbours in the clause, e.g. 抓获犯罪嫌疑人 for 已抓获犯罪嫌疑人2289人. */
function metricWords(line: string, hits: FoundNumber[], hit: FoundNumber, from: number, to: number): string {
  const previousEnd = Math.max(from, ...hits.filter((h) => h.end <= hit.start).map((h) => h.end));
  const nextStart = Math.min(to, ...hits.filter((h) => h.start >= hit.end).map((h) => h.start));
  return [line.slice(previousEnd, hit.start), line.slice(hit.end, nextStart)]
    .map((words) =>
      words
        .replace(/^[已共并又还均都和及与、]+/, '')
        .replace(/[的和及与等]+$/, '')
        .trim(),
    )
    .filter(Boolean)
    .join(' ');
}

/**
 * The nearest place or agency name before `at` on the line: a known place (with 公安局/警方 when
 * attached), else a generic 2-character name ending in 省/市/县/区.
 */
function nearestPlace(line: string, at: number, knownPlaces: readonly string[]): string {
  const found: { start: number; text: string }[] = [];
  for (const name of knownPlaces) {
    const short = name.replace(PLACE_SUFFIXES, '');
    for (const [word, needsAgency] of [
      [name, false],
      [short, true],
    ] as const) {
      for (let i = line.indexOf(word); i >= 0 && i < at; i = line.indexOf(word, i + 1)) {
        const agency = ['公安局', '警方'].find((a) => line.startsWith(a, i + word.length)) ?? '';
        if (!needsAgency || agency === '警方') found.push({ start: i, text: word + agency });
      }
    }
  }
  if (!found.length) {
    for (let i = 0; i < at; i++) {
      const m = GENERIC_PLACE.exec(line.slice(i));
      if (m && ![...m[0].slice(0, 2)].some((c) => NOT_IN_NAMES.includes(c)))
        found.push({ start: i, text: m[0] });
    }
  }
  const before = found.filter((f) => f.start + f.text.length <= at);
  return before.sort((a, b) => b.start - a.start || b.text.length - a.text.length)[0]?.text ?? '';
}
