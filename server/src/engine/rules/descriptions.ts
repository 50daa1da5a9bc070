import type { RuleId, Severity } from './types';

/** What each rule checks, its default severity and whether it runs by default (documentation, SARIF, settings). */
export const RULE_DESCRIPTIONS: Record<RuleId, { short: string; severity: Severity; enabled: boolean }> = {
  'figure-conflict': { short: 'The same quantity is given incompatible values across articles.', severity: 'warning', enabled: true },
  'ordinal-conflict': { short: 'A count such as "the third meeting" disagrees across articles for the same subjects.', severity: 'warning', enabled: true },
  'date-conflict': { short: 'The same event is dated differently across articles.', severity: 'warning', enabled: true },
  'weekday-mismatch': { short: 'A weekday does not fit an explicit date in the same article.', severity: 'warning', enabled: true },
  'name-variant': { short: 'One referent is spelled differently across articles.', severity: 'warning', enabled: true },
  'role-conflict': { short: 'One person is given offices that exclude each other.', severity: 'warning', enabled: true },
  'single-source': { short: 'A figure that only one article states.', severity: 'information', enabled: false },
};
