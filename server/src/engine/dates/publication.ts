import type { TextSpan } from '../types';
import { isoDay, isValidDate, monthNumber, type YMD } from './calendar';

type Reader = (m: RegExpExecArray) => YMD;

/** A two-digit year as the wires write it ("10/27/89"): 50–99 are the 1900s, 00–49 the 2000s. */
function fullYear(digits: string): number {
  if (digits.length === 4) return Number(digits);
  const year = Number(digits);
  return year >= 50 ? 1900 + year : 2000 + year;
}

/**
 * An absolute calendar date written out in full, as found in text, on publication lines and on datelines:
 * "3 Mar. 2025", "March. 3, 2025", "Mar 3 2025", "2017-10-03T00:00:00", "Friday, July 21, 2017", "10/27/89",
 * "2017/12/31". Numbers with slashes are read month first, as American wires write them, unless the first
 * number cannot be a month ("27/10/89").
 */
const FULL_DATE_PATTERNS: Array<[RegExp, Reader]> = [
  [/\b(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/g, (m) => ({ year: +m[1], month: +m[2], day: +m[3] })],
  [
    /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/g,
    (m) => ({ year: +m[3], month: monthNumber(m[2]), day: +m[1] }),
  ],
  [
    /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/g,
    (m) => ({ year: +m[3], month: monthNumber(m[1]), day: +m[2] }),
  ],
  [
    /(?<![\d/])\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b(?!\/)/g,
    (m) => (+m[1] > 12 ? { year: fullYear(m[3]), month: +m[2], day: +m[1] } : { year: fullYear(m[3]), month: +m[1], day: +m[2] }),
  ],
  [/(?<![\d/])\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, (m) => ({ year: +m[1], month: +m[2], day: +m[3] })],
];

/**
 * Forms that are dates only on a publication line, where nothing else is written: the wires' compact "19980108"
 * (in running text it could be any number) and the European "31.12.2017".
 */
const PUBLICATION_ONLY_PATTERNS: Array<[RegExp, Reader]> = [
  [/(?<!\d)\b((?:19|20)\d\d)(\d\d)(\d\d)(?:T?\d{4,6}Z?)?\b/g, (m) => ({ year: +m[1], month: +m[2], day: +m[3] })],
  [/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, (m) => ({ year: +m[3], month: +m[2], day: +m[1] })],
];

interface Found {
  date: YMD;
  start: number;
  end: number;
}

function collect(text: string, patterns: Array<[RegExp, Reader]>, found: Found[]): Found[] {
  for (const [pattern, read] of patterns) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      const date = read(match);
      if (date.month > 0 && isValidDate(date)) found.push({ date, start: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}

/** Every full calendar date (day, month and year written out) in `text`, in pattern order. */
export function findFullDates(text: string): Found[] {
  return collect(text, FULL_DATE_PATTERNS, []);
}

export function findFullDate(text: string): Found | null {
  return findFullDates(text)[0] ?? null;
}

/** The first date on a publication line, in any of the forms above. */
function dateOnLine(text: string): Found | null {
  const found = collect(text, PUBLICATION_ONLY_PATTERNS, findFullDates(text));
  return found.sort((a, b) => a.start - b.start || b.end - a.end)[0] ?? null;
}

const PUBLICATION_LINE = /^[ \t]*(?:first |originally )?(published|posted|last updated|updated|last modified|modified|date(?:[ _]?time)?|dated|filed|released)\b(?:\s+on\b)?[:\s|-]*/i;
// What may stand beside the date on a line that is nothing but a date: a weekday before it, a clock time and a
// time zone after it ("Dec. 31, 2017 3:02 p.m. ET", "Sunday 31 December 2017 14.22 GMT").
const WEEKDAY_BEFORE = /^[\s,.|-]*(?:(?:Sun|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat)(?:day|nesday|urday|sday)?\.?)?[\s,.|-]*$/i;
const TIME_AFTER = /^[\s,.|-]*(?:(?:at\s+)?\d{1,2}(?:[:.]\d{2}){0,2}\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,5}\)?)?\s*(?:[+-]\d{1,2}(?::?\d{2})?)?)?[\s,.|)-]*$/i;

function isOnlyDate(text: string, found: Found): boolean {
  return WEEKDAY_BEFORE.test(text.slice(0, found.start)) && TIME_AFTER.test(text.slice(found.end));
}

/**
 * The publication date of an article: the first Published/Posted line within the first lines of the text, else
 * an Updated line, else a line near the top that is nothing but a full date ("Friday, July 21, 2017",
 * "10/27/89"). A line that gives no calendar date ("Updated 1 hour ago") is no publication date: the text does not
 * say when "now" was.
 */
export function findPublication(folded: string, lines: TextSpan[]): { iso: string; span: TextSpan } | null {
  const head = lines.slice(0, 15);
  let fallback: { iso: string; span: TextSpan } | null = null;
  for (const line of head) {
    const label = PUBLICATION_LINE.exec(line.text);
    const rest = label ? line.text.slice(label[0].length) : line.text;
    const found = label ? dateOnLine(rest) : findFullDate(rest) ?? dateOnLine(rest);
    if (!found) continue;
    const offset = label ? label[0].length : 0;
    const span = {
      start: line.start + offset + found.start,
      end: line.start + offset + found.end,
      text: folded.slice(line.start + offset + found.start, line.start + offset + found.end),
    };
    const result = { iso: isoDay(found.date), span };
    if (label && !/updated|modified/i.test(label[1])) return result;
    const isBareDateLine = !label && (isOnlyDate(rest, found) || line.text.replace(/[\s,.]/g, '').length <= found.end - found.start + 10);
    if (!fallback && (label || isBareDateLine)) fallback = result;
  }
  return fallback;
}
