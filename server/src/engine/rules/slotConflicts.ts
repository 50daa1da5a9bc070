import { stem } from '../quantities/wording';
import type { Quantity } from '../quantities/types';
import { meet } from '../quantities/units';
import { alignSlots, conflicting, STRONG_ALIGNMENT, type AlignedPair, type Placed, type Slot } from '../slots/alignSlots';
import type { RuleContext } from './context';
import { MAX_LISTED_RELATED, MAX_RELATED, type Finding, type RuleId, type Severity } from './types';
import { wordTable } from '../text/table';
import { dayNumber } from '../dates/calendar';

/** Which quantities of the corpus agree with another article and which disagree. */
export interface Agreement {
  disputed: Set<string>;
  corroborated: Set<string>;
  /** Claim key → the articles whose aligned value agrees with it (for counting independent sources). */
  corroboratedBy?: Map<string, Set<string>>;
}

export const claimKey = (article: string, span: { start: number }): string => `${article}\u0000${span.start}`;

const RULE_OF: Record<Quantity['dimension'], RuleId> = {
  count: 'figure-conflict', money: 'figure-conflict', percent: 'figure-conflict', duration: 'figure-conflict',
  length: 'figure-conflict', weight: 'figure-conflict', speed: 'figure-conflict', age: 'figure-conflict',
  ordinal: 'ordinal-conflict', time: 'date-conflict', date: 'date-conflict',
};

const DIMENSION_LABEL: Record<Quantity['dimension'], string> = {
  count: 'Number', ordinal: 'Number', money: 'Amount', percent: 'Percentage', duration: 'Duration', length: 'Distance',
  weight: 'Weight', speed: 'Speed', age: 'Age', time: 'Time', date: 'Date',
};
const HEAD_LABEL: Record<string, string> = wordTable({ die: 'Death toll', injure: 'Number injured', meet: 'Meeting count', miss: 'Number missing', arrest: 'Number of arrests' });

/** What a slot is about, for messages: "Death toll", "Weight (“12-ton lorry”)", "Meeting count". */
export function slotLabel(q: Quantity): string {
  if ((q.dimension === 'count' || q.dimension === 'ordinal') && q.head && HEAD_LABEL[q.head]) return HEAD_LABEL[q.head];
  return DIMENSION_LABEL[q.dimension];
}

/**
 * The mention that states an article's value best: the first statement of the same value about the same noun in
 * the body (the headline only when the body never states it).
 */
function clearest(ctx: RuleContext, members: Placed[]): Placed {
  const article = members[0].article;
  const analysis = ctx.corpus.get(article);
  const headlineEnd = analysis?.meta.headline?.end ?? 0;
  const [aligned] = [...members].sort((x, y) => Number(x.quantity.start < headlineEnd) - Number(y.quantity.start < headlineEnd) || x.quantity.start - y.quantity.start);
  const q = aligned.quantity;
  const first = analysis?.quantities.find((other) => other.start >= headlineEnd && other.dimension === q.dimension && other.head === q.head &&
    other.low === q.low && other.high === q.high && !ctx.isBoilerplate(article, other.start));
  return first && first.start < q.start ? { ...aligned, quantity: first } : aligned;
}

/**
 * Nouns an article numbers with several small ordinals ("the first half … the second half"): it enumerates parts,
 * and none of those ordinals is a claim about one thing.
 */
function enumeratedHeads(quantities: Quantity[]): Set<string> {
  const values = new Map<string, Set<number>>();
  for (const q of quantities) {
    if (q.dimension !== 'ordinal' || !q.head || q.high > 4) continue;
    const set = values.get(q.head) ?? new Set<number>();
    set.add(q.low);
    values.set(q.head, set);
  }
  return new Set([...values].filter(([, set]) => set.size > 1).map(([head]) => head).concat(SEGMENTS));
}

// Nouns for the parts of a whole: "the second phase" names a part of a plan or an event, not a count of events, and
// two articles that name different parts are usually speaking of different parts.
const SEGMENTS = ['part', 'phase', 'stage', 'step', 'half', 'quarter', 'section', 'chapter', 'episode', 'segment', 'leg'].map(stem);

interface Conflict {
  other: Placed;
  pair: AlignedPair;
  severity: Severity;
  note: string;
}

/**
 * Figure, ordinal and date conflicts, from slots: within each story, quantities are aligned into slots (see
 * slots/alignSlots.ts), and two aligned quantities whose values cannot both be right disagree. A growing count
 * (the dead, injured, missing or arrested) that is higher in a later report is an update (information) with both publication
 * dates. Each article gets one finding per slot, on its clearest mention, naming each other source once.
 */
export function slotConflicts(ctx: RuleContext, agreement: Agreement): Finding[] {
  const byStory = new Map<string, string[]>();
  for (const article of ctx.articles) {
    const story = ctx.story(article);
    const members = byStory.get(story);
    if (members) members.push(article);
    else byStory.set(story, [article]);
  }
  const published = (article: string) => ctx.corpus.summary(article).published;
  const findings: Finding[] = [];
  for (const members of byStory.values()) {
    for (const slot of alignSlots(placeQuantities(ctx, members))) findings.push(...slotFindings(ctx, slot, agreement, published));
  }
  return findings;
}

/**
 * The quantities of the given articles (one story's) as slot alignment reads them: outside boilerplate, lists of
 * enumerated ordinals left out, with their clauses' entities as canonical ids. The claims view places a story the
 * same way, so that its rows are the slots the rules compare.
 */
export function placeQuantities(ctx: RuleContext, articles: readonly string[]): Placed[] {
  const placed: Placed[] = [];
  for (const article of articles) {
    const analysis = ctx.corpus.get(article);
    if (!analysis) continue;
    const published = analysis.meta.published ? dayNumber(analysis.meta.published) : null;
    const enumerated = enumeratedHeads(analysis.quantities);
    for (const quantity of analysis.quantities) {
      if (ctx.isBoilerplate(article, quantity.start) || (quantity.dimension === 'ordinal' && enumerated.has(quantity.head ?? ''))) continue;
      const entities = quantity.entities.map((start) => ctx.entityAt(article, start)).filter((e) => e !== undefined);
      const entityIds = [...new Set(entities.map((e) => e.id))];
      const actorIds = [...new Set(entities.filter((e) => e.kind === 'person' || e.kind === 'organization').map((e) => e.id))];
      placed.push({ article, quantity, entityIds, actorIds, published });
    }
  }
  return placed;
}

// Two reports further apart than this may measure the same thing at two times.
const MAX_REPORT_GAP_DAYS = 14;

/**
 * True when `article` states a value that agrees with `quantity`, of the same dimension and noun (for a date, the
 * same event verb), outside boilerplate.
 */
function statesAlso(ctx: RuleContext, article: string, quantity: Quantity): boolean {
  const analysis = ctx.corpus.get(article);
  if (!analysis) return false;
  return analysis.quantities.some((own) => own.dimension === quantity.dimension && own.currency === quantity.currency &&
    own.head === quantity.head && (quantity.dimension !== 'date' || own.governor === quantity.governor) && meet(own, quantity) &&
    !ctx.isBoilerplate(article, own.start));
}

/**
 * The number of articles in a slot when no value is given by at least half of them, else 0. Reports of one fact
 * mostly agree and the odd one out is the finding; when three or more articles scatter over values with no majority
 * they are measuring different things (monthly figures, one company's results and another's) that alignment took for
 * one slot, or the fact is genuinely unsettled — either way no single value is the one to warn against.
 */
function valuesWithoutMajority(slot: Slot): number {
  const articles = new Set(slot.members.map((member) => member.article));
  if (articles.size < MIN_SOURCES_FOR_MAJORITY) return 0;
  let largest = 0;
  for (const member of slot.members) {
    const agreeing = new Set(slot.members.filter((other) => meet(other.quantity, member.quantity)).map((other) => other.article));
    largest = Math.max(largest, agreeing.size);
  }
  return 2 * largest >= articles.size ? 0 : articles.size;
}

// With fewer articles than this, two differing values are a plain disagreement.
const MIN_SOURCES_FOR_MAJORITY = 3;

function slotFindings(ctx: RuleContext, slot: Slot, agreement: Agreement, published: (article: string) => string | null): Finding[] {
  const conflicts = new Map<string, Conflict[]>();
  const scattered = valuesWithoutMajority(slot);
  for (const pair of slot.pairs) {
    if (!conflicting(pair)) {
      agreement.corroborated.add(claimKey(pair.a.article, pair.a.quantity));
      agreement.corroborated.add(claimKey(pair.b.article, pair.b.quantity));
      const by = (agreement.corroboratedBy ??= new Map());
      for (const [self, other] of [[pair.a, pair.b], [pair.b, pair.a]] as const) {
        const key = claimKey(self.article, self.quantity);
        by.set(key, (by.get(key) ?? new Set<string>()).add(other.article));
      }
      continue;
    }
    let severity: Severity = pair.score >= STRONG_ALIGNMENT && pair.supported ? 'warning' : 'information';
    let note = severity === 'warning' ? '' : ' (possibly another measurement)';
    // An article that itself states the other's value too ("a $35 offer … a $40 offer from a rival") is most often
    // telling of two things; the difference is shown, but not as a warning.
    if (statesAlso(ctx, pair.a.article, pair.b.quantity) || statesAlso(ctx, pair.b.article, pair.a.quantity)) {
      severity = 'information';
      note = ' (one of the articles also gives the other value)';
    }
    if (scattered > 0) {
      severity = 'information';
      note = ` (no value is given by most of the ${scattered} sources)`;
    }
    // "last week" in two articles published days apart: a vague relative date is resolved against each one's own day.
    const vague = (q: Quantity) => q.dimension === 'date' && q.relative && q.high - q.low >= 6;
    if (vague(pair.a.quantity) || vague(pair.b.quantity)) {
      severity = 'information';
      note = ' (a relative date, resolved against each article’s publication day)';
    }
    const [pa, pb] = [published(pair.a.article), published(pair.b.article)];
    // Reports weeks apart measure again (a weekly figure, the next quarter, a toll revised): the difference is
    // shown with the gap, but a warning needs two reports of one moment. A date is a fact about the past and keeps it.
    const apart = pair.a.published !== null && pair.b.published !== null ? Math.abs(pair.a.published - pair.b.published) : 0;
    if (severity === 'warning' && apart > MAX_REPORT_GAP_DAYS && pair.a.quantity.dimension !== 'date') {
      severity = 'information';
      note = ` (published ${apart} days apart)`;
    }
    if (pair.a.quantity.grows && pair.b.quantity.grows && pa && pb && pa.slice(0, 10) !== pb.slice(0, 10)) {
      const [earlier, later] = pa < pb ? [pair.a, pair.b] : [pair.b, pair.a];
      if (later.quantity.low >= earlier.quantity.high) {
        severity = 'information';
        note = ` (an update: ${published(earlier.article)} → ${published(later.article)})`;
      }
    }
    if (severity === 'warning') {
      agreement.disputed.add(claimKey(pair.a.article, pair.a.quantity));
      agreement.disputed.add(claimKey(pair.b.article, pair.b.quantity));
    }
    for (const [self, other] of [[pair.a, pair.b], [pair.b, pair.a]] as const) {
      const list = conflicts.get(self.article) ?? [];
      list.push({ other, pair, severity, note });
      conflicts.set(self.article, list);
    }
  }
  const findings: Finding[] = [];
  for (const [article, list] of conflicts) {
    const own = slot.members.filter((m) => m.article === article && list.some((c) => c.pair.a === m || c.pair.b === m));
    const self = clearest(ctx, own);
    const severity: Severity = list.some((c) => c.severity === 'warning') ? 'warning' : 'information';
    // Each other source once, with its clearest conflicting mention; the strongest alignment first.
    const bySource = new Map<string, Conflict>();
    for (const conflict of [...list].sort((x, y) => y.pair.score - x.pair.score)) {
      if (!bySource.has(conflict.other.article)) bySource.set(conflict.other.article, conflict);
    }
    const others = [...bySource.values()].map((c) => ({ ...c, other: clearest(ctx, [c.other]) }));
    const first = others[0];
    const more = others.length > 1 ? `, and ${others.length - 1} more source${others.length === 2 ? '' : 's'} differ${others.length === 2 ? 's' : ''}` : '';
    const rule = RULE_OF[self.quantity.dimension];
    const relatedOf = (chosen: Array<(typeof others)[number]['other']>) => chosen.map((other) => ({
      article: other.article,
      start: other.quantity.start,
      end: other.quantity.end,
      message: `${ctx.label(other.article)} says “${other.quantity.phrase}”`,
    }));
    findings.push({
      rule,
      severity,
      article,
      start: self.quantity.start,
      end: self.quantity.end,
      message: `${slotLabel(self.quantity)} differs: this article says “${self.quantity.phrase}”; ${ctx.label(first.other.article)} says “${first.other.quantity.phrase}”${first.note}${more}`,
      related: relatedOf(others.slice(0, MAX_RELATED).map((o) => o.other)),
      ...(others.length > MAX_RELATED ? { relatedTotal: others.length, allRelated: listRelated(others.slice(0, MAX_LISTED_RELATED).map((o) => o.other), relatedOf) } : {}),
    });
  }
  return findings;
}

/** The related spans of a long list, built only when asked; holds references to the sources' claims, not copies. */
function listRelated<T, R>(claims: T[], build: (claims: T[]) => R[]): () => R[] {
  return () => build(claims);
}
