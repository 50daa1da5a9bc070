import type { Quantity } from '../quantities/types';
import { meet } from '../quantities/units';
import { UnionFind } from '../corpus/unionFind';

/** A quantity of one article, with its clause's entities as canonical ids. */
export interface Placed {
  article: string;
  quantity: Quantity;
  entityIds: string[];
  /** The people and organisations among them: who did what, the subjects a count of events is between. */
  actorIds: string[];
  /** The article's publication day (days since 1970), when known. */
  published: number | null;
}

/** Two quantities of different articles aligned as statements of one fact, and how sure the alignment is. */
export interface AlignedPair {
  a: Placed;
  b: Placed;
  score: number;
  /** True when more than the noun and verb tie them: a shared entity or rare shared context words. */
  supported: boolean;
}

export interface Slot {
  members: Placed[];
  pairs: AlignedPair[];
}

/** The least score for two quantities to be taken as the same fact. */
export const ALIGN_THRESHOLD = 1.5;
/** Dates need more: every article is full of days, and a weak match of two of them is usually two events. */
export const DATE_ALIGN_THRESHOLD = 2;
/** A score at which the alignment is clear enough for a warning. */
export const STRONG_ALIGNMENT = 3.5;
// A story's bucket of one dimension larger than this is searched through head and governor keys only, so that
// alignment stays near-linear in the story's size.
const MAX_DIMENSION_BUCKET = 400;
// A noun or verb bucket larger than this (a story of thousands of articles that all count "people killed") is too
// common to align by; its quantities still meet through their other keys.
const MAX_KEY_BUCKET = 1500;

// Rarity is counted as if the story had this many more articles sharing none of its words: in a story of two
// articles a word both use is still rare news vocabulary, not a word every article uses.
const UNSEEN_ARTICLES = 10;

// Evidence that two quantities are one fact when each is the only quantity of its dimension in its article.
const SOLE_MEASURE = 1.5;
// Dimensions an article usually states few of; counts, ordinals and dates are too common for one to stand out.
const SOLE_DIMENSIONS = new Set<Quantity['dimension']>(['money', 'percent', 'duration', 'length', 'weight', 'speed', 'age', 'time']);

const middle = (q: Quantity): number => (Number.isFinite(q.high) ? (Number.isFinite(q.low) ? (q.low + q.high) / 2 : q.high) : q.low);

/** Whether two values are close enough to be readings of one quantity at all; far values measure other things. */
function plausible(a: Quantity, b: Quantity): boolean {
  const x = middle(a);
  const y = middle(b);
  const [small, large] = x <= y ? [x, y] : [y, x];
  switch (a.dimension) {
    case 'time':
      return true;
    case 'date':
      return large - small <= 800;
    case 'ordinal':
      return large - small <= Math.max(3, 0.3 * large);
    case 'age':
      return large - small <= Math.max(2, 0.3 * large);
    case 'count':
      return small > 0 ? large / small <= 3 : large <= 3;
    default:
      return small > 0 ? large / small <= 2.5 : false;
  }
}

/** Rarity weights of context words over the quantities of one story. */
function idfOf(placed: Placed[]): Map<string, number> {
  const articlesWith = new Map<string, Set<string>>();
  const articles = new Set<string>();
  for (const p of placed) {
    articles.add(p.article);
    for (const word of p.quantity.context) {
      const set = articlesWith.get(word) ?? new Set<string>();
      set.add(p.article);
      articlesWith.set(word, set);
    }
  }
  const idf = new Map<string, number>();
  for (const [word, set] of articlesWith) idf.set(word, Math.log((articles.size + UNSEEN_ARTICLES) / (set.size + 0.5)));
  return idf;
}

/** What scoring reads of one placed quantity, computed once per story rather than once per candidate pair. */
interface Features {
  placed: Placed;
  /** The squared rarity weight of each context word, in the context's order (repeated words counted again). */
  weights: Float64Array;
  norm: number;
  words: Set<string>;
  modifiers: Set<string>;
  /** The "group:" modifiers: the group a count is of ("6 German citizens"). */
  groups: string[];
}

function featuresOf(placed: Placed, idf: Map<string, number>): Features {
  const { context, modifiers } = placed.quantity;
  const weights = new Float64Array(context.length);
  let norm = 0;
  for (let k = 0; k < context.length; k++) {
    const weight = (idf.get(context[k]) ?? 0) ** 2;
    weights[k] = weight;
    norm += weight;
  }
  const modifierSet = new Set(modifiers);
  return { placed, weights, norm, words: new Set(context), modifiers: modifierSet, groups: [...modifierSet].filter((m) => m.startsWith('group:')) };
}

/** Cosine similarity of two contexts weighted by rarity (a context word repeated counts again). */
function cosine(a: Features, b: Features): number {
  if (!(a.norm > 0 && b.norm > 0)) return 0;
  const context = a.placed.quantity.context;
  let shared = 0;
  for (let k = 0; k < context.length; k++) if (b.words.has(context[k])) shared += a.weights[k];
  return shared / Math.sqrt(a.norm * b.norm);
}

/**
 * How likely two quantities state the same fact: same dimension and plausible values are required; the measured
 * noun, the governing word, shared entities and rare shared context words add evidence; different nouns or
 * modifiers ("initial" / "total", "critically injured") take it away.
 */
function alignmentScore(fa: Features, fb: Features, bothSole: boolean): number {
  const a = fa.placed;
  const b = fb.placed;
  const x = a.quantity;
  const y = b.quantity;
  if (x.dimension !== y.dimension || x.currency !== y.currency || !plausible(x, y)) return -Infinity;
  // A sentence dated to another time than the other's ("the 2009 floods that killed 40") is about another event.
  if (x.dimension !== 'date' && !anchorsAgree(a, b)) return -Infinity;
  // "last week", "Friday": a relative date means a day counted from its writer's day; articles written more than a
  // week apart that use one usually speak of different moments, and its resolution is a guess.
  if (x.dimension === 'date' && (x.relative || y.relative) && a.published !== null && b.published !== null &&
    Math.abs(a.published - b.published) > WEEK) return -Infinity;
  // "Friday" against "in October", "last year" against "Today": a relative date of another granularity than the
  // other date is a guess at another moment.
  if (x.dimension === 'date' && granularity(x) !== granularity(y) && (x.relative || y.relative)) return -Infinity;
  // "early Friday" and "early Friday", "today" and "today": the same words counted from two writers' days say the
  // same thing as written; only the guess at the day differs.
  if (x.dimension === 'date' && x.relative && y.relative && sameWords(x.phrase, y.phrase)) return -Infinity;
  let score = 0;
  if (x.head && y.head) score += x.head === y.head ? 2 : -2;
  if (x.governor && y.governor) score += x.governor === y.governor ? 2 : -0.5;
  // "offered $9.2 billion" and "a $8.9 billion bid": one article's verb is the other's noun.
  else if (!(x.head && y.head) && ((x.head !== null && x.head === y.governor) || (y.head !== null && y.head === x.governor))) score += 2;
  let shared = 0;
  for (const id of a.entityIds) if (b.entityIds.includes(id)) shared++;
  score += Math.min(2, shared);
  // Two clauses that each name people or organisations, none of them the same, are likely about different ones.
  const sharedActors = a.actorIds.some((id) => b.actorIds.includes(id));
  if (!sharedActors && shared === 0 && a.actorIds.length > 0 && b.actorIds.length > 0) score -= 1;
  score += 3 * cosine(fa, fb);
  // "first half" / "second half": small ordinals enumerate parts; only shared names make them one fact.
  if (x.dimension === 'ordinal' && Math.max(middle(x), middle(y)) <= 4 && shared === 0) return -Infinity;
  const modifiersX = fa.modifiers;
  const modifiersY = fb.modifiers;
  // "6 German citizens" and "12 people" count different groups.
  if (fa.groups.some((m) => !modifiersY.has(m)) || fb.groups.some((m) => !modifiersX.has(m))) return -Infinity;
  for (const m of modifiersX) score += modifiersY.has(m) ? 0.5 : -1.5;
  for (const m of modifiersY) if (!modifiersX.has(m)) score -= 1.5;
  // "the third meeting between A and B" and "the fifth summit for A" count different series.
  if (x.dimension === 'ordinal' && a.actorIds.length > 0 && b.actorIds.length > 0 &&
    (a.actorIds.length !== b.actorIds.length || a.actorIds.some((id) => !b.actorIds.includes(id)))) return -Infinity;
  if (x.low === y.low && x.high === y.high) score += 0.5;
  // Each article gives one speed, one weight, one clock time: the one it gives is likely the story's.
  if (bothSole) score += SOLE_MEASURE;
  return score;
}

const MONTH = 31;

const sameWords = (a: string, b: string): boolean => a.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim() === b.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();

/** Day, month or year, from the width of a date's interval in days. */
function granularity(q: Quantity): 'day' | 'month' | 'year' {
  const width = q.high - q.low;
  return width < 2 ? 'day' : width < MONTH ? 'month' : 'year';
}
const WEEK = 7;

function anchorsAgree(a: Placed, b: Placed): boolean {
  const x = a.quantity.anchor;
  const y = b.quantity.anchor;
  if (x !== null && y !== null) return Math.abs(x - y) <= MONTH;
  // One sentence dated well before the other article appeared speaks of an earlier event.
  if (x !== null && b.published !== null) return b.published - x <= MONTH * 2;
  if (y !== null && a.published !== null) return a.published - y <= MONTH * 2;
  return true;
}

function supported(a: Features, b: Features): boolean {
  return a.placed.entityIds.some((id) => b.placed.entityIds.includes(id)) || cosine(a, b) >= 0.2;
}

/** Index keys under which a quantity may meet its counterparts: dimension with noun, with governor, or alone. */
function keysOf(q: Quantity): string[] {
  const keys = [`${q.dimension}\u0000*`];
  if (q.head) keys.push(`${q.dimension}\u0000h\u0000${q.head}`);
  if (q.governor) keys.push(`${q.dimension}\u0000g\u0000${q.governor}`);
  return keys;
}

/**
 * Calls `visit` once for every candidate pair (x < y, quantities of different articles) the index yields: pairs that
 * share a noun class, then pairs that share a governing word, then pairs that share only a dimension. A pair met
 * under an earlier key is not visited again. Buckets too large to say anything (a dimension alone in a big story, a
 * noun every article of a huge story uses) are skipped, which bounds the work by the bucket sizes.
 */
export function forEachCandidatePair(placed: readonly Placed[], visit: (x: number, y: number) => void): void {
  const buckets = new Map<string, number[]>();
  placed.forEach((p, index) => {
    for (const key of keysOf(p.quantity)) {
      const list = buckets.get(key) ?? [];
      list.push(index);
      buckets.set(key, list);
    }
  });
  const order = (key: string) => (key.includes('\u0000h\u0000') ? 0 : key.includes('\u0000g\u0000') ? 1 : 2);
  // Noun buckets come first, then governor buckets, so that a pair of one noun (or governor) is skipped later when
  // that bucket was searched, that is when it was not too large.
  const searched = (key: string) => (buckets.get(key)?.length ?? Infinity) <= MAX_KEY_BUCKET;
  const headSearched = placed.map(({ quantity: q }) => q.head !== null && searched(`${q.dimension}\u0000h\u0000${q.head}`));
  const governorSearched = placed.map(({ quantity: q }) => q.governor !== null && searched(`${q.dimension}\u0000g\u0000${q.governor}`));
  for (const [key, members] of [...buckets].sort((a, b) => order(a[0]) - order(b[0]))) {
    const keyOrder = order(key);
    if (members.length > (keyOrder === 2 ? MAX_DIMENSION_BUCKET : MAX_KEY_BUCKET)) continue;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const x = members[i] < members[j] ? members[i] : members[j];
        const y = members[i] < members[j] ? members[j] : members[i];
        if (placed[x].article === placed[y].article) continue;
        const qx = placed[x].quantity;
        const qy = placed[y].quantity;
        if (keyOrder >= 1 && headSearched[x] && qx.head === qy.head) continue;
        if (keyOrder === 2 && governorSearched[x] && qx.governor === qy.governor) continue;
        visit(x, y);
      }
    }
  }
}

/**
 * Aligns the quantities of one story into slots: candidate pairs come from an index (never all pairs of the
 * corpus), each quantity keeps its best counterpart in every other article, pairs that are each other's best are
 * kept, and kept pairs join slots. Returns the slots with the pairs inside them.
 */
export function alignSlots(placed: Placed[]): Slot[] {
  const idf = idfOf(placed);
  const features = placed.map((p) => featuresOf(p, idf));
  const perArticle = new Map<string, number>();
  for (const p of placed) {
    const key = `${p.article}\u0000${p.quantity.dimension}`;
    perArticle.set(key, (perArticle.get(key) ?? 0) + 1);
  }
  const sole = placed.map((p) => SOLE_DIMENSIONS.has(p.quantity.dimension) && perArticle.get(`${p.article}\u0000${p.quantity.dimension}`) === 1);
  // Articles as numbers, so that "the best counterpart of quantity x in article a" is keyed by one number.
  const articleIndex = new Map<string, number>();
  for (const p of placed) if (!articleIndex.has(p.article)) articleIndex.set(p.article, articleIndex.size);
  const articles = articleIndex.size;
  const articleOf = placed.map((p) => articleIndex.get(p.article)!);
  // The best counterpart of each quantity in each other article, keyed by quantity × articles + article.
  const best = new Map<number, { other: number; score: number }>();
  const consider = (self: number, other: number, score: number) => {
    const key = self * articles + articleOf[other];
    const current = best.get(key);
    if (!current || score > current.score) best.set(key, { other, score });
  };
  // Scores are not stored: each candidate pair is scored once and only its effect on the best counterparts kept,
  // so memory follows the quantities, not the pairs.
  forEachCandidatePair(placed, (x, y) => {
    const score = alignmentScore(features[x], features[y], sole[x] && sole[y]);
    if (score < (placed[x].quantity.dimension === 'date' ? DATE_ALIGN_THRESHOLD : ALIGN_THRESHOLD)) return;
    consider(x, y, score);
    consider(y, x, score);
  });
  const union = new UnionFind();
  const kept: Array<{ x: number; y: number; score: number }> = [];
  for (const [key, { other, score }] of best) {
    const self = Math.floor(key / articles);
    if (self > other) continue;
    if (best.get(other * articles + articleOf[self])?.other !== self) continue;
    kept.push({ x: self, y: other, score });
    union.union(String(self), String(other));
  }
  const slots = new Map<string, Slot>();
  const slotOf = (index: number): Slot => {
    const root = union.find(String(index));
    let slot = slots.get(root);
    if (!slot) {
      slot = { members: [], pairs: [] };
      slots.set(root, slot);
    }
    return slot;
  };
  const seen = new Set<number>();
  for (const { x, y, score } of kept) {
    const slot = slotOf(x);
    for (const index of [x, y]) {
      if (!seen.has(index)) slot.members.push(placed[index]);
      seen.add(index);
    }
    slot.pairs.push({ a: placed[x], b: placed[y], score, supported: supported(features[x], features[y]) });
  }
  return [...slots.values()];
}

/** True when two aligned quantities state values that cannot both be right. */
export function conflicting(pair: AlignedPair): boolean {
  return !meet(pair.a.quantity, pair.b.quantity);
}
