import { addDays, monthDistance, weekdayIndex, weekdayOf, type YMD } from './calendar';

/**
 * The year of a month (and day) written without one. "last June" is the most recent June before the reference,
 * "next June" the first after it, "this June" the one of the reference year; otherwise the nearest, with the past
 * preferred because news reports on what happened, and the future preferred when the sentence speaks of it. A
 * month without a day (`day` null) is "before" the reference only when it has ended: "last January" written in
 * January is a year ago.
 */
export function inferYear(month: number, day: number | null, reference: YMD, modifier: string | null, future: boolean): number {
  if (modifier === 'last' || modifier === 'past') {
    const before = month < reference.month || (month === reference.month && day !== null && day < reference.day);
    return before ? reference.year : reference.year - 1;
  }
  if (modifier === 'next' || modifier === 'coming') {
    return month > reference.month ? reference.year : reference.year + 1;
  }
  if (modifier === 'this') return reference.year;
  let best = reference.year;
  let bestCost = Infinity;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const distance = monthDistance(reference, { year, month });
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
