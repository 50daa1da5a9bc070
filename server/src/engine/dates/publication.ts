import type { TextSpan } from '../types';
import { isoDay, isValidDate, monthNumber, type YMD } from './calendar';

/**
 * Reads an absolute calendar date written out in full, as found on publication lines and datelines:
 * "3 Mar. 2025", "March. 3, 2025", "Mar 3 2025", "2017-10-03T00:00:00", "Friday, July 21, 2017".
 * Returns the date and where it stands in `text`, or null.
 */
const FULL_DATE_PATTERNS: Array<[RegExp, (m: RegExpExecArray) => YMD]> = [
  [/\b(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?/g, (m) => ({ year: +m[1], month: +m[2], day: +m[3] })],
  [
    /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/g,
    (m) => ({ year: +m[3], month: monthNumber(m[2]), day: +m[1] }),
  ],
  [
    /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/g,
    (m) => ({ year: +m[3], month: monthNumber(m[1]), day: +m[2] }),
  ],
];

/** Every full calendar date (day, month and year written out) in `text`, in pattern order. */
export function findFullDates(text: string): Array<{ date: YMD; start: number; end: number }> {
  const found: Array<{ date: YMD; start: number; end: number }> = [];
  for (const [pattern, read] of FULL_DATE_PATTERNS) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      const date = read(match);
      if (date.month > 0 && isValidDate(date)) found.push({ date, start: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}

export function findFullDate(text: string): { date: YMD; start: number; end: number } | null {
  return findFullDates(text)[0] ?? null;
}

const PUBLICATION_LINE = /^[ \t]*(first published|published|posted|last updated|updated|date)\b[:\s]*/i;

/**
 * The publication date of an article: the first Published/Posted line within the first lines of the text, else
 * an Updated line, else a line near the top that is nothing but a full date ("Friday, July 21, 2017").
 */
export function findPublication(folded: string, lines: TextSpan[]): { iso: string; span: TextSpan } | null {
  const head = lines.slice(0, 15);
  let fallback: { iso: string; span: TextSpan } | null = null;
  for (const line of head) {
    const label = PUBLICATION_LINE.exec(line.text);
    const found = findFullDate(label ? line.text.slice(label[0].length) : line.text);
    if (!found) continue;
    const offset = label ? label[0].length : 0;
    const span = {
      start: line.start + offset + found.start,
      end: line.start + offset + found.end,
      text: folded.slice(line.start + offset + found.start, line.start + offset + found.end),
    };
    const result = { iso: isoDay(found.date), span };
    if (label && !/updated/i.test(label[1])) return result;
    const isBareDateLine = !label && line.text.replace(/[\s,.]/g, '').length <= found.end - found.start + 10;
    if (!fallback && (label || isBareDateLine)) fallback = result;
  }
  return fallback;
}
