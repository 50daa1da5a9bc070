import type { DateMention, Span } from '../types';
import { addDays, isoDay, isoMonth, monthDistance, monthNumber, weekdayOf, type YMD } from './calendar';
import { anchoredMatches, freeMatches, mention, type DateContext } from './context';
import { inferYear } from './resolve';
import { pointsToFuture } from './tense';
import { wordTable } from '../text/table';

/**
 * Periods named by a word rather than a number, which chrono-node does not read or reads wrongly: "last May", "next
 * spring", "the summer of 2027", "this fiscal year", "fiscal 2025", "the end of the year", "by year-end", "last
 * week" and "this morning".
 */

const MODIFIER = '[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming';
const MONTH_NAME = 'January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\\.';
const YEAR = '(?:1[6-9]|20)\\d\\d';

// "last May", "next March": month names are capitalised in news, so "this may" is never a month. A day after the
// month ("next March 3") is chrono-node's to read.
const MONTH_WITH_MODIFIER = new RegExp(`\\b(${MODIFIER})\\s+(${MONTH_NAME})(?!\\w)(?!\\s*,?\\s*\\d)`, 'g');

const SEASON_WORD = /\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b/g;
// Around a season word: "the summer of 2027", "summer 2027"; "last spring", "next winter"; "in the summer", "during
// winter". "Fall" is also a noun ("after the fall of the government"), so after a bare preposition it counts only at
// the end of a clause ("in the fall.").
const WITH_YEAR_AFTER = new RegExp(`^(?:\\s+of)?\\s+(${YEAR})\\b`);
const THE_BEFORE = /(?<!\w)[Tt]he\s+$/;
const MODIFIER_BEFORE = new RegExp(`(?<!\\w)(${MODIFIER})\\s+$`);
const OF_AFTER = /^[- ]?\w*\s+of\b/;
const PREPOSITION_BEFORE = /(?<!\w)(?:in|during|by|until|till|through|over|since|before|after)\s+((?:the\s+)?)$/;
const CLAUSE_END_AFTER = /^\s*[.,;:!?)]/;
// Meteorological seasons of the northern hemisphere, where most English-language news is written: first month of
// each. Winter runs from December into the next year and is named by the year of its January ("winter of 2026" =
// December 2025 to February 2026).
const SEASON_START: Record<string, number> = wordTable({ spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 });

const FISCAL_ANCHOR = /\b(?:fiscal|financial)\s+year\b/g;
const FISCAL_WITH_MODIFIER = /(?<!\w)(?:the\s+)?([Ll]ast|[Nn]ext|[Tt]his|[Cc]urrent|[Cc]oming|[Pp]revious|[Pp]rior)\s+(?:fiscal|financial)\s+year$/;
const FISCAL_WITH_YEAR = new RegExp(`\\b(?:[Ff]iscal|[Ff]inancial)(?:\\s+[Yy]ear)?\\s+(${YEAR})(?:\\s*[-/]\\s*(\\d\\d|${YEAR}))?\\b|\\bFY\\s?-?((?:19|20)?\\d\\d)\\b`, 'g');

// "the end of the year", "the end of next year", "the end of 2026"; "by year-end" after a preposition, at the end of
// a clause (not "year-end results").
const END_OF_YEAR = new RegExp(`\\b(?:[Tt]he\\s+)?end\\s+of\\s+(?:(the|this|last|next)\\s+year|(${YEAR}))\\b`, 'g');
const YEAR_END_ANCHOR = /\byear[- ]end\b(?=\s*(?:[.,;:!?)]|$|and\b|or\b|when\b))/g;
const YEAR_END = /(?<=\b(?:by|at|before|until|till|through|after|around|near|towards?|from)\s+)(?:the\s+)?year[- ]end$/;

const WEEK = /\b([Ll]ast|[Nn]ext|[Tt]his)\s+week\b(?!s|end)/g;
const PAST_WEEK = /\b[Tt]his\s+past\s+week\b/g;
const PART_OF_TODAY = /\b[Tt]his\s+(?:morning|afternoon|evening)\b/g;

interface Month {
  year: number;
  month: number;
}

function addMonths(start: Month, months: number): Month {
  const index = start.year * 12 + (start.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The season instance (its first month) that a modifier or the sentence's tense points to. */
function seasonStart(season: string, reference: YMD, modifier: string | null, future: boolean): Month {
  const first = SEASON_START[season];
  const candidates = [-2, -1, 0, 1].map((shift) => ({ year: reference.year + shift, month: first }));
  const ends = (start: Month) => addMonths(start, 2);
  const contains = (start: Month) => monthDistance(start, reference) >= 0 && monthDistance(reference, ends(start)) >= 0;
  const last = [...candidates].reverse().find((start) => monthDistance(ends(start), reference) > 0)!;
  const next = candidates.find((start) => monthDistance(reference, start) > 0)!;
  const current = candidates.find(contains);
  if (modifier === 'last' || modifier === 'past') return last;
  if (modifier === 'next' || modifier === 'coming') return next;
  if (modifier === 'this') return current ?? { year: reference.year, month: first };
  return current ?? (future ? next : last);
}

function seasonValue(start: Month): string {
  return `${isoMonth(start.year, start.month)}/${isoMonth(addMonths(start, 2).year, addMonths(start, 2).month)}`;
}

const base = { statedWeekday: null, part: null } as const;

function monthsWithModifier(context: DateContext, taken: Span[]): DateMention[] {
  const found: DateMention[] = [];
  for (const match of freeMatches(context, MONTH_WITH_MODIFIER, taken)) {
    const span = { start: match.index, end: match.index + match[0].length };
    const month = monthNumber(match[2]);
    const modifier = match[1].toLowerCase();
    const year = context.reference ? inferYear(month, null, context.reference, modifier, false) : null;
    found.push(mention(context, span, { ...base, value: year === null ? null : isoMonth(year, month), granularity: 'month', relative: true }));
  }
  return found;
}

function seasons(context: DateContext, taken: Span[]): DateMention[] {
  const found: DateMention[] = [];
  const text = context.folded;
  for (const match of freeMatches(context, SEASON_WORD, taken)) {
    const season = match[0].toLowerCase();
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 12);
    const withYear = WITH_YEAR_AFTER.exec(after);
    if (withYear) {
      const year = Number(withYear[1]);
      const first = { year: SEASON_START[season] === 12 ? year - 1 : year, month: SEASON_START[season] };
      const the = THE_BEFORE.exec(before);
      const span = { start: the ? start - the[0].length : start, end: end + withYear[0].length };
      found.push(mention(context, span, { ...base, value: seasonValue(first), granularity: 'range', relative: false }));
      continue;
    }
    if (OF_AFTER.test(after)) continue;
    const modifier = MODIFIER_BEFORE.exec(before);
    const preposition = modifier ? null : PREPOSITION_BEFORE.exec(before);
    if (!modifier && !preposition) continue;
    if (preposition && (/-/.test(after[0] ?? '') || (season === 'fall' && !CLAUSE_END_AFTER.test(after)))) continue;
    const span = { start: modifier ? start - modifier[0].length : start - preposition![1].length, end };
    const value = context.reference
      ? seasonValue(seasonStart(season, context.reference, modifier ? modifier[1].toLowerCase() : null, pointsToFuture(context, span)))
      : null;
    found.push(mention(context, span, { ...base, value, granularity: 'range', relative: true }));
  }
  return found;
}

function twoDigitYear(century: number, digits: string): number {
  return digits.length === 4 ? Number(digits) : century + Number(digits);
}

function fiscalYears(context: DateContext, taken: Span[]): DateMention[] {
  const found: DateMention[] = [];
  const reference = context.reference;
  for (const match of anchoredMatches(context, FISCAL_ANCHOR, FISCAL_WITH_MODIFIER, 40, taken)) {
    const modifier = match[1].toLowerCase();
    const shift = /^(?:last|previous|prior)$/.test(modifier) ? -1 : /^(?:next|coming)$/.test(modifier) ? 1 : 0;
    // Fiscal years start in different months for different organisations, so "this fiscal year" is approximated
    // by the reference's calendar year (shifted by the modifier) and marked with the part "fiscal".
    found.push(mention(context, { start: match.index, end: match.index + match[0].length }, {
      statedWeekday: null, part: 'fiscal', value: reference ? String(reference.year + shift) : null, granularity: 'year', relative: true,
    }));
  }
  for (const match of freeMatches(context, FISCAL_WITH_YEAR, [...taken, ...found])) {
    const span = { start: match.index, end: match.index + match[0].length };
    let value: string;
    let granularity: DateMention['granularity'] = 'year';
    if (match[3]) value = String(twoDigitYear(2000, match[3]));
    else if (match[2]) {
      const from = Number(match[1]);
      const to = twoDigitYear(Math.floor(from / 100) * 100, match[2]);
      if (to <= from) continue;
      value = `${from}/${to}`;
      granularity = 'range';
    } else value = match[1];
    found.push(mention(context, span, { statedWeekday: null, part: 'fiscal', value, granularity, relative: false }));
  }
  return found;
}

function endsOfYear(context: DateContext, taken: Span[]): DateMention[] {
  const found: DateMention[] = [];
  const matches = [...freeMatches(context, END_OF_YEAR, taken), ...anchoredMatches(context, YEAR_END_ANCHOR, YEAR_END, 40, taken)];
  for (const match of matches) {
    const shift = match[1] === 'last' ? -1 : match[1] === 'next' ? 1 : 0;
    const year = match[2] ? Number(match[2]) : context.reference ? context.reference.year + shift : null;
    // The end of a year is a deadline or a reckoning, read as its last day.
    found.push(mention(context, { start: match.index, end: match.index + match[0].length }, {
      statedWeekday: null, part: 'end', value: year === null ? null : `${year}-12-31`, granularity: 'day', relative: !match[2],
    }));
  }
  return found;
}

/** "last week" is the calendar week (Monday to Sunday) before the reference's, not a day seven days back. */
function weeks(context: DateContext, taken: Span[]): DateMention[] {
  const found: DateMention[] = [];
  const reference = context.reference;
  for (const match of freeMatches(context, WEEK, taken)) {
    const shift = { last: -7, next: 7, this: 0 }[match[1].toLowerCase() as 'last' | 'next' | 'this'];
    let value: string | null = null;
    if (reference) {
      const monday = addDays(reference, -((weekdayOf(reference) + 6) % 7) + shift);
      value = `${isoDay(monday)}/${isoDay(addDays(monday, 6))}`;
    }
    found.push(mention(context, { start: match.index, end: match.index + match[0].length }, { ...base, value, granularity: 'range', relative: true }));
  }
  // "this past week": the seven days up to the reference.
  for (const match of freeMatches(context, PAST_WEEK, [...taken, ...found])) {
    const value = reference ? `${isoDay(addDays(reference, -6))}/${isoDay(reference)}` : null;
    found.push(mention(context, { start: match.index, end: match.index + match[0].length }, { ...base, value, granularity: 'range', relative: true }));
  }
  for (const match of freeMatches(context, PART_OF_TODAY, [...taken, ...found])) {
    found.push(mention(context, { start: match.index, end: match.index + match[0].length }, {
      ...base, value: reference ? isoDay(reference) : null, granularity: 'day', relative: true,
    }));
  }
  return found;
}

/** Every named period in the text outside `taken`, each claiming its span before the next finder runs. */
export function findNamedPeriods(context: DateContext, taken: Span[]): DateMention[] {
  const found: DateMention[] = [];
  for (const finder of [endsOfYear, fiscalYears, monthsWithModifier, seasons, weeks]) found.push(...finder(context, [...taken, ...found]));
  return found;
}
