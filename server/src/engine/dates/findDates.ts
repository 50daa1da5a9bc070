import * as chrono from 'chrono-node';
import type { DateMention, Span, TextSpan } from '../types';
import { addDays, isoDay, isoMonth, isValidDate, MONTHS, parseIsoDay, weekdayOf, WEEKDAYS, type YMD } from './calendar';
import { findFullDates } from './publication';
import { FUTURE_CUE, inferYear, resolveWeekday } from './resolve';

const parser = chrono.casual.clone();

// Full month names followed by a stray full stop ("March. 3, 2025") confuse chrono; a space keeps offsets.
const MONTH_WITH_STOP = new RegExp(`\\b(${MONTHS.join('|')})\\.`, 'gi');
const PREFIX = /(?:\b(last|this|next|past|coming|late|early|mid|end of|beginning of|start of)[- ]+(?:in\s+)?)$/i;
const LEADING_WORDS = /^(?:(?:on|in|at|by|since|from|of|the|until|till|before|after|during)\s+)+/i;
const YEAR = /\b(?:(early|mid|late)[- ])?((?:1[6-9]|20)\d\d)\b(?!s\b|-\d|\s*(?:people|persons|troops|workers|homes|members|students|votes|cases|deaths|feet|metres|meters|miles|km|kilometres|kilometers|tonnes|tons|units|jobs|users|dollars|euros|pounds|yen))/gi;
const QUANTITY_BEFORE = /(?:about|nearly|almost|around|approximately|over|some|more than|less than|fewer than|up to|\$|#|no\.)\s*$/i;
const ANAPHORIC_DAY = /\b(?:the|that)\s+(previous|following|next|same)\s+day\b|\bthe\s+day\s+(before|after)\b/gi;

interface Context {
  folded: string;
  original: string;
  sentences: Span[];
  reference: YMD | null;
}

function sentenceAt(context: Context, offset: number): string {
  const sentence = context.sentences.find((s) => s.start <= offset && offset < s.end);
  return sentence ? context.folded.slice(sentence.start, sentence.end) : '';
}

function mention(context: Context, span: Span, fields: Omit<DateMention, keyof TextSpan>): DateMention {
  return { start: span.start, end: span.end, text: context.original.slice(span.start, span.end), ...fields };
}

// A time of day after a date ("…, 16:58", "at noon", "10:01 a.m."): the date's span ends before it.
const TRAILING_TIME = /(?:,?\s*(?:at\s+)?(?:\d{1,2}(?::\d{2})+(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|noon|midnight))+\s*$/i;

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

function fromChrono(result: chrono.ParsedResult, context: Context, offset: number): DateMention | null {
  const { start: component } = result;
  const certain = (unit: chrono.Component) => component.isCertain(unit);
  if (!certain('day') && !certain('month') && !certain('year') && !certain('weekday')) return null; // time only
  if (/^(?:right )?now$/i.test(result.text.trim())) return null;
  // "for 10 minutes", "for three days": durations, which the figure finder reads; times of day relative to now mean
  // nothing in a news article.
  if (/^(?:for|within|over)\b/i.test(result.text) || /\b(?:seconds?|minutes?|mins?|hours?|hrs?)\b/i.test(result.text)) return null;
  // "after 14 months", "two years": an amount of time is a date only when anchored ("two years ago", "last year").
  const words = result.text.trim();
  if (/\b(?:days?|weeks?|months?|years?|decades?)\b/i.test(words) && !/\b(?:ago|later|earlier|hence|from now)\b/i.test(words) &&
    !/\b(?:last|next|this|past|coming|previous|following)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?)\b/i.test(words)) return null;
  let span = trimSpan(context.folded, offset + result.index, offset + result.index + result.text.length);
  const prefix = PREFIX.exec(context.folded.slice(Math.max(0, span.start - 24), span.start));
  const modifier = prefix ? prefix[1].toLowerCase().replace(/ of$/, '') : null;
  if (prefix) span = { start: span.start - prefix[0].length, end: span.end };
  const spanText = context.folded.slice(span.start, span.end);
  const writesYear = /\b\d{4}\b/.test(spanText);
  const future = FUTURE_CUE.test(sentenceAt(context, span.start));
  const weekdayMatch = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'i').exec(spanText);
  const statedWeekday = weekdayMatch ? WEEKDAYS.find((d) => d.toLowerCase() === weekdayMatch[1].toLowerCase())! : null;
  const reference = context.reference;
  const isChronoRelative = !certain('month') && !certain('weekday') && certain('year') && !writesYear;
  const base = { statedWeekday, part: modifier && ['late', 'early', 'mid', 'end', 'beginning', 'start'].includes(modifier) ? modifier : null };

  const month = component.get('month') ?? 0;
  const day = component.get('day') ?? 0;
  const yearOf = (m: number, d: number): number | null => {
    if (certain('year') && writesYear) return component.get('year');
    if (!reference) return null;
    if (certain('year') && /\b(ago|yesterday|today|tomorrow|last|next|this)\b/i.test(spanText)) return component.get('year');
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
    const date = { year, month, day };
    if (!isValidDate(date)) return null;
    let value = isoDay(date);
    let granularity: DateMention['granularity'] = 'day';
    if (result.end && result.end.isCertain('day')) {
      const endDate = { year, month: result.end.get('month') ?? month, day: result.end.get('day') ?? day };
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
    const date = resolveWeekday(statedWeekday, reference, future || modifier === 'next');
    return mention(context, span, { value: date ? isoDay(date) : null, granularity: 'day', relative: true, ...base });
  }
  if (certain('month')) {
    const year = yearOf(month, 1);
    return mention(context, span, {
      value: year === null ? null : isoMonth(year, month),
      granularity: 'month',
      relative: !writesYear,
      ...base,
    });
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

/**
 * Without a publication line, the latest full date written in the article (day, month and year) stands in as the
 * reference for dates that omit the year: an article is written on or after the days it names in full.
 */
function latestFullDate(folded: string): YMD | null {
  let latest: YMD | null = null;
  for (const { date } of findFullDates(folded)) if (!latest || isoDay(date) > isoDay(latest)) latest = date;
  return latest;
}

function overlaps(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

function findYears(context: Context, taken: Span[]): DateMention[] {
  const found: DateMention[] = [];
  YEAR.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = YEAR.exec(context.folded)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    if (overlaps(taken, start, end)) continue;
    if (QUANTITY_BEFORE.test(context.folded.slice(Math.max(0, start - 16), start))) continue;
    if (/[\d,.:]$/.test(context.folded.slice(Math.max(0, start - 1), start))) continue;
    if (/^[,.]\d/.test(context.folded.slice(end, end + 2))) continue;
    found.push(
      mention(context, { start, end }, {
        value: match[2],
        granularity: 'year',
        statedWeekday: null,
        relative: false,
        part: match[1] ? match[1].toLowerCase() : null,
      }),
    );
  }
  return found;
}

/** "the previous day", "the day after": one day from the nearest day-level date before it, else publication. */
function findAnaphoricDays(context: Context, known: DateMention[], taken: Span[]): DateMention[] {
  const found: DateMention[] = [];
  ANAPHORIC_DAY.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = ANAPHORIC_DAY.exec(context.folded)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    if (overlaps(taken, start, end)) continue;
    const word = (match[1] ?? match[2]).toLowerCase();
    const shift = word === 'previous' || word === 'before' ? -1 : word === 'same' ? 0 : 1;
    const anchorMention = [...known]
      .filter((d) => d.end <= start && d.granularity === 'day' && d.value)
      .sort((a, b) => b.end - a.end)[0];
    const anchor = anchorMention?.value ? parseIsoDay(anchorMention.value) : context.reference;
    found.push(
      mention(context, { start, end }, {
        value: anchor ? isoDay(addDays(anchor, shift)) : null,
        granularity: 'day',
        statedWeekday: null,
        relative: true,
        part: null,
      }),
    );
  }
  return found;
}

/**
 * Date mentions of an article, resolved against its publication date (`published`, ISO, or null when unknown:
 * relative dates then get a null value). chrono-node finds and parses the candidates; the rules here fix what it
 * gets wrong in news text: year-less months and weekdays resolved towards the past, "last June", bare years,
 * "the previous day", and spans that include a modifier such as "late October".
 */
export function findDates(original: string, folded: string, sentences: Span[], published: string | null): DateMention[] {
  const reference = published ? parseIsoDay(published) : latestFullDate(folded);
  const context: Context = { folded, original, sentences, reference };
  const prepared = folded.replace(MONTH_WITH_STOP, (whole) => whole.slice(0, -1) + ' ');
  const instant = reference ? new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12)) : new Date(0);
  const dates: DateMention[] = [];
  for (const result of parser.parse(prepared, { instant, timezone: 0 }, { forwardDate: false })) {
    const date = fromChrono(result, context, 0);
    if (date && !overlaps(dates, date.start, date.end)) dates.push(date);
  }
  dates.push(...findYears(context, dates));
  dates.sort((a, b) => a.start - b.start);
  dates.push(...findAnaphoricDays(context, dates, dates));
  return dates.sort((a, b) => a.start - b.start);
}
