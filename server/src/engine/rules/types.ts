import type { Span } from '../types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const RULE_IDS = ['figure-conflict', 'ordinal-conflict', 'date-conflict', 'weekday-mismatch', 'name-variant', 'role-conflict', 'single-source'] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface RelatedSpan extends Span {
  article: string;
  message: string;
}

/** A suggested edit of the finding's own span, offered as a quick fix. */
export interface FindingFix {
  title: string;
  replacement: string;
  /** Every span the fix replaces (the finding's own span and the same word elsewhere in the article). */
  spans: Span[];
}

export interface Finding extends Span {
  rule: RuleId;
  severity: Severity;
  article: string;
  message: string;
  /** The first MAX_RELATED related spans, strongest first. */
  related: RelatedSpan[];
  /** How many related spans there are in all, when more than `related` holds. */
  relatedTotal?: number;
  /** The related spans (up to MAX_LISTED_RELATED), computed when asked by the "list related sources" command. */
  allRelated?: () => RelatedSpan[];
  fix?: FindingFix;
  /** The fact-checker's decision recorded in crosscheck.json (a dismissed finding is not reported at all). */
  decision?: { kind: 'confirmed' | 'noted'; note?: string };
}

/**
 * Related spans kept on a finding. Three thousand articles that disagree on one count made one finding each with
 * 2,999 related spans (five million objects, 1.6 GB); a finding keeps this many, says how many more there are, and
 * lists the rest on request.
 */
export const MAX_RELATED = 20;
/** At most this many related spans are listed on request (a bound on what a finding holds: references, no text). */
export const MAX_LISTED_RELATED = 500;

export const SEVERITY_ORDER: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };
