import type { Qualifier } from './schema.ts';
/**
 * Reading numbers in Chinese police texts: one module for the validator, the coverage ledger
 * and the extractor, so that all three agree on what a number is.
 *
 * The rule (what `findNumbers` reports):
 * - Arabic digits: every run of ASCII digits is a number, always (nothing is dropped).
 * - Chinese numerals (〇零一二两三四五六七八九十百千, with 万/亿 inside): a run counts only when
 *   (a) it is followed, after an optional 余/多 and 千/万/亿, by a counting word from COUNTERS
 *       (两千余张, 十五天, 一名, 十大战区, 近二个月 via 个), or
 *   (b) it directly follows a result verb (打掉/捣毁/摧毁/端掉/铲除: 打掉一专门…团伙), or
 *   (c) it follows 第 (an ordinal: 第一时间).
 *   It never counts as the second half of a word (统一, 唯一, 同一, 单一, 逐一, 划一) or in 一批/一些
 *   ("a batch", "some"). So 统一部署, 一举, 一定, 一招, 两卡, 四川 give nothing, while 一条, 一名, 三大
 *   give 1, 1 and 3 and the coverage ledger accounts for each (often as the article "a").
 *   月 is not a counting word: 二月 is a month, 二个月 a span (counted through 个).
 * - Qualifiers: 余 or 多 after the number → at_least; 近 or 约 just before it → approximately
 *   (余/多 win if both); digits scaled by 千/万/亿 short of every digit, with neither (4.9万, 120万;
 *   not 2.3456万) → rounded; otherwise exact.
 * - Multipliers 千/万/亿 after a number multiply it exactly in decimal (4.9万 = 49000).
 * - Precision: the place value of the last digit stated: 1000 for 4.9万, 10000 for 120万 and 1500余万,
 *   1000 for 两千余; 1 when every digit is given (2289, 12000余, 十五, 十大).
 * - Kinds: date (2020年12月25日, 2020年5月, 10月30日, 2019年, 8月中旬, 2月份), range (2020年3月至4月,
 *   3至5人: value is the low end, at_least), case-name (a dotted number in quotes or before 案/专案:
 *   “4.03”, 2020.3.15, “10.29”), ordinal (第一), quantity (everything else). For dates and case
 *   names `value` is the first number (year, or month, or the number before the dot).
 * No thousands separators: in this text a comma always ends a clause.
 */

type NumberKind = 'quantity' | 'date' | 'range' | 'case-name' | 'ordinal';

/** One number found in a text; `start`/`end` are UTF-16 offsets, `text` is text.slice(start, end). */
export interface FoundNumber {
  start: number;
  end: number;
  text: string;
  value: number;
  /** The value as exact decimal digits (`49000` for 4.9万), for comparing without rounding. */
  exact: string;
  qualifier: Qualifier;
  /** The place value of the last digit stated (see the header). */
  precision: number;
  kind: NumberKind;
}

/** Counting words (classifiers and units) that make a Chinese numeral a count. */
const COUNTERS = '名人个位张部台套条起家处款省市县区天日年周次大类项伙批件份户例元块辆组宗种所只支笔轮倍';

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const MULTIPLIER_EXP: Record<string, number> = { 千: 3, 万: 4, 亿: 8 };
const CN_CHARS = '〇零一二两三四五六七八九十百千万亿';
const CN_START = '〇零一二两三四五六七八九十百千';
const WORD_BEFORE = '统唯同单逐划';
const RESULT_VERBS = ['打掉', '捣毁', '摧毁', '端掉', '铲除'];
const QUOTES_OPEN = '“"「';
const QUOTES_CLOSE = '”"」';
const DATE_TAIL = '(?:份|上旬|中旬|下旬|初|底)?';
const YMD = new RegExp(`(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})日|${DATE_TAIL})|份|初|底)?`, 'y');
const MD = new RegExp(`(\\d{1,2})月(?:(\\d{1,2})日|${DATE_TAIL})`, 'y');
const DAY = /(\d{1,2})日/y;
const RANGE_SEP = /(?:至|到|~|～|-|－|—)/y;

interface Suffix {
  end: number;
  exp: number;
  atLeast: boolean;
  counter: boolean;
}

/** Parses one number written in Arabic or Chinese numerals, with its multipliers, qualifier and unit; null when the text does not start with one. */
export function parseChineseNumber(
  text: string,
): { value: number; qualifier: Qualifier; precision: number } | null {
  const s = text.trim();
  const m = /^([近约])?(\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千万亿]+)/.exec(s);
  if (!m) return null;
  const core = m[2]!;
  const suffix = readSuffix(s, m[0].length);
  const arabic = /\d/.test(core);
  const qualifier = qualifierOf(
    m[1] !== undefined,
    suffix.atLeast,
    arabic && arabicPrecision(core, suffix.exp) > 1,
  );
  return {
    value: Number(scale(arabic ? core : String(chineseValue(core)), suffix.exp)),
    qualifier,
    precision: arabic
      ? arabicPrecision(core, suffix.exp)
      : chinesePrecision(core, qualifier) * 10 ** suffix.exp,
  };
}

/** Every number in a text, in order, by the rule in this module's header. */
export function findNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = isDigit(text[i]) ? readArabic(text, i) : readChinese(text, i);
    if (hit) {
      found.push(hit);
      i = hit.end;
    } else i++;
  }
  return found;
}

function readArabic(text: string, i: number): FoundNumber | null {
  if (isDigit(text[i - 1])) return null;
  const token = /\d+(?:\.\d+)*/y;
  token.lastIndex = i;
  const core = token.exec(text)![0];
  const end = i + core.length;
  const dots = core.split('.').length - 1;
  if (dots > 0) {
    const quoted = QUOTES_OPEN.includes(charAt(text, i - 1));
    const named =
      text.startsWith('案', end) || text.startsWith('专案', end) || QUOTES_CLOSE.includes(charAt(text, end));
    if (dots > 1 || ((quoted || named) && !isUnitAfter(text, end))) {
      const closes = quoted && QUOTES_CLOSE.includes(charAt(text, end));
      const kind = quoted || named ? 'case-name' : 'date';
      return hit(text, closes ? i - 1 : i, closes ? end + 1 : end, parseInt(core, 10), 'exact', kind);
    }
  }
  if (text[i - 1] === '第') return hit(text, i - 1, end, Number(core), 'exact', 'ordinal');
  const date = readDate(text, i);
  if (date) return date;
  const suffix = readSuffix(text, end);
  const near = '近约'.includes(charAt(text, i - 1));
  const start = near ? i - 1 : i;
  const exact = scale(core, suffix.exp);
  const range = !suffix.counter && !suffix.atLeast ? readRangeEnd(text, suffix.end) : null;
  const precision = arabicPrecision(core, suffix.exp);
  if (range !== null) return hit(text, start, range, Number(exact), 'at_least', 'range', exact, precision);
  const qualifier = qualifierOf(near, suffix.atLeast, precision > 1);
  return hit(text, start, suffix.end, Number(exact), qualifier, 'quantity', exact, precision);
}

function readChinese(text: string, i: number): FoundNumber | null {
  const before = charAt(text, i - 1);
  if (!CN_START.includes(text[i]!) || CN_CHARS.includes(before) || WORD_BEFORE.includes(before)) return null;
  let runEnd = i;
  while (runEnd < text.length && CN_CHARS.includes(text[runEnd]!)) runEnd++;
  const run = text.slice(i, runEnd);
  if (before === '第') return hit(text, i - 1, runEnd, chineseValue(run), 'exact', 'ordinal');
  if (run === '一' && '批些'.includes(charAt(text, runEnd))) return null;
  const suffix = readSuffix(text, runEnd);
  const afterVerb = RESULT_VERBS.some((verb) => text.endsWith(verb, i));
  if (!suffix.counter && !afterVerb) return null;
  const near = '近约'.includes(before);
  const exact = scale(String(chineseValue(run)), suffix.exp);
  const qualifier = qualifierOf(near, suffix.atLeast);
  const precision = chinesePrecision(run, qualifier) * 10 ** suffix.exp;
  return hit(text, near ? i - 1 : i, suffix.end, Number(exact), qualifier, 'quantity', exact, precision);
}

/** Reads 余/多, multipliers and one counting word after a number's digits. */
function readSuffix(text: string, i: number): Suffix {
  let j = i;
  let atLeast = false;
  let exp = 0;
  const qualifierAt = (k: number) => text[k] === '余' || (text[k] === '多' && isUnitAfter(text, k + 1));
  if (qualifierAt(j)) {
    atLeast = true;
    j++;
  }
  for (; charAt(text, j) in MULTIPLIER_EXP; j++) exp += MULTIPLIER_EXP[charAt(text, j)]!;
  if (!atLeast && qualifierAt(j)) {
    atLeast = true;
    j++;
  }
  const counter = COUNTERS.includes(charAt(text, j));
  return { end: counter ? j + 1 : j, exp, atLeast, counter };
}

function readDate(text: string, i: number): FoundNumber | null {
  const first = matchDate(text, i);
  if (!first) return null;
  RANGE_SEP.lastIndex = first.end;
  if (RANGE_SEP.exec(text)) {
    const second = matchDate(text, RANGE_SEP.lastIndex) ?? matchAt(DAY, text, RANGE_SEP.lastIndex);
    if (second) return hit(text, i, second.end, first.value, 'exact', 'range');
  }
  return hit(text, i, first.end, first.value, 'exact', 'date');
}

function matchDate(text: string, i: number): { end: number; value: number } | null {
  const ymd = matchAt(YMD, text, i);
  if (ymd && validDate(ymd.groups)) return ymd;
  const md = matchAt(MD, text, i);
  if (md && validDate([undefined, ...md.groups])) return md;
  return null;
}

function matchAt(
  re: RegExp,
  text: string,
  i: number,
): { end: number; value: number; groups: (string | undefined)[] } | null {
  re.lastIndex = i;
  const m = re.exec(text);
  return m ? { end: i + m[0].length, value: parseInt(m[1]!, 10), groups: m.slice(1) } : null;
}

function validDate([year, month, day]: (string | undefined)[]): boolean {
  const ok = (v: string | undefined, lo: number, hi: number) => v === undefined || (+v >= lo && +v <= hi);
  return ok(year, 1000, 2999) && ok(month, 1, 12) && ok(day, 1, 31);
}

/** End of "至5人" after a quantity's first number, or null. */
function readRangeEnd(text: string, i: number): number | null {
  RANGE_SEP.lastIndex = i;
  if (!RANGE_SEP.exec(text) || !isDigit(text[RANGE_SEP.lastIndex])) return null;
  const m = /\d+(?:\.\d+)?/y;
  m.lastIndex = RANGE_SEP.lastIndex;
  const second = readSuffix(text, RANGE_SEP.lastIndex + m.exec(text)![0].length);
  return second.counter || second.exp > 0 ? second.end : null;
}

function isUnitAfter(text: string, i: number): boolean {
  const c = charAt(text, i);
  return COUNTERS.includes(c) || c in MULTIPLIER_EXP;
}

/** Value of a Chinese numeral: 十五 → 15, 两千 → 2000, 一亿二千万 → 120000000, 二〇二〇 → 2020. */
function chineseValue(run: string): number {
  if (run.length > 1 && [...run].every((c) => c in DIGITS))
    return Number([...run].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of run) {
    if (c in DIGITS) digit = DIGITS[c]!;
    else if (c in UNITS) {
      section += (digit || 1) * UNITS[c]!;
      digit = 0;
    } else {
      // 亿 scales everything before it; 万 only the section since the last 亿 (一亿二千万).
      total = c === '亿' ? (total + section + digit) * 1e8 : total + (section + digit) * 1e4;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

/** Exact decimal scaling on the digits, never in floating point: scale('4.9', 4) = '49000', scale('4.95', 1) = '49.5'. */
function scale(decimal: string, exp: number): string {
  const [whole, fraction = ''] = decimal.split('.');
  const digits = `${whole}${fraction}`;
  const point = whole!.length + exp;
  const padded = point > digits.length ? digits.padEnd(point, '0') : digits;
  const int = padded.slice(0, Math.max(point, 0)).replace(/^0+(?=\d)/, '') || '0';
  const frac = (point < 0 ? '0'.repeat(-point) + padded : padded.slice(point)).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

function qualifierOf(near: boolean, atLeast: boolean, scaled = false): Qualifier {
  return atLeast ? 'at_least' : near ? 'approximately' : scaled ? 'rounded' : 'exact';
}

/** 4.9 with 万 (exp 4) is stated to the thousand; 2289 with no multiplier to the unit. */
function arabicPrecision(core: string, exp: number): number {
  const decimals = core.split('.')[1]?.length ?? 0;
  return 10 ** Math.max(0, exp - decimals);
}

/** A numeral in words is an exact count (十五, 十大) unless qualified: 两千余 is stated to the thousand. */
function chinesePrecision(run: string, qualifier: Qualifier): number {
  const last = run.at(-1)!;
  return qualifier !== 'exact' && last in UNITS ? UNITS[last]! : 1;
}

/** The character at i, or NUL outside the text (so `'abc'.includes` never sees ''). */
function charAt(text: string, i: number): string {
  return text[i] ?? '\0';
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function hit(
  text: string,
  start: number,
  end: number,
  value: number,
  qualifier: Qualifier,
  kind: NumberKind,
  exact = String(value),
  precision = 1,
): FoundNumber {
  return { start, end, text: text.slice(start, end), value, exact, qualifier, precision, kind };
}
