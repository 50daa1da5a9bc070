import type { DateMention, Span } from '../types';
import { isoDay, parseIsoDay, type YMD } from './calendar';
import { findAnaphors, resolveAnaphors } from './anaphora';
import { findChronoDates } from './chronoDates';
import type { DateContext } from './context';
import { findNamedPeriods } from './namedPeriods';
import { findOccasions } from './occasions';
import { findFullDates } from './publication';
import { findAmounts } from './relativeAmounts';
import { findYearRanges, findYears } from './years';

/**
 * Without a publication line, the latest full date written in the article (day, month and year) stands in as the
 * reference for dates that omit the year: an article is written on or after the days it names in full.
 */
function latestFullDate(folded: string): YMD | null {
  let latest: YMD | null = null;
  for (const { date } of findFullDates(folded)) if (!latest || isoDay(date) > isoDay(latest)) latest = date;
  return latest;
}

/**
 * Date mentions of an article, resolved against its publication date (`published`, ISO, or null when unknown:
 * relative dates then get a null value). The finders run from the most specific to the most general, each claiming
 * its spans: amounts of time ("two years ago"; periods such as "the past two years" are claimed and dropped),
 * anaphoric days and years (resolved last, from the dates before them), year ranges and decades, named periods
 * ("last May", "next spring", "this fiscal year", "the end of the year"), then chrono-node, then bare years, then
 * occasions set beside a day ("Opening night, January 23, 2014").
 */
export function findDates(original: string, folded: string, sentences: Span[], published: string | null): DateMention[] {
  const reference = published ? parseIsoDay(published) : latestFullDate(folded);
  const context: DateContext = { folded, original, sentences, reference };
  const taken: Span[] = [];
  const dates: DateMention[] = [];
  const claim = (found: DateMention[]) => {
    dates.push(...found);
    taken.push(...found);
  };
  const amounts = findAmounts(context, taken);
  claim(amounts.dates);
  taken.push(...amounts.blocked);
  const anaphors = findAnaphors(context, taken);
  taken.push(...anaphors);
  claim(findYearRanges(context, taken));
  claim(findNamedPeriods(context, taken));
  claim(findChronoDates(context, taken));
  claim(findYears(context, taken));
  claim(findOccasions(context, dates, taken));
  dates.sort((a, b) => a.start - b.start);
  dates.push(...resolveAnaphors(context, anaphors, dates));
  return dates.sort((a, b) => a.start - b.start);
}
