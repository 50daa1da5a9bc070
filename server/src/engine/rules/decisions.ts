import type { DecisionEntry, DecisionKind } from '../config';
import type { Finding } from './types';

/** How a decision is named in a finding's message. */
const SAID: Record<Exclude<DecisionKind, 'dismissed'>, string> = { confirmed: 'confirmed as an error', noted: 'noted' };

/** What identifies a finding to a decision: its rule, its article's path as crosscheck.json names it, its text. */
export interface FindingKey {
  rule: string;
  file: string;
  text: string;
}

const keyString = (key: FindingKey): string => `${key.rule}\u0000${key.file}\u0000${key.text}`;

/**
 * Applies the fact-checker's decisions to findings: a dismissed finding is dropped, a confirmed or noted one stays
 * with the decision (and its note) in its message and in `decision`. A later entry for the same finding wins, as
 * the last edit of the file should. Linear in findings plus decisions.
 */
export function applyDecisions(findings: Finding[], decisions: readonly DecisionEntry[], keyOf: (finding: Finding) => FindingKey): Finding[] {
  if (decisions.length === 0) return findings;
  const byKey = new Map<string, DecisionEntry>();
  for (const entry of decisions) byKey.set(keyString(entry), entry);
  const kept: Finding[] = [];
  for (const finding of findings) {
    const entry = byKey.get(keyString(keyOf(finding)));
    if (!entry) kept.push(finding);
    else if (entry.decision !== 'dismissed') {
      const note = entry.note?.trim();
      kept.push({
        ...finding,
        message: `${finding.message} — ${SAID[entry.decision]}${note ? `: ${note}` : ''}`,
        decision: { kind: entry.decision, ...(note ? { note } : {}) },
      });
    }
  }
  return kept;
}
