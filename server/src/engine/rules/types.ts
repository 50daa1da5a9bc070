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
  related: RelatedSpan[];
  fix?: FindingFix;
}

export const SEVERITY_ORDER: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };
