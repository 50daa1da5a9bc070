import type { Span } from '../types';
import { wordTable } from '../text/table';

export interface ClockTime extends Span {
  /** Minutes after midnight. */
  minutes: number;
  /** Offset of the written time zone from UTC in minutes, or null when none is written. */
  zone: number | null;
  qualifier: string | null;
}

// Offsets of the time zones news writes most; an ambiguous "ET" is taken as standard time.
const ZONES: Record<string, number> = wordTable({
  gmt: 0, utc: 0, z: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180, ist: 330, cst: -360, cdt: -300,
  est: -300, edt: -240, et: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, pt: -480, ct: -360, jst: 540, kst: 540,
  aest: 600, aedt: 660, hkt: 480,
});
const ZONE_SOURCE = `(?:\\s*\\(?\\s*(${Object.keys(ZONES).join('|')})\\b\\)?)?`;
const QUALIFIER_SOURCE = '(?:(about|around|approximately|roughly|shortly before|shortly after|just before|just after|before|after|by|until)\\s+)?(?:at\\s+)?';
const TWELVE_HOUR = new RegExp(`${QUALIFIER_SOURCE}(?<![\\d:.])(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?\\s?m\\b\\.?${ZONE_SOURCE}`, 'gi');
const TWENTY_FOUR_HOUR = new RegExp(`${QUALIFIER_SOURCE}(?<![\\d:.,$£€])([01]?\\d|2[0-3])[:h]([0-5]\\d)(?![\\d:]|\\s*[ap]\\.?\\s?m\\b)${ZONE_SOURCE}`, 'gi');
const NAMED = new RegExp(`${QUALIFIER_SOURCE}\\b(noon|midday|midnight)\\b${ZONE_SOURCE}`, 'gi');
// What every match of each pattern contains, found without the optional qualifier the full patterns open with, which
// they try at every position of the text: most articles name no clock time, and then the full patterns never run.
const TWELVE_HOUR_CORE = /\d\s*[ap]\.?\s?m\b/i;
const TWENTY_FOUR_HOUR_CORE = /\d[:h][0-5]\d/i;
const NAMED_CORE = /\b(?:noon|midday|midnight)\b/i;

/**
 * Clock times of a text: "9:15 p.m.", "8.30pm", "07:45", "19:45 GMT", "midnight", with a qualifier ("around",
 * "shortly before") and a time zone when written. Linear in the text: three global patterns, one pass each.
 */
export function findClockTimes(folded: string): ClockTime[] {
  const times: ClockTime[] = [];
  const push = (match: RegExpMatchArray, minutes: number, zoneWord: string | undefined, qualifier: string | undefined) => {
    // The span is the time itself; the qualifier and "at" before it are read, not pointed at.
    const start = match.index! + match[0].search(/\d|noon|midday|midnight/i);
    times.push({ start, end: match.index! + match[0].trimEnd().length, minutes, zone: zoneWord ? ZONES[zoneWord.toLowerCase()] ?? null : null, qualifier: qualifier?.toLowerCase() ?? null });
  };
  for (const match of TWELVE_HOUR_CORE.test(folded) ? folded.matchAll(TWELVE_HOUR) : []) {
    const hour = Number(match[2]);
    const minute = Number(match[3] ?? 0);
    if (hour < 1 || hour > 12 || minute > 59) continue;
    const minutes = ((hour % 12) + (match[4].toLowerCase() === 'p' ? 12 : 0)) * 60 + minute;
    push(match, minutes, match[5], match[1]);
  }
  for (const match of TWENTY_FOUR_HOUR_CORE.test(folded) ? folded.matchAll(TWENTY_FOUR_HOUR) : []) {
    push(match, Number(match[2]) * 60 + Number(match[3]), match[4], match[1]);
  }
  for (const match of NAMED_CORE.test(folded) ? folded.matchAll(NAMED) : []) {
    push(match, match[2].toLowerCase() === 'midnight' ? 0 : 720, match[3], match[1]);
  }
  return times.sort((a, b) => a.start - b.start);
}
