import { parseIsoDay, weekdayOf, WEEKDAYS } from '../dates/calendar';
import type { DateMention } from '../types';
import type { RuleContext } from './context';
import type { Finding } from './types';

const WEEKDAY_ONLY = /^(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * A weekday that does not fit an explicit date in the same article: "Sunday, March 3, 2025" (a Monday), or
 * "on Sunday (March 3)". The date is resolved against the publication date where it omits the year.
 */
export function weekdayMismatch(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const article of ctx.articles) {
    const dates = ctx.corpus.get(article)!.dates;
    const pairs: Array<{ weekday: string; date: DateMention; at: DateMention }> = [];
    for (const date of dates) {
      // The weekday written inside a full date.
      if (date.statedWeekday && /\d/.test(date.text)) pairs.push({ weekday: date.statedWeekday, date, at: date });
    }
    for (let i = 0; i + 1 < dates.length; i++) {
      // A weekday and a date side by side: "Sunday (March 3)", "March 3, Sunday".
      const [first, second] = [dates[i], dates[i + 1]];
      if (second.start - first.end > 3) continue;
      const weekday = WEEKDAY_ONLY.exec(first.text) ? first : WEEKDAY_ONLY.exec(second.text) ? second : null;
      const date = weekday === first ? second : first;
      if (weekday && /\d/.test(date.text)) pairs.push({ weekday: WEEKDAY_ONLY.exec(weekday.text)![1], date, at: weekday });
    }
    for (const { weekday, date, at } of pairs) {
      const day = date.value && date.granularity === 'day' ? parseIsoDay(date.value) : null;
      if (!day) continue;
      const actual = WEEKDAYS[weekdayOf(day)];
      if (actual.toLowerCase() === weekday.toLowerCase()) continue;
      findings.push({
        rule: 'weekday-mismatch',
        severity: 'warning',
        article,
        start: at.start,
        end: at.end,
        message: `Weekday does not fit the date: “${weekday}” is written, but ${date.value} is a ${actual}`,
        related: [],
      });
    }
  }
  return findings;
}
