import type { Unit } from '../data/schema.ts';
import type { Locale } from './locale.ts';
import { words } from './words.ts';

/** The unit's counting word or name in the locale. */
export const unitName = (unit: Unit, locale: Locale) => words(locale).units[unit];

/** The unit as it follows a value: "1 gang", "2 gangs", "1 person"; Chinese counting words do not change. */
export function unitFor(unit: Unit, value: number, locale: Locale): string {
  const name = unitName(unit, locale);
  return value === 1 ? words(locale).unitOfOne(unit, name) : name;
}
