import type { DateMention, Span } from '../types';
import { freeMatches, mention, type DateContext } from './context';
import { firstIndex } from '../text/sorted';

/**
 * An occasion named beside a day, as an apposition ("on Saturday night, the opening night," / "Opening night,
 * January 23, 2014,", "the final day, Sunday,"), is that day; so is every later mention of the same occasion in
 * the article ("…recreated on opening night"). An occasion never set beside a day stays unresolved and is not
 * a mention.
 */

const OCCASION = /\b(?:[Tt]he\s+)?((?:[Oo]pening|[Cc]losing|[Ff]inal|[Ll]aunch|[Ee]lection|[Pp]olling|[Vv]oting|[Pp]remiere|[Rr]elease|[Mm]atch|[Rr]ace)\s+(?:[Dd]ay|[Nn]ight|[Ee]vening|[Mm]orning))\b/g;
const APPOSITION = /^\s*,\s*$/;

export function findOccasions(context: DateContext, dates: readonly DateMention[], taken: Span[]): DateMention[] {
  const days = dates.filter((d) => d.granularity === 'day' && d.value).sort((a, b) => a.start - b.start);
  const matches = [...freeMatches(context, OCCASION, taken)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: m[1].toLowerCase() }));
  const defined = new Map<string, { at: number; value: string }>();
  for (const occasion of matches) {
    if (defined.has(occasion.key)) continue;
    // Only the nearest day on either side can stand in apposition (anything between is more than a comma); found by
    // binary search, as reading the text up to every later day was quadratic.
    const next = firstIndex(days, (d) => d.start >= occasion.end);
    const after = next < days.length && APPOSITION.test(context.folded.slice(occasion.end, days[next].start)) ? days[next] : undefined;
    const previous = firstIndex(days, (d) => d.end > occasion.start) - 1;
    const before = previous >= 0 && days[previous].end <= occasion.start && APPOSITION.test(context.folded.slice(days[previous].end, occasion.start)) ? days[previous] : undefined;
    const day = after ?? before;
    if (day?.value) defined.set(occasion.key, { at: occasion.start, value: day.value });
  }
  const found: DateMention[] = [];
  for (const occasion of matches) {
    const definition = defined.get(occasion.key);
    if (!definition || occasion.start < definition.at) continue;
    found.push(mention(context, occasion, { value: definition.value, granularity: 'day', statedWeekday: null, relative: true, part: null }));
  }
  return found;
}

