import { CARDINAL_SOURCE, cardinalValue } from '../figures/numberWords';
import type { DateMention, Span } from '../types';
import { addDays, isoDay, isoMonth } from './calendar';
import { anchoredMatches, mention, type DateContext } from './context';

/**
 * Amounts of time. "Seventeen years ago" is a date counted back from the reference (a year, since that is all it
 * says); "several years ago" is a vague past with no single value; "the past two years", "a month earlier" and
 * "ten days later" are not dates of the reference at all — a period, or an offset from an event the text names
 * elsewhere — so they are claimed here only to keep chrono-node from reading them as dates.
 */

const VAGUE = 'a couple of|a few|few|several|some|many|a number of|dozens of|scores of|hundreds of|countless';
const UNIT = 'years?|months?|weeks?|days?|decades?|centur(?:y|ies)';
const AMOUNT = `(?:${CARDINAL_SOURCE}|an?|${VAGUE})`;
const UNIT_ANCHOR = /\b(?:[Yy]ear|[Mm]onth|[Ww]eek|[Dd]ay|[Dd]ecade|[Cc]entur(?:y|ie))s?\b/g;
// Editors put a replaced word in square brackets inside quotations ("[Ten] years ago").
const AGO_ANCHOR = /\b(?:[Yy]ear|[Mm]onth|[Ww]eek|[Dd]ay|[Dd]ecade|[Cc]entur(?:y|ie))s?\s+ago\b/g;
const AGO = new RegExp(`(?<![\\w\\]])(?:\\[?(${AMOUNT})\\]?\\s+)?(?:more\\s+|full\\s+)?\\b(${UNIT})\\s+ago$`, 'i');
const PERIOD = new RegExp(
  `(?<!\\w)(?:(?:the\\s+)?(?:past|last|next|coming|previous|following|first|final|recent)\\s+(?:${AMOUNT}\\s+)?(?:years|months|weeks|days|decades|centuries)` +
    `|the\\s+past\\s+(?:year|month|week|decade|century)` +
    `|(?<=\\b(?:over|within|for|throughout|during)\\s+)the\\s+(?:next|coming|past|last|previous|following)\\s+(?:year|month|week|decade|century))$`,
  'i',
);
const OFFSET_ANCHOR = /\b(?:[Yy]ear|[Mm]onth|[Ww]eek|[Dd]ay|[Dd]ecade|[Cc]entur(?:y|ie))s?\s+(?:later|earlier|before|after|afterwards?|previously|prior|beforehand|on)\b/g;
const OFFSET = new RegExp(
  `(?<!\\w)${AMOUNT}\\s+(?:more\\s+|full\\s+|whole\\s+)?(?:${UNIT})\\s+(?:later|earlier|before|after|afterwards?|previously|prior|beforehand|on)$`,
  'i',
);

export interface Amounts {
  /** "two years ago", "several years ago": dates (the vague ones without a value). */
  dates: DateMention[];
  /** Periods and offsets that are not dates; no other finder may read a date inside them. */
  blocked: Span[];
}

function unitOf(word: string): 'year' | 'month' | 'week' | 'day' | 'decade' | 'century' {
  const lower = word.toLowerCase();
  if (lower.startsWith('centur')) return 'century';
  return lower.replace(/s$/, '') as 'year' | 'month' | 'week' | 'day' | 'decade';
}

export function findAmounts(context: DateContext, taken: Span[]): Amounts {
  const dates: DateMention[] = [];
  const reference = context.reference;
  for (const match of anchoredMatches(context, AGO_ANCHOR, AGO, 60, taken)) {
    const span = { start: match.index, end: match.index + match[0].length };
    const amount = match[1] === undefined ? NaN : /^an?$/i.test(match[1]) ? 1 : cardinalValue(match[1]);
    const unit = unitOf(match[2]);
    const fields = { statedWeekday: null, part: null, relative: true } as const;
    // "years ago", "several years ago", "two and a half years ago": no single year, month or day.
    if (!Number.isInteger(amount) || amount <= 0 || !reference) {
      const vague = !Number.isInteger(amount) || amount <= 0;
      dates.push(mention(context, span, { ...fields, value: null, granularity: vague ? null : unit === 'day' || unit === 'week' ? 'day' : unit === 'month' ? 'month' : 'year' }));
      continue;
    }
    if (unit === 'year' || unit === 'decade' || unit === 'century') {
      const years = amount * (unit === 'year' ? 1 : unit === 'decade' ? 10 : 100);
      dates.push(mention(context, span, { ...fields, value: String(reference.year - years), granularity: 'year' }));
    } else if (unit === 'month') {
      const index = reference.year * 12 + reference.month - 1 - amount;
      dates.push(mention(context, span, { ...fields, value: isoMonth(Math.floor(index / 12), (index % 12) + 1), granularity: 'month' }));
    } else {
      dates.push(mention(context, span, { ...fields, value: isoDay(addDays(reference, -amount * (unit === 'week' ? 7 : 1))), granularity: 'day' }));
    }
  }
  const blocked: Span[] = [];
  for (const [anchor, pattern] of [[UNIT_ANCHOR, PERIOD], [OFFSET_ANCHOR, OFFSET]] as const) {
    for (const match of anchoredMatches(context, anchor, pattern, 60, [...taken, ...dates, ...blocked])) blocked.push({ start: match.index, end: match.index + match[0].length });
  }
  return { dates, blocked };
}
