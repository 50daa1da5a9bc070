import type { DateMention, Span, TextSpan } from '../types';
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

export function sentenceSpanAt(context: DateContext, offset: number): Span | null {
  return context.sentences.find((s) => s.start <= offset && offset < s.end) ?? null;
}

export function mention(context: DateContext, span: Span, fields: DateFields): DateMention {
  return { start: span.start, end: span.end, text: context.original.slice(span.start, span.end), ...fields };
}

export function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

/** Every match of a global pattern in the folded text that no earlier finder has claimed. */
export function* freeMatches(context: DateContext, pattern: RegExp, taken: readonly Span[]): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(context.folded)) !== null) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    if (!overlaps(taken, match.index, match.index + match[0].length)) yield match;
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
  anchor.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = anchor.exec(text)) !== null) {
    const end = found.index + found[0].length;
    let from = Math.max(0, found.index - reach);
    while (from > 0 && /\S/.test(text[from - 1])) from--;
    const match = full.exec(text.slice(from, end));
    if (!match) continue;
    match.index += from;
    if (!overlaps(taken, match.index, end)) yield match;
  }
}
