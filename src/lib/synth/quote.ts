import { findNumbers } from '../data/numbers.ts';
import type { Qualifier, Unit } from '../data/schema.ts';
import type { Random } from './random.ts';

/** The counting word the source texts put after a number of each unit. */
const COUNTER: Record<Unit, string> = {
  people: '人',
  officers: '名',
  cases: '起',
  gangs: '个',
  groups: '个',
  dens: '处',
  companies: '家',
  sources: '个',
  chains: '条',
  tools: '款',
  cards: '张',
  sets: '套',
  accounts: '套',
  phones: '部',
  computers: '台',
  devices: '个',
  vehicles: '台',
  records: '条',
  leads: '条',
  numbers: '例',
  documents: '份',
  channels: '家',
  teams: '个',
  zones: '个',
  departments: '个',
  'sub-bureaus': '个',
  provinces: '省',
  cities: '市',
  'cities-counties': '个',
  days: '天',
  months: '个月',
  yuan: '元',
  'yuan-per-set': '元',
};

/** Plausible ranges of a value in each unit (base units). */
const RANGE: Partial<Record<Unit, [number, number]>> = {
  people: [1, 3000],
  officers: [20, 2000],
  cases: [1, 2000],
  cards: [5, 60000],
  records: [1000, 50000000],
  leads: [10, 5000],
  numbers: [10, 60000],
  provinces: [1, 31],
  cities: [1, 300],
  days: [3, 90],
  months: [1, 18],
  yuan: [5000, 900000000],
  'yuan-per-set': [100, 3000],
};

const CHINESE = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A value in base units for a unit, rounded the way a qualified number is written (1200余, 近300). */
export function valueFor(unit: Unit, qualifier: Qualifier, random: Random): number {
  const [min, max] = RANGE[unit] ?? [1, 400];
  // A round form (4.9万) needs a count of ten thousand or more, stated to two digits.
  if (qualifier === 'rounded') return Math.floor(random.logInt(10000, 990000) / 1000) * 1000 || 10000;
  const value = random.logInt(min, max);
  if (qualifier === 'exact' || value < 20) return qualifier === 'exact' ? value : Math.max(value, 10);
  const step = 10 ** (String(value).length - 2);
  return Math.floor(value / step) * step;
}

/**
 * A short phrase stating the value as the texts do: 抓获犯罪嫌疑人1234人, 涉案金额7500余万元,
 * 近200名, 十五天. Checked with the validator's own number reader, so it always reads back as
 * (value, qualifier).
 */
export function phrase(
  lead: string,
  unit: Unit,
  value: number,
  qualifier: Qualifier,
  random: Random,
): string {
  const counter = COUNTER[unit];
  const forms = [numberText(value, qualifier, random), numberText(value, qualifier)];
  for (const number of forms) {
    const text = `${lead}${number}${counter}`;
    if (
      findNumbers(text).some((n) => n.kind === 'quantity' && n.value === value && n.qualifier === qualifier)
    )
      return text;
  }
  throw new Error(`cannot phrase ${value} (${qualifier}) ${unit} after "${lead}"`);
}

/** Units a round form such as 4.9万 is written for in the texts: large counts and sums. */
export const canRound = (unit: Unit) => (RANGE[unit]?.[1] ?? 400) >= 50000;

function numberText(value: number, qualifier: Qualifier, random?: Random): string {
  if (qualifier === 'rounded') return `${value / 10000}万`;
  const more = qualifier === 'at_least' ? '余' : '';
  const near = qualifier === 'approximately' ? '近' : '';
  if (random && value <= 10 && random.chance(0.4)) return `${near}${CHINESE[value]}${more}`;
  if (random && value >= 10000 && value % 1000 === 0 && random.chance(0.7))
    return `${near}${value / 10000}${random.chance(0.5) ? `万${more}` : `${more}万`}`;
  return `${near}${value}${more}`;
}
