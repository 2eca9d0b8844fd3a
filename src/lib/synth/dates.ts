import type { Random } from './random.ts';

/** A span of whole months, counted as year * 12 + month - 1. */
export interface Window {
  from: number;
  to: number;
}

export const month = (year: number, m: number) => year * 12 + m - 1;

/** A sub-span of a window. */
export function within(window: Window, random: Random): Window {
  const from = random.int(window.from, window.to);
  return { from, to: random.int(from, window.to) };
}

/**
 * A month written at the precision a source might give: 2020, 2020-10 or 2020-10-25. Starts fall on
 * days 1-14 and ends on days 15-28, so a start is never after an end at any precision.
 */
export function formatDate(
  m: number,
  side: 'start' | 'end',
  random: Random,
  precision = random.int(0, 2),
): string {
  const year = String(Math.floor(m / 12));
  if (precision === 0) return year;
  const mm = `${year}-${String((m % 12) + 1).padStart(2, '0')}`;
  if (precision === 1) return mm;
  const day = side === 'start' ? random.int(1, 14) : random.int(15, 28);
  return `${mm}-${String(day).padStart(2, '0')}`;
}
