import { addDays, monthDistance, weekdayIndex, weekdayOf, type YMD } from './calendar';

/** Words in a sentence that point a bare weekday or month to the future rather than the past. */
export const FUTURE_CUE = /\b(will|shall|next|upcoming|scheduled|due to|plans? to|expected to|set to|is to|are to|going to)\b/i;

export type Direction = 'past' | 'future' | 'nearest';

/**
 * The year of a month (and day) written without one. "last June" is the most recent June before the reference,
 * "next June" the first after it; otherwise the nearest, with the past preferred because news reports on what
 * happened.
 */
export function inferYear(month: number, day: number, reference: YMD, modifier: string | null, future: boolean): number {
  const target = (year: number) => ({ year, month });
  if (modifier === 'last' || modifier === 'past') {
    return month < reference.month || (month === reference.month && day < reference.day)
      ? reference.year
      : reference.year - 1;
  }
  if (modifier === 'next' || modifier === 'coming') {
    return month > reference.month ? reference.year : reference.year + 1;
  }
  if (modifier === 'this') return reference.year;
  let best = reference.year;
  let bestCost = Infinity;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const distance = monthDistance(reference, target(year));
    const cost = distance > 0 ? distance * (future ? 1 : 2) : -distance * (future ? 2 : 1);
    if (cost < bestCost) {
      bestCost = cost;
      best = year;
    }
  }
  return best;
}

/** The date of a bare weekday: the most recent one up to the reference day, or the next one when future. */
export function resolveWeekday(name: string, reference: YMD, future: boolean): YMD | null {
  const target = weekdayIndex(name);
  if (target < 0) return null;
  const today = weekdayOf(reference);
  const offset = future ? (target - today + 7) % 7 : -((today - target + 7) % 7);
  return addDays(reference, offset);
}
