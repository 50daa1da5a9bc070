import type { Span } from '../engine/types';

/** About `width` characters of the line around a span, with ellipses where cut, on one line. */
export function snippetAround(text: string, span: Span, width = 90): string {
  const lineStart = Math.max(text.lastIndexOf('\n', span.start - 1) + 1, 0);
  const lineEndIndex = text.indexOf('\n', span.end);
  const lineEnd = lineEndIndex < 0 ? text.length : lineEndIndex;
  const room = Math.max(0, width - (span.end - span.start));
  let from = Math.max(lineStart, span.start - Math.floor(room / 2));
  let to = Math.min(lineEnd, span.end + Math.ceil(room / 2));
  // Give unused room on one side to the other.
  if (from === lineStart) to = Math.min(lineEnd, from + width);
  if (to === lineEnd) from = Math.max(lineStart, to - width);
  // Cut between words, never inside one ("…apanese"): move each cut to the nearest space towards the span.
  if (from > lineStart && /\S/.test(text[from - 1] ?? '')) {
    const space = text.slice(from, span.start).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  if (to < lineEnd && /\S/.test(text[to] ?? '')) {
    const space = text.slice(span.end, to).search(/\s\S*$/);
    if (space >= 0) to = span.end + space;
  }
  const words = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > lineStart ? '…' : ''}${words}${to < lineEnd ? '…' : ''}`;
}
