/** Calendar arithmetic on plain {year, month, day} values in UTC, so that results never depend on the host zone. */

export interface YMD {
  year: number;
  month: number; // 1–12
  day: number;
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** Month number (1–12) for a full or abbreviated English month name, or 0. */
export function monthNumber(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return 0;
  if (lower === 'sept') return 9;
  const index = MONTHS.findIndex((name) => name === lower || (lower.length === 3 && name.startsWith(lower)));
  return index + 1;
}

export function weekdayIndex(word: string): number {
  const lower = word.toLowerCase();
  return WEEKDAYS.findIndex((name) => name.toLowerCase() === lower);
}

export function toUtc(date: YMD): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

export function fromUtc(date: Date): YMD {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: YMD, days: number): YMD {
  const utc = toUtc(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return fromUtc(utc);
}

export function weekdayOf(date: YMD): number {
  return toUtc(date).getUTCDay();
}

export function isValidDate(date: YMD): boolean {
  const back = fromUtc(toUtc(date));
  return back.year === date.year && back.month === date.month && back.day === date.day;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function isoDay(date: YMD): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function parseIsoDay(iso: string): YMD | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const date = { year: +match[1], month: +match[2], day: +match[3] };
  return isValidDate(date) ? date : null;
}

/** Months from a to b (positive when b is later). */
export function monthDistance(a: { year: number; month: number }, b: { year: number; month: number }): number {
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** Days since 1970-01-01 of an ISO day (YYYY-MM-DD…); NaN when it is missing or malformed. */
export function dayNumber(iso: string | null | undefined): number {
  return iso ? Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000) : NaN;
}
