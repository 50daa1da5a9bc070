export type ClaimKind = 'figure' | 'ordinal' | 'date';

/**
 * A statement one article makes: a number, an ordinal count or a date, tied to what it is about. Subjects are the
 * entity mentions of its sentence (starts in the article), or the article's main people when the sentence names
 * none ("their second meeting"); the corpus maps them to canonical entities when it compares claims.
 */
export interface Claim {
  kind: ClaimKind;
  /** The figure's or date's own span. */
  start: number;
  end: number;
  /** The words that state the claim, for messages: "third face-to-face encounter", "at least 50 people killed". */
  phrase: string;
  /** Normalised predicate class: "meeting", "deaths", "members", "prefectures" … */
  predicate: string;
  /** The value as written, and the range it allows once its qualifier is read ("at least 3" → [3, ∞)). */
  value: number | string;
  low: number;
  high: number;
  subjects: number[];
  subjectsFromContext: boolean;
}
