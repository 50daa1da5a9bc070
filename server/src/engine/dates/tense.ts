import type { Span } from '../types';
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

function cues(sentence: string): Cue[] {
  const found: Cue[] = [];
  FUTURE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = FUTURE.exec(sentence)) !== null) found.push({ at: match.index + match[0].length / 2, future: true });
  PAST.lastIndex = 0;
  while ((match = PAST.exec(sentence)) !== null) {
    const word = match[0];
    if (NOT_PAST.test(word)) continue;
    // "was to", "were due to": already a future cue.
    if (found.some((c) => c.future && Math.abs(c.at - match!.index) < 16 && /^(?:was|were)$/.test(word))) continue;
    // A participle after "be", "to" or a modal ("is to be held", "will be named") takes the tense of its auxiliary.
    if (AUXILIARY_BEFORE.test(sentence.slice(Math.max(0, match.index - 12), match.index))) continue;
    found.push({ at: match.index + word.length / 2, future: false });
  }
  return found;
}

// Where a clause ends: punctuation, or a word that opens another clause ("told reporters on Tuesday that the bridge
// would reopen": "would" is the tense of the reopening, not of the Tuesday).
const CLAUSE_BOUNDARY = /[,;:()\u2014]|\b(?:that|which|who|whom|whose|because|although|though|while|when|where|if|unless|but|after|before|until)\b/g;

/** The clause of the sentence around [from, to): between the nearest boundaries on either side. */
function clauseAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  CLAUSE_BOUNDARY.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CLAUSE_BOUNDARY.exec(text)) !== null) {
    if (match.index + match[0].length <= from) start = match.index + match[0].length;
    else if (match.index >= to) {
      end = match.index;
      break;
    }
  }
  return { start, end };
}

/**
 * True when the verb nearest to `span` speaks of the future: the nearest in the date's own clause, or, when that
 * clause has no verb cue ("is on Tuesday"), the nearest in its sentence.
 */
export function pointsToFuture(context: DateContext, span: Span): boolean {
  const sentence = sentenceSpanAt(context, span.start);
  if (!sentence) return false;
  const text = context.folded.slice(sentence.start, sentence.end);
  const from = span.start - sentence.start;
  const to = span.end - sentence.start;
  const clause = clauseAround(text, from, to);
  const nearest = (inClause: boolean): Cue | null => {
    let best: Cue | null = null;
    let bestDistance = Infinity;
    for (const cue of cues(text)) {
      if (cue.at >= from && cue.at <= to) continue; // a cue inside the date itself ("last") is the finder's business
      if (inClause && (cue.at < clause.start || cue.at > clause.end)) continue;
      const distance = cue.at < from ? from - cue.at : cue.at - to;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = cue;
      }
    }
    return best;
  };
  return (nearest(true) ?? nearest(false))?.future ?? false;
}
