import { CASUALTY_PREDICATES } from '../claims/predicates';
import type { Claim } from '../claims/types';
import type { RuleContext } from './context';
import type { Finding, RuleId, Severity } from './types';

interface Placed {
  article: string;
  claim: Claim;
  actors: Set<string>;
  places: Set<string>;
}

type Relation = 'same' | 'subset' | 'overlap' | 'none';

const WARNING_PREDICATES = new Set([...CASUALTY_PREDICATES, 'members', 'passengers']);

function relation(a: Set<string>, b: Set<string>): Relation {
  if (a.size === 0 || b.size === 0) return 'none';
  const shared = [...a].filter((x) => b.has(x)).length;
  if (shared === 0) return 'none';
  if (shared === a.size && shared === b.size) return 'same';
  if (shared === a.size || shared === b.size) return 'subset';
  return 'overlap';
}

const LABEL: Record<string, string> = {
  meeting: 'Meeting count', visit: 'Visit count', deaths: 'Death toll', injured: 'Number injured', members: 'Number of members',
  arrests: 'Number of arrests', missing: 'Number missing', passengers: 'Number of passengers',
};

export function claimLabel(kind: Claim['kind'], predicate: string): string {
  if (kind === 'date') return `Date of the ${predicate}`;
  return LABEL[predicate] ?? `Figure for “${predicate}”`;
}

/** Which claims of the corpus agree with another article and which disagree, by predicate and subjects. */
export interface Agreement {
  disputed: Set<string>;
  corroborated: Set<string>;
}

export const claimKey = (article: string, claim: Claim): string => `${article}\u0000${claim.start}`;

/**
 * Compares claims of one kind across articles. Two claims are about the same thing when their predicates match and
 * their subjects (the canonical people and organisations of their sentences; for tolls, also places) are the same;
 * when one subject set only contains the other, the claim with the wider subject may count other things, so a
 * difference is information at most. Values conflict when the ranges their qualifiers allow do not meet.
 */
export function compareClaims(ctx: RuleContext, kind: Claim['kind'], rule: RuleId, agreement: Agreement): Finding[] {
  const groups = new Map<string, Placed[]>();
  for (const article of ctx.corpus.ids()) {
    const analysis = ctx.corpus.get(article)!;
    for (const claim of analysis.claims) {
      if (claim.kind !== kind) continue;
      const actors = new Set<string>();
      const places = new Set<string>();
      for (const start of claim.subjects) {
        const entity = ctx.entityAt(article, start);
        if (!entity) continue;
        (entity.kind === 'place' ? places : actors).add(entity.id);
      }
      const list = groups.get(claim.predicate) ?? [];
      list.push({ article, claim, actors, places });
      groups.set(claim.predicate, list);
    }
  }
  // An article that itself gives several values for one predicate and subject (yards of different plays, girls
  // freed and girls kidnapped) is counting several things; its claims of that kind are not compared.
  const ambiguous = new Set<string>();
  // Tolls are kept apart by where they happened; other predicates count as one per article.
  const ambiguityKey = (p: Placed, predicate: string) =>
    `${p.article}\u0000${predicate}\u0000${CASUALTY_PREDICATES.has(predicate) ? [...p.actors, ...p.places].sort().join(',') : ''}`;
  for (const [predicate, list] of groups) {
    const values = new Map<string, Set<string>>();
    for (const p of list) {
      const key = ambiguityKey(p, predicate);
      const set = values.get(key) ?? new Set<string>();
      set.add(`${p.claim.low}-${p.claim.high}`);
      values.set(key, set);
    }
    for (const [key, set] of values) if (set.size > 1) ambiguous.add(key);
  }
  const isAmbiguous = (p: Placed, predicate: string) => ambiguous.has(ambiguityKey(p, predicate));
  const conflicts = new Map<string, { placed: Placed; others: Array<{ other: Placed; severity: Severity; note: string }> }>();
  const published = (article: string) => ctx.corpus.summary(article).published;
  for (const [predicate, list] of groups) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (a.article === b.article || isAmbiguous(a, predicate) || isAmbiguous(b, predicate)) continue;
        let subjects = relation(a.actors, b.actors);
        if (subjects === 'none' && CASUALTY_PREDICATES.has(predicate)) subjects = relation(a.places, b.places);
        // Only claims about the very same subjects are compared: a wider subject ("a summit with any prime
        // minister") may count other things, and two sentences that merely share a name may be about anything.
        // Tolls of one place are comparable even when one sentence names more around it ("Las Vegas, Nevada").
        if (subjects !== 'same' && !(subjects === 'subset' && CASUALTY_PREDICATES.has(predicate))) continue;
        const compatible = a.claim.low <= b.claim.high && b.claim.low <= a.claim.high;
        if (compatible) {
          if (subjects === 'same') {
            agreement.corroborated.add(claimKey(a.article, a.claim));
            agreement.corroborated.add(claimKey(b.article, b.claim));
          }
          continue;
        }
        // Counts of meetings, members and casualties are the facts stories repeat; other measures (points, laps,
        // yards) are more often different measurements, so they are information.
        let severity: Severity = kind !== 'figure' || WARNING_PREDICATES.has(predicate) ? 'warning' : 'information';
        let note = severity === 'warning' ? '' : ' (possibly a different measurement)';
        if (CASUALTY_PREDICATES.has(predicate)) {
          // A toll that rises in a later report is news, not a contradiction.
          const [earlier, later] = (published(a.article) ?? '') <= (published(b.article) ?? '') ? [a, b] : [b, a];
          if (published(a.article) && published(b.article) && published(a.article) !== published(b.article) && later.claim.low >= earlier.claim.high) {
            severity = 'information';
            note = ` (the later report, ${published(later.article)}, gives the higher figure)`;
          }
        }
        if (severity === 'warning') {
          agreement.disputed.add(claimKey(a.article, a.claim));
          agreement.disputed.add(claimKey(b.article, b.claim));
        }
        for (const [self, other] of [[a, b], [b, a]] as const) {
          const key = claimKey(self.article, self.claim);
          const entry = conflicts.get(key) ?? { placed: self, others: [] };
          entry.others.push({ other, severity, note });
          conflicts.set(key, entry);
        }
      }
    }
  }
  const findings: Finding[] = [];
  for (const { placed, others } of conflicts.values()) {
    const severity: Severity = others.some((o) => o.severity === 'warning') ? 'warning' : 'information';
    // The nearest differing value first: the likeliest to be the same quantity.
    const middle = (c: Claim) => (Number.isFinite(c.high) ? (c.low + c.high) / 2 : c.low);
    const shown = others
      .filter((o) => o.severity === severity)
      .sort((x, y) => Math.abs(middle(x.other.claim) - middle(placed.claim)) - Math.abs(middle(y.other.claim) - middle(placed.claim)));
    const first = shown[0];
    const more = shown.length > 1 ? `, and ${shown.length - 1} more article${shown.length === 2 ? '' : 's'} differ` : '';
    findings.push({
      rule,
      severity,
      article: placed.article,
      start: placed.claim.start,
      end: placed.claim.end,
      message: `${claimLabel(kind, placed.claim.predicate)} differs: this article says “${placed.claim.phrase}”; ${ctx.label(first.other.article)} says “${first.other.claim.phrase}”${first.note}${more}`,
      related: shown.map(({ other }) => ({
        article: other.article,
        start: other.claim.start,
        end: other.claim.end,
        message: `${ctx.label(other.article)} says “${other.claim.phrase}”`,
      })),
    });
  }
  return findings;
}
