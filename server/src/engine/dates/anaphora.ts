import type { DateMention, Span } from '../types';
import { addDays, isoDay, parseIsoDay } from './calendar';
import { freeMatches, mention, type DateContext } from './context';
import { firstIndex } from '../text/sorted';

/**
 * Dates counted from another date of the text: "the previous day", "the day after", "the following year", "the
 * year before". They are found first (so that chrono-node does not read "next day" as the day after publication)
 * and resolved last, against the nearest earlier date of the right granularity, else the reference.
 */

const ANAPHORIC_DAY = /\b(?:[Tt]he|[Tt]hat)\s+(previous|following|next|same)\s+day\b|\b[Tt]he\s+day\s+(before|after)\b/g;
// "over the next year" is a period, claimed before this runs (relativeAmounts.ts).
const ANAPHORIC_YEAR = /\b(?:[Tt]he|[Tt]hat)\s+(previous|following|next|same)\s+year\b|\b[Tt]he\s+year\s+(before|after)\b/g;

export interface Anaphor extends Span {
  unit: 'day' | 'year';
  shift: number;
}

export function findAnaphors(context: DateContext, taken: Span[]): Anaphor[] {
  const found: Anaphor[] = [];
  for (const [unit, pattern] of [['day', ANAPHORIC_DAY], ['year', ANAPHORIC_YEAR]] as const) {
    for (const match of freeMatches(context, pattern, [...taken, ...found])) {
      const word = (match[1] ?? match[2]).toLowerCase();
      const shift = word === 'previous' || word === 'before' ? -1 : word === 'same' ? 0 : 1;
      found.push({ start: match.index, end: match.index + match[0].length, unit, shift });
    }
  }
  return found;
}

/** The last of `sorted` (by end) that ends at or before `offset`, by binary search. */
function lastEndingBy(sorted: readonly DateMention[], offset: number): DateMention | undefined {
  const after = firstIndex(sorted, (date) => date.end > offset);
  return after > 0 ? sorted[after - 1] : undefined;
}

/**
 * Each anaphor takes the nearest earlier day (or year) as its anchor. The candidates are sorted once and found by
 * binary search: O((a + d) log d) for a anaphors and d dates, where filtering all dates for every anaphor was
 * quadratic.
 */
export function resolveAnaphors(context: DateContext, anaphors: Anaphor[], known: DateMention[]): DateMention[] {
  const byEnd = (a: DateMention, b: DateMention) => a.end - b.end;
  const days = known.filter((d) => d.value && d.granularity === 'day').sort(byEnd);
  const years = known.filter((d) => d.value && /^\d{4}/.test(d.value) && d.granularity !== 'range').sort(byEnd);
  return anaphors.map((anaphor) => {
    const fields = { statedWeekday: null, part: null, relative: true } as const;
    if (anaphor.unit === 'day') {
      const anchorMention = lastEndingBy(days, anaphor.start);
      const anchor = anchorMention?.value ? parseIsoDay(anchorMention.value) : context.reference;
      return mention(context, anaphor, { ...fields, value: anchor ? isoDay(addDays(anchor, anaphor.shift)) : null, granularity: 'day' });
    }
    const anchorMention = lastEndingBy(years, anaphor.start);
    const year = anchorMention ? Number(anchorMention.value!.slice(0, 4)) : context.reference?.year ?? null;
    return mention(context, anaphor, { ...fields, value: year === null ? null : String(year + anaphor.shift), granularity: 'year' });
  });
}
