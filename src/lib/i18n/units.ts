import type { Unit } from '../data/schema.ts';
import type { Locale } from './locale.ts';

const UNIT_NAMES: Record<Unit, [zh: string, en: string]> = {
  people: ['人', 'people'],
  officers: ['人', 'officers'],
  cases: ['起', 'cases'],
  gangs: ['个团伙', 'gangs'],
  groups: ['个小组', 'groups'],
  dens: ['处窝点', 'dens'],
  companies: ['家公司', 'companies'],
  sources: ['个', 'sources'],
  chains: ['条', 'chains'],
  tools: ['款', 'tools'],
  cards: ['张', 'cards'],
  sets: ['套', 'sets'],
  phones: ['部', 'phones'],
  computers: ['台', 'computers'],
  devices: ['个', 'devices'],
  vehicles: ['台', 'vehicles'],
  records: ['条', 'records'],
  leads: ['条', 'leads'],
  numbers: ['个号码', 'numbers'],
  documents: ['个', 'documents'],
  channels: ['家', 'channels'],
  teams: ['个', 'teams'],
  zones: ['个', 'zones'],
  departments: ['个部门', 'departments'],
  'sub-bureaus': ['个分局', 'sub-bureaus'],
  provinces: ['个省', 'provinces'],
  cities: ['个市', 'cities'],
  days: ['天', 'days'],
  months: ['个月', 'months'],
  yuan: ['元', 'yuan'],
  'yuan-per-set': ['元/套', 'yuan per set'],
};

/** The unit's counting word or name in the locale. */
export const unitName = (unit: Unit, locale: Locale) => UNIT_NAMES[unit][locale === 'zh' ? 0 : 1];

const SINGULAR_EN: Partial<Record<Unit, string>> = { people: 'person', companies: 'company', cities: 'city' };
const UNCOUNTED = new Set<Unit>(['yuan', 'yuan-per-set']);

/** The unit as it follows a value: "1 gang", "2 gangs", "1 person"; Chinese counting words do not change. */
export function unitFor(unit: Unit, value: number, locale: Locale): string {
  const name = unitName(unit, locale);
  if (locale === 'zh' || value !== 1 || UNCOUNTED.has(unit)) return name;
  return SINGULAR_EN[unit] ?? name.replace(/s$/, '');
}
