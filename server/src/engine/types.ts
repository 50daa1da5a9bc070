/**
 * Plain data returned by the engine. Every offset is a UTF-16 index into the original text, end exclusive.
 */

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type EntityKind = 'person' | 'organization' | 'place' | 'other';

export interface EntityMention extends TextSpan {
  kind: EntityKind;
  /** Matching key of the entity inside this article (folded full name), shared by its short forms. */
  key: string;
  /** The fullest form of the name seen in this article, e.g. "Jane Q. Doe" for a mention "Doe". */
  canonical: string;
  /** Titles or roles written before the name anywhere in the article, e.g. "Prime Minister". */
  titles: string[];
  /** Short reasons for the classification, shown in hovers and useful when tuning rules. */
  evidence: string[];
  /**
   * The noun phrase the name heads, as it would be quoted: with a title written before a person's name, the article
   * of a name that takes one and a trailing possessive ("the Kessa Republic's" for the mention "Kessa Republic").
   */
  phrase: Span;
}

export type DateGranularity = 'year' | 'month' | 'day' | 'range';

export interface DateMention extends TextSpan {
  /** ISO value at the mention's own granularity: "2026", "2026-01", "2026-01-14" or "2026-01-13/2026-01-14". */
  value: string | null;
  /** Null for a vague date ("several years ago"), which has no value at any granularity. */
  granularity: DateGranularity | null;
  /** A weekday named in the mention ("Tuesday"), kept so that a mismatch with the date can be found later. */
  statedWeekday: string | null;
  /** True when the value was resolved against the publication date rather than written out in full. */
  relative: boolean;
  /** A modifier such as "late", "early" or "mid" that narrows a month or year. */
  part: string | null;
}

export type FigureKind = 'cardinal' | 'ordinal' | 'money' | 'percent' | 'duration';

export interface FigureMention extends TextSpan {
  value: number;
  kind: FigureKind;
  /** The head noun or unit the number counts ("prefectures", "face-to-face encounter", "USD", "months"). */
  unit: string | null;
  /** A hedge in front of the number: "about", "at least", "more than", "nearly", "up to" … */
  qualifier: string | null;
}

export interface ArticleMeta {
  headline: TextSpan | null;
  dateline: TextSpan | null;
  /** Publication date as ISO YYYY-MM-DD, from a Published/Posted/Updated line when present. */
  published: string | null;
  publishedSpan: TextSpan | null;
  /** The outlet named on a "Source:" line or after a byline's bar ("thesun.co.uk", "The Daily Example"), or null. */
  source: string | null;
  sourceSpan: TextSpan | null;
}

import type { NameCandidate } from './names/types';
import type { Quantity } from './quantities/types';
import type { RoleMention } from './roles/readRoles';
import type { Attribution } from './workbench/attribution';

export interface ArticleAnalysis {
  /** Length of the analysed text in UTF-16 units, and the offsets at which its lines start. */
  length: number;
  lineStarts: number[];
  meta: ArticleMeta;
  sentences: Span[];
  entities: EntityMention[];
  dates: DateMention[];
  figures: FigureMention[];
  /** Every comparable number, date and time as a record of what it measures, for alignment across articles. */
  quantities: Quantity[];
  /** Every capitalised run read as a name, with its comparable words and context, for spelling variants. */
  names: NameCandidate[];
  /** Offices the article gives its people, from titles before a name and appositives after it. */
  roles: RoleMention[];
  /** Lines that are page furniture, not story (navigation, link lists, credits), sorted and disjoint. */
  boilerplate: Span[];
  /** Fingerprints of the article's lines, for finding lines an outlet repeats across its articles. */
  lineFingerprints: LineFingerprint[];
  /** Content words (stemmed, lower case) with their counts, for grouping articles into stories. */
  words: Record<string, number>;
  /** A news agency the article credits ("AP" in "KESSA (AP) —", "— Velora Press Agency"), or null. */
  credit: TextSpan | null;
  /** Sampled hashes of its five-word shingles, sorted: articles whose signatures overlap copy one text. */
  copySignature: number[];
  /** Who its sentences attribute what they say to ("police said", "according to the ministry"), by offset. */
  attributions: Attribution[];
}

export interface LineFingerprint extends Span {
  hash: string;
  /** The line's content words (stems), as counted in `words`. */
  words: string[];
}
