import * as chrono from 'chrono-node';
import type { DateMention, Span } from '../types';
import { isoDay, isoMonth, isValidDate, MONTHS, weekdayOf, WEEKDAYS, type YMD } from './calendar';
import { ClaimedCharacters, SpanIndex } from '../text/spanIndex';
import { mention, type DateContext } from './context';
import { inferYear, resolveWeekday } from './resolve';
import { pointsToFuture } from './tense';

/**
 * Dates chrono-node finds, with what it gets wrong in news corrected: year-less months and weekdays resolved by the
 * sentence's tense, ranges split where both ends are written out, and its false readings dropped (the verb "sat",
 * "may" in lower case, fractions such as "2 1/2", amounts of time).
 */

const parser = chrono.casual.clone();
// Parsers whose readings are never kept, left out because chrono-node's parsing is most of the time dates take.
// A time of day alone ("night", "this morning", "3 p.m.") is not a date, and chrono-node merges it with a date on
// the next line ("…lights up the night\nMonday, March 5, 2007" becomes a time with no day at all); a time-of-day
// word after a date is added to the date's span below. Amounts of time ("two years ago", "within days", "a week
// later", "the next 2 weeks") are read by relativeAmounts.ts.
const UNUSED_PARSERS = /CasualTimeParser|TimeExpressionParser|TimeUnitAgoFormatParser|TimeUnitLaterFormatParser|TimeUnitWithinFormatParser|TimeUnitCasualRelativeFormatParser/;
parser.parsers = parser.parsers.filter((p) => !UNUSED_PARSERS.test(p.constructor.name));

// Full month names followed by a stray full stop ("March. 3, 2025") confuse chrono; a space keeps offsets.
const MONTH_WITH_STOP = new RegExp(`\\b(${MONTHS.join('|')})\\.`, 'gi');
const PREFIX = /(?:\b(last|this|next|past|coming|late|early|mid|end of|beginning of|start of)[- ]+(?:in\s+)?)$/i;
const LEADING_MODIFIER = /^(last|this|next|past|coming)\s+/i;
const LEADING_WORDS = /^(?:(?:on|in|at|by|since|from|of|the|until|till|before|after|during)\s+)+/i;
// A time of day after a date ("…, 16:58", "at noon", "10:01 a.m."): the date's span ends before it.
const TRAILING_TIME = /(?:,?\s*(?:at\s+)?(?:\d{1,2}(?::\d{2})+(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|\bnoon|\bmidnight))+\s*$/i;
const TIME_OF_DAY_AFTER = /^\s+(?:morning|afternoon|evening|night)\b/i;
const WEEKDAY_WORD = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'i');
const MONTH_WORD = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/gi;
// Weekday abbreviations that are also words ("sat", "wed", "sun", "mon") count only beside a month or day.
const FULL_OR_SAFE_WEEKDAY = /\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Tues?\.?|Thu(?:rs?)?\.?|Fri\.?)(?![\w])/;
const RANGE_SEPARATOR = /\s*(?:-|to|through|thru|until|till|and)\s*/i;

function trimSpan(folded: string, start: number, end: number): Span {
  const lead = LEADING_WORDS.exec(folded.slice(start, end));
  if (lead) start += lead[0].length;
  const time = TRAILING_TIME.exec(folded.slice(start, end));
  if (time && time.index > 0 && folded[start + time.index - 1] !== 'T') end = start + time.index;
  while (end > start && /[\s,.;:]/.test(folded[end - 1])) end--;
  // Keep the full stop of an abbreviated month ("Jan.") that chrono included.
  if (folded[end] === '.' && /\b[A-Z][a-z]{2}$/.test(folded.slice(start, end)) && end - start <= 4) end++;
  return { start, end };
}

/** True when chrono-node read something that is not a date in news prose. */
function isFalseReading(result: chrono.ParsedResult): boolean {
  const text = result.text;
  const { start } = result;
  if (/^(?:right )?now$/i.test(text.trim())) return true;
  // "for 10 minutes", "within days": durations, which the figure finder reads; times of day relative to now mean
  // nothing in a news article.
  if (/^(?:for|within|over)\b/i.test(text) || /\b(?:seconds?|minutes?|mins?|hours?|hrs?)\b/i.test(text)) return true;
  // "after 14 months", "two years": an amount of time is a date only when anchored ("two years ago", "last year").
  if (/\b(?:days?|weeks?|months?|years?|decades?)\b/i.test(text) && !/\b(?:ago|hence|from now)\b/i.test(text) &&
    !/\b(?:last|next|this|past|coming|previous|following)\s+(?:days?|weeks?|months?|years?|decades?)\b/i.test(text)) return true;
  // Month names are capitalised in news: "may", "march" and "august" in lower case are other words.
  for (const match of text.matchAll(MONTH_WORD)) if (/^[a-z]/.test(match[0])) return true;
  // "2 1/2", "3/4 of voters", "24/7": a slash date without a year is a fraction far more often than a date.
  if (/^\d{1,2}\/\d{1,2}$/.test(text.trim())) return true;
  if (start.isCertain('weekday') && !start.isCertain('day') && !start.isCertain('month') && !FULL_OR_SAFE_WEEKDAY.test(text)) return true;
  return false;
}

interface Part {
  component: chrono.ParsedComponents;
  span: Span;
  /** A range's end, when it stays one mention ("January 13-14"). */
  end: chrono.ParsedComponents | null;
  /** The year written only in the other end of a range ("January 23 - March 9 2014"). */
  otherYear: number | null;
}

/**
 * The mentions of one chrono-node result. A range whose end is a date on its own ("November 20 to December 11",
 * "February 6 - this year") is two mentions; one whose end is only a day number ("January 13-14") stays one.
 */
function partsOf(result: chrono.ParsedResult, prepared: string, offset: number): Part[] {
  const whole = { start: offset + result.index, end: offset + result.index + result.text.length };
  if (!result.end) return [{ component: result.start, span: whole, end: null, otherYear: null }];
  const separators = [...result.text.matchAll(new RegExp(RANGE_SEPARATOR.source, 'gi'))];
  for (const separator of separators.reverse()) {
    const after = result.text.slice(separator.index! + separator[0].length);
    const alone = parser.parse(after, undefined, { forwardDate: false })[0];
    if (!alone || alone.index !== 0 || alone.text.length < after.trimEnd().length - 1) continue;
    if (!/[A-Za-z]|\d{4}/.test(after)) continue;
    const endStart = whole.start + separator.index! + separator[0].length;
    const writes = (c: chrono.ParsedComponents, text: string) => (c.isCertain('year') && /\d{4}/.test(text) ? c.get('year') : null);
    const firstText = prepared.slice(whole.start, whole.start + separator.index!);
    // "December 20 - January 5, 2014": a start month after the end month is in the year before.
    const endYear = writes(result.end, after);
    const startYear = endYear !== null && (result.start.get('month') ?? 0) > (result.end.get('month') ?? 13) ? endYear - 1 : endYear;
    return [
      { component: result.start, span: { start: whole.start, end: whole.start + separator.index! }, end: null, otherYear: startYear },
      { component: result.end, span: { start: endStart, end: whole.end }, end: null, otherYear: writes(result.start, firstText) },
    ];
  }
  return [{ component: result.start, span: whole, end: result.end, otherYear: null }];
}

function fromPart(part: Part, context: DateContext): DateMention | null {
  const { component } = part;
  const certain = (unit: chrono.Component) => component.isCertain(unit);
  if (!certain('day') && !certain('month') && !certain('year') && !certain('weekday')) return null; // time only
  let span = trimSpan(context.folded, part.span.start, part.span.end);
  if (span.end <= span.start) return null;
  const timeOfDay = TIME_OF_DAY_AFTER.exec(context.folded.slice(span.end, span.end + 12));
  if (timeOfDay && (certain('weekday') || certain('day'))) span = { start: span.start, end: span.end + timeOfDay[0].length };
  const prefix = PREFIX.exec(context.folded.slice(Math.max(0, span.start - 24), span.start));
  if (prefix) span = { start: span.start - prefix[0].length, end: span.end };
  const spanText = context.folded.slice(span.start, span.end);
  // The modifier in front, whether chrono-node read it ("next Tuesday") or not ("late October").
  const lead = LEADING_MODIFIER.exec(spanText);
  const modifier = prefix ? prefix[1].toLowerCase().replace(/ of$/, '') : lead ? lead[1].toLowerCase() : null;
  const writesYear = /\b\d{4}\b/.test(spanText) || part.otherYear !== null;
  const future = pointsToFuture(context, span);
  const weekdayMatch = WEEKDAY_WORD.exec(spanText);
  const statedWeekday = weekdayMatch ? WEEKDAYS.find((d) => d.toLowerCase() === weekdayMatch[1].toLowerCase())! : null;
  const reference = context.reference;
  const isChronoRelative = !certain('month') && !certain('weekday') && certain('year') && !writesYear;
  const base = { statedWeekday, part: modifier && ['late', 'early', 'mid', 'end', 'beginning', 'start'].includes(modifier) ? modifier : null };

  const month = component.get('month') ?? 0;
  const day = component.get('day') ?? 0;
  const yearOf = (m: number, d: number | null): number | null => {
    if (certain('year') && /\b\d{4}\b/.test(spanText)) return component.get('year');
    if (part.otherYear !== null) return part.otherYear;
    if (!reference) return null;
    if (certain('year') && /\b(ago|yesterday|today|tomorrow|tonight|last|next|this)\b/i.test(spanText)) return component.get('year');
    return inferYear(m, d, reference, modifier, future);
  };

  if (certain('day') && certain('month')) {
    let year = yearOf(month, day);
    if (year === null) return mention(context, span, { value: null, granularity: 'day', relative: true, ...base });
    // "Friday, December 1" without a year: the year in which that day is a Friday, if one is near.
    if (statedWeekday && !writesYear) {
      const fits = [year, year - 1, year + 1].find((y) => isValidDate({ year: y, month, day }) && WEEKDAYS[weekdayOf({ year: y, month, day })] === statedWeekday);
      if (fits !== undefined) year = fits;
    }
    const date: YMD = { year, month, day };
    if (!isValidDate(date)) return null;
    let value = isoDay(date);
    let granularity: DateMention['granularity'] = 'day';
    if (part.end && part.end.isCertain('day')) {
      const endDate = { year, month: part.end.get('month') ?? month, day: part.end.get('day') ?? day };
      if (endDate.month < month) endDate.year = year + 1;
      if (isValidDate(endDate)) {
        value = `${value}/${isoDay(endDate)}`;
        granularity = 'range';
      }
    }
    return mention(context, span, { value, granularity, relative: !writesYear, ...base });
  }
  if (certain('weekday') && !certain('month')) {
    if (!reference || !statedWeekday) return mention(context, span, { value: null, granularity: 'day', relative: true, ...base });
    const date = resolveWeekday(statedWeekday, reference, modifier === 'next' || (modifier !== 'last' && future));
    return mention(context, span, { value: date ? isoDay(date) : null, granularity: 'day', relative: true, ...base });
  }
  if (certain('month')) {
    const year = yearOf(month, null);
    return mention(context, span, { value: year === null ? null : isoMonth(year, month), granularity: 'month', relative: !writesYear, ...base });
  }
  if (certain('year')) {
    return mention(context, span, {
      value: writesYear || reference ? String(component.get('year')) : null,
      granularity: 'year',
      relative: isChronoRelative || !writesYear,
      ...base,
    });
  }
  return null;
}

// chrono-node reads a chunk at a time: a line (a paragraph in plain-text news), cut into pieces of at most this many
// characters at a sentence end or a space when it is longer. Some of its refiners copy the whole rest of the text
// for every result, which made one call over a whole article quadratic (a 2 MB text took most of a minute); per
// chunk, the cost is O(chunk × results in it), so O(n · MAX_CHUNK) in all. A date never spans a line break in
// news prose (chrono-node joined "June 3" with a number on the next line); a longer line is cut after its last
// sentence end in the window, and only a line without one is cut at a space, which may split a date phrase.
const MAX_CHUNK = 4000;

/** Chunks of the text for chrono-node: [start, end) offsets, in order, covering every line. */
export function chronoChunks(text: string): Span[] {
  const chunks: Span[] = [];
  const lineBreak = /\r?\n|\r/g;
  let lineStart = 0;
  const addLine = (start: number, end: number): void => {
    while (end - start > MAX_CHUNK) {
      const window = text.slice(start, start + MAX_CHUNK);
      // The last sentence end in the window, else its last space, else a hard cut.
      const sentenceEnd = /[.!?]["')\]]*\s(?=[^.!?]*$)/.exec(window);
      const space = window.lastIndexOf(' ');
      const cut = sentenceEnd && sentenceEnd.index > MAX_CHUNK / 2 ? sentenceEnd.index + sentenceEnd[0].length
        : space > MAX_CHUNK / 2 ? space + 1 : MAX_CHUNK;
      chunks.push({ start, end: start + cut });
      start += cut;
    }
    if (end > start) chunks.push({ start, end });
  };
  let match: RegExpExecArray | null;
  while ((match = lineBreak.exec(text)) !== null) {
    addLine(lineStart, match.index);
    lineStart = match.index + match[0].length;
  }
  addLine(lineStart, text.length);
  return chunks;
}

// What every reading chrono-node can give (with the parsers kept above) and this module keeps contains: a digit, a
// month or weekday word (in any case, abbreviated or not), a word for a day relative to now ("today", "last
// night"), or "this/last/past/next" before a unit of time. A chunk without any of them is not parsed: the result is
// the same, and most of a news article's lines name no date. Keep this a superset of the parsers' patterns.
const DATE_CUE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat|week|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night|month)|\b(?:this|last|past|next|after\s*this)\s*(?:quarter|qtr|second|sec|minute|min|hour|hrs?|day|week|month|mon|mos?|year|yrs?|[smhdwy])s?(?=\W|$)/i;

/** Whether a piece of text may hold a date chrono-node reads (see DATE_CUE). */
export function hasDateCue(text: string): boolean {
  return DATE_CUE.test(text);
}

/** chrono-node's dates outside `taken`. */
export function findChronoDates(context: DateContext, taken: Span[]): DateMention[] {
  const reference = context.reference;
  const prepared = context.folded.replace(MONTH_WITH_STOP, (whole) => whole.slice(0, -1) + ' ');
  const instant = reference ? new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12)) : new Date(0);
  const claimed = new SpanIndex(taken);
  const kept = new ClaimedCharacters(prepared.length);
  const found: DateMention[] = [];
  for (const chunk of chronoChunks(prepared)) {
    const chunkText = prepared.slice(chunk.start, chunk.end);
    if (!hasDateCue(chunkText)) continue;
    for (const result of parser.parse(chunkText, { instant, timezone: 0 }, { forwardDate: false })) {
      if (isFalseReading(result)) continue;
      for (const part of partsOf(result, prepared, chunk.start)) {
        const date = fromPart(part, context);
        if (date && !claimed.overlaps(date.start, date.end) && !kept.overlaps(date.start, date.end)) {
          found.push(date);
          kept.claim(date);
        }
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
