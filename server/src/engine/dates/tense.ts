import type { Span } from '../types';
import { firstIndex } from '../text/sorted';
import { sentenceSpanAt, type DateContext } from './context';

/**
 * Which way a bare weekday or month points: the tense of the verb nearest to it in its sentence. "He said Tuesday
 * that the plant would close" is a past Tuesday (the nearest verb is "said"); "The plant would close on Tuesday"
 * and "Talks are to resume Tuesday" are coming ones. News reports on what happened, so without any cue the date
 * is in the past.
 */

// Future: modal verbs (including the future-in-the-past "would" of reported speech), "is to", "due to", plans and
// schedules, and the present progressive used for arrangements ("is meeting Tuesday").
const FUTURE = new RegExp(
  [
    String.raw`\b(?:will|shall|would|wo n't|won't|'ll)\b`,
    String.raw`\b(?:is|are|am|was|were)\s+(?:due|set|scheduled|expected|slated|poised|going)\s+to\b`,
    String.raw`\b(?:is|are|was|were)\s+(?:due|set|scheduled|slated|planned)\s+for\b`,
    String.raw`\b(?:is|are|am|was|were)\s+to\s+[a-z]+\b`,
    String.raw`\b(?:plans?|planned|planning|aims?|intends?|hopes?|expects?)\s+to\b`,
    String.raw`\b(?:scheduled|upcoming|slated)\b`,
    String.raw`\b(?:is|are|am)\s+(?!being\b)[a-z]{2,}ing\b`,
  ].join('|'),
  'g',
);

// Past: the common irregular past forms and regular "-ed" forms (lower case, so that names such as "United" are
// not verbs), "ago", "yesterday" and "last".
const IRREGULAR_PAST = [
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'went', 'came', 'took', 'gave', 'made', 'held', 'left', 'began',
  'won', 'lost', 'fell', 'rose', 'saw', 'got', 'found', 'spoke', 'wrote', 'sent', 'paid', 'ran', 'struck', 'kept',
  'brought', 'bought', 'thought', 'sought', 'caught', 'fought', 'led', 'fled', 'built', 'spent', 'sold', 'stood',
  'became', 'broke', 'chose', 'drove', 'flew', 'grew', 'knew', 'threw', 'shot', 'swore', 'woke', 'wore', 'felt',
  'heard', 'meant', 'sat', 'slept', 'hung', 'dealt', 'quit', 'burst', 'arose', 'ago', 'yesterday', 'last',
];
const PAST = new RegExp(String.raw`\b(?:${IRREGULAR_PAST.join('|')})\b|\b[a-z]{2,}ed\b`, 'g');
// Words ending in -ed that are not past verbs, or that announce a plan rather than report a fact.
const NOT_PAST = /^(?:hundred|scheduled|expected|planned|slated|intended|[a-z]*eed)$/;

const AUXILIARY_BEFORE = /\b(?:be|been|being|to|will|would|shall|can|could|may|might|must|should|get|gets)\s+$/;

interface Cue {
  at: number;
  future: boolean;
}

/** The index of the first cue at or after `at` in cues sorted by position. */
const firstAtOrAfter = (sorted: readonly Cue[], at: number): number => firstIndex(sorted, (cue) => cue.at >= at);

/** The index of the first cue after `at` in cues sorted by position. */
const firstAbove = (sorted: readonly Cue[], at: number): number => firstIndex(sorted, (cue) => cue.at > at);

/** The tense cues of a sentence, sorted by position. Linear in the sentence (future cues found by binary search). */
function cues(sentence: string): Cue[] {
  const future: Cue[] = [];
  FUTURE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = FUTURE.exec(sentence)) !== null) future.push({ at: match.index + match[0].length / 2, future: true });
  const past: Cue[] = [];
  PAST.lastIndex = 0;
  while ((match = PAST.exec(sentence)) !== null) {
    const word = match[0];
    if (NOT_PAST.test(word)) continue;
    // "was to", "were due to": already a future cue.
    if (/^(?:was|were)$/.test(word)) {
      const near = firstAtOrAfter(future, match.index - 15.5);
      if (near < future.length && future[near].at < match.index + 16) continue;
    }
    // A participle after "be", "to" or a modal ("is to be held", "will be named") takes the tense of its auxiliary.
    if (AUXILIARY_BEFORE.test(sentence.slice(Math.max(0, match.index - 12), match.index))) continue;
    past.push({ at: match.index + word.length / 2, future: false });
  }
  // Future cues first among cues at one position, as the nearest cue is chosen with future cues preferred on ties.
  return [...future, ...past].sort((x, y) => x.at - y.at || Number(y.future) - Number(x.future));
}

/** A value per sentence of one text, computed once, kept as long as the text's context lives. */
function perSentence<T>(cache: WeakMap<DateContext, Map<number, T>>, context: DateContext, sentence: Span, compute: (text: string) => T): T {
  let bySentence = cache.get(context);
  if (!bySentence) {
    bySentence = new Map();
    cache.set(context, bySentence);
  }
  let found = bySentence.get(sentence.start);
  if (found === undefined) {
    found = compute(context.folded.slice(sentence.start, sentence.end));
    bySentence.set(sentence.start, found);
  }
  return found;
}

// Cues per sentence of a text, computed once: a sentence with thousands of dates was read again for each of them.
const cueCache = new WeakMap<DateContext, Map<number, Cue[]>>();

function sentenceCues(context: DateContext, sentence: Span): Cue[] {
  return perSentence(cueCache, context, sentence, cues);
}

// Where a clause ends: punctuation, or a word that opens another clause ("told reporters on Tuesday that the bridge
// would reopen": "would" is the tense of the reopening, not of the Tuesday).
const CLAUSE_BOUNDARY = /[,;:()\u2014]|\b(?:that|which|who|whom|whose|because|although|though|while|when|where|if|unless|but|after|before|until)\b/g;

interface Boundaries {
  starts: number[];
  ends: number[];
}

const boundaryCache = new WeakMap<DateContext, Map<number, Boundaries>>();

/** The clause boundaries of a sentence, found once per sentence: their starts and ends, both ascending. */
function sentenceBoundaries(context: DateContext, sentence: Span): Boundaries {
  return perSentence(boundaryCache, context, sentence, (text) => {
    const found: Boundaries = { starts: [], ends: [] };
    CLAUSE_BOUNDARY.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = CLAUSE_BOUNDARY.exec(text)) !== null) {
      found.starts.push(match.index);
      found.ends.push(match.index + match[0].length);
    }
    return found;
  });
}

/**
 * The tense of the cue nearest to [from, to) among cues within [low, high]: the nearest before and the nearest after,
 * found by binary search; on a tie, a future cue, then the one before. Null when no cue lies in the range.
 */
function nearestCue(sorted: readonly Cue[], from: number, to: number, low: number, high: number): boolean | null {
  const afterFrom = firstAtOrAfter(sorted, from);
  let before: Cue | null = null;
  if (afterFrom - 1 >= 0 && sorted[afterFrom - 1].at >= low) {
    // Among cues at the same nearest position, the future one (sorted first).
    before = sorted[firstAtOrAfter(sorted, sorted[afterFrom - 1].at)];
  }
  const afterIndex = firstAbove(sorted, to);
  const after = afterIndex < sorted.length && sorted[afterIndex].at <= high ? sorted[afterIndex] : null;
  if (!before) return after ? after.future : null;
  if (!after) return before.future;
  const beforeDistance = from - before.at;
  const afterDistance = after.at - to;
  if (beforeDistance !== afterDistance) return (beforeDistance < afterDistance ? before : after).future;
  return before.future || after.future;
}

/**
 * True when the verb nearest to `span` speaks of the future: the nearest in the date's own clause, or, when that
 * clause has no verb cue ("is on Tuesday"), the nearest in its sentence. O(log n) per date after one pass per
 * sentence.
 */
export function pointsToFuture(context: DateContext, span: Span): boolean {
  const sentence = sentenceSpanAt(context, span.start);
  if (!sentence) return false;
  const sorted = sentenceCues(context, sentence);
  // A cue inside the date itself ("last") is the finder's business: only cues before `from` or after `to` count.
  const from = span.start - sentence.start;
  const to = span.end - sentence.start;
  const { starts, ends } = sentenceBoundaries(context, sentence);
  const clauseStartIndex = firstIndex(ends, (end) => end > from) - 1;
  const clauseStart = clauseStartIndex >= 0 ? ends[clauseStartIndex] : 0;
  const clauseEndIndex = firstIndex(starts, (start) => start >= to);
  const clauseEnd = clauseEndIndex < starts.length ? starts[clauseEndIndex] : Infinity;
  return nearestCue(sorted, from, to, clauseStart, clauseEnd) ?? nearestCue(sorted, from, to, -Infinity, Infinity) ?? false;
}
