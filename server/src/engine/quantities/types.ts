/**
 * What a number in an article measures. Values of one dimension are comparable once converted to its base unit:
 * metres, kilograms, km/h, seconds, years of age, minutes of the day, days since 1970, a currency's own unit.
 */
export type Dimension =
  | 'count' | 'ordinal' | 'money' | 'percent' | 'duration' | 'length' | 'weight' | 'speed' | 'age' | 'time' | 'date';

/**
 * One number an article states, as a record that can be aligned with the numbers of other articles: its value as
 * an interval in the dimension's base unit (ends open or closed, as the qualifier says), the noun it measures, the
 * word that governs it, its clause's entities and content words. Pure per-article data.
 */
export interface Quantity {
  /** The span findings point at: the number (or date, or time) as written, with its qualifier. */
  start: number;
  end: number;
  /** The words that state it, for messages: "at least 31 people killed", "12-ton lorry". */
  phrase: string;
  dimension: Dimension;
  /** Currency for money ("USD"); null otherwise. Values of different currencies are never compared. */
  currency: string | null;
  /** Base-unit interval; ±Infinity for open-ended values ("more than 40"). */
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
  /** The value as written, for messages and hovers. */
  value: number | string;
  /** The measured noun's class ("deaths", "truck", "lap"), or null when the number stands alone. */
  head: string | null;
  /** The verb or noun that governs the number, stemmed ("kill", "fall", "weigh", "city"). */
  governor: string | null;
  /** Words that make it another quantity of the same noun: "initial", "total", "critical", "out of 71". */
  modifiers: string[];
  /** Starts of the entity mentions of its clause (not the source of an "according to" or "said" clause). */
  entities: number[];
  /** Stemmed content words of its sentence, for a context similarity weighted by rarity over the story. */
  context: string[];
  /** The day (days since 1970) its sentence is dated to, when the sentence names a date; else null. */
  anchor: number | null;
  /** Index of its sentence in the article. */
  sentence: number;
  /** Counts that grow as news comes in (the dead, injured, missing, arrested): a later, higher report is an update. */
  grows: boolean;
  /** True for a date or time written relative to the publication ("on Thursday", "last month"). */
  relative: boolean;
}
