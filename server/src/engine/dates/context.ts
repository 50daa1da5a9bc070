import type { DateMention, Span, TextSpan } from '../types';
import { SpanIndex } from '../text/spanIndex';
import { sentenceIndexAt } from '../text/sentences';
import type { YMD } from './calendar';

/** What every date finder reads: the text (original and same-length folded), its sentences and the reference day. */
export interface DateContext {
  folded: string;
  original: string;
  sentences: Span[];
  /** The publication day, or without one the latest full date written in the text; null when neither exists. */
  reference: YMD | null;
}

export type DateFields = Omit<DateMention, keyof TextSpan>;

/** The sentence around `offset` by binary search (a linear search per date was quadratic on long texts). */
export function sentenceSpanAt(context: DateContext, offset: number): Span | null {
  const index = sentenceIndexAt(context.sentences, offset);
  return index < 0 ? null : context.sentences[index];
}

export function mention(context: DateContext, span: Span, fields: DateFields): DateMention {
  return { start: span.start, end: span.end, text: context.original.slice(span.start, span.end), ...fields };
}


const MAX_WORD = 64;

/** Every match of a global pattern in the folded text that no earlier finder has claimed. */
export function* freeMatches(context: DateContext, pattern: RegExp, taken: readonly Span[]): Generator<RegExpExecArray> {
  // Built at the first match: most patterns match nothing in most articles.
  let claimed: SpanIndex | null = null;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(context.folded)) !== null) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    claimed ??= new SpanIndex(taken);
    if (!claimed.overlaps(match.index, match.index + match[0].length)) yield match;
  }
}

/**
 * Matches of `full`, a non-global pattern ending in `$`, that end where the cheap global `anchor` matches: the anchor
 * finds the few places worth a look ("ago", "years"), and `full` is tried only on the `reach` characters before
 * each (widened to a word boundary). Scanning a whole article with a pattern that opens with a long optional
 * alternation costs far more. The returned match's `index` is an offset in the folded text.
 */
export function* anchoredMatches(context: DateContext, anchor: RegExp, full: RegExp, reach: number, taken: readonly Span[]): Generator<RegExpExecArray> {
  const text = context.folded;
  let claimed: SpanIndex | null = null;
  anchor.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = anchor.exec(text)) !== null) {
    const end = found.index + found[0].length;
    let from = Math.max(0, found.index - reach);
    // Widened back to the start of its word, at most a long word's length (keeping this linear on texts without
    // spaces); a longer run of letters is no phrase a date pattern reads, so the window then starts after it.
    const floor = Math.max(0, from - MAX_WORD);
    while (from > floor && /\S/.test(text[from - 1])) from--;
    if (from > 0 && /\S/.test(text[from - 1])) {
      while (from < found.index && /\S/.test(text[from])) from++;
    }
    const match = full.exec(text.slice(from, end));
    if (!match) continue;
    match.index += from;
    claimed ??= new SpanIndex(taken);
    if (!claimed.overlaps(match.index, end)) yield match;
  }
}
