import type { DateMention, Span } from '../types';
import { anchoredMatches, freeMatches, mention, type DateContext } from './context';

/**
 * Years written as numbers: ranges ("2009-2010", "1957-58", "2000 - 2050"), decades ("the 1990s") and bare years
 * ("in 2013"), which chrono-node leaves alone.
 */

const YEAR = '(?:1[6-9]|20)\\d\\d';
// A range whose two ends are both full years is two dates, each a mention of its own; a range whose end is
// shortened ("1957-58", "the 2018-19 season") is one mention with a range value.
const YEAR_RANGE = new RegExp(`(?<![\\d$#.,:/-])\\b(${YEAR})\\s*(?:-|/|to|through)\\s*(${YEAR}|\\d\\d)\\b(?![-/.,:]?\\d|%)`, 'gi');
const DECADE_ANCHOR = /\d0s\b/g;
const DECADE = new RegExp(`(?<!\\w)(?:(early|mid|late)[- ])?(${YEAR.replace('\\d\\d', '\\d')}0)s$`, 'i');
const BARE_YEAR = new RegExp(
  `\\b(?:(early|mid|late)[- ])?(${YEAR})\\b(?!s\\b|-\\d)`,
  'gi',
);
const QUANTITY_BEFORE = /(?:about|nearly|almost|around|approximately|over|some|more than|less than|fewer than|up to|\$|#|no\.)\s*$/i;

const fields = { statedWeekday: null, relative: false } as const;

// "a 2000-year-old tradition", "2000 years": an amount of years. "a survey of 1709 schoolchildren": a number before
// a noun that counts people or things is a count. Other nouns after a year are what it dates ("2000 levels", "the
// 2013 elections").
const YEARS_AFTER = /^(?:\s+|-)years?\b/i;
const COUNTED_AFTER = /^\s+(?:[a-z]+-)?(?:people|persons|children|schoolchildren|adults|men|women|patients|residents|employees|staff|soldiers|troops|workers|pupils|students|households|families|homes|houses|members|voters|votes|passengers|participants|respondents|signatures|copies|cases|deaths|units|jobs|users|dollars|euros|pounds|yen|feet|metres|meters|miles|km|kilometres|kilometers|tonnes|tons)\b/;

function isCount(folded: string, end: number): boolean {
  const after = folded.slice(end, end + 24);
  return YEARS_AFTER.test(after) || COUNTED_AFTER.test(after);
}

export function findYearRanges(context: DateContext, taken: Span[]): DateMention[] {
  const found: DateMention[] = [];
  for (const match of freeMatches(context, YEAR_RANGE, taken)) {
    const from = Number(match[1]);
    const to = match[2].length === 2 ? Math.floor(from / 100) * 100 + Number(match[2]) : Number(match[2]);
    if (to <= from || to - from > 200) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (match[2].length === 2) {
      found.push(mention(context, { start, end }, { ...fields, part: null, value: `${from}/${to}`, granularity: 'range' }));
    } else {
      found.push(mention(context, { start, end: start + 4 }, { ...fields, part: null, value: String(from), granularity: 'year' }));
      found.push(mention(context, { start: end - 4, end }, { ...fields, part: null, value: String(to), granularity: 'year' }));
    }
  }
  for (const match of anchoredMatches(context, DECADE_ANCHOR, DECADE, 12, [...taken, ...found])) {
    const from = Number(match[2]);
    found.push(mention(context, { start: match.index, end: match.index + match[0].length }, {
      ...fields, part: match[1] ? match[1].toLowerCase() : null, value: `${from}/${from + 9}`, granularity: 'range',
    }));
  }
  return found;
}

export function findYears(context: DateContext, taken: Span[]): DateMention[] {
  const found: DateMention[] = [];
  for (const match of freeMatches(context, BARE_YEAR, taken)) {
    const start = match.index;
    const end = start + match[0].length;
    if (QUANTITY_BEFORE.test(context.folded.slice(Math.max(0, start - 16), start))) continue;
    if (/[\d,.:]$/.test(context.folded.slice(Math.max(0, start - 1), start))) continue;
    if (/^[,.]\d/.test(context.folded.slice(end, end + 2))) continue;
    if (isCount(context.folded, end)) continue;
    found.push(mention(context, { start, end }, { ...fields, value: match[2], granularity: 'year', part: match[1] ? match[1].toLowerCase() : null }));
  }
  return found;
}
