import type { Span } from '../types';

/**
 * A fixed set of spans that answers "does [start, end) overlap any of them?" in O(log n), in any order of
 * questions. Built once in O(n log n): the spans sorted by start, with the furthest end reached by each prefix.
 * The spans that start before `end` are a prefix of that order (binary search), and one of them overlaps exactly
 * when the furthest end of that prefix lies after `start`. A finder that asked `spans.some(…)` for each of its
 * matches was quadratic on texts made of thousands of numbers or dates.
 */
export class SpanIndex {
  private readonly starts: number[];
  private readonly reach: number[];

  constructor(spans: Iterable<Span>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.reach = [];
    let furthest = -Infinity;
    for (const span of sorted) {
      furthest = Math.max(furthest, span.end);
      this.reach.push(furthest);
    }
  }

  overlaps(start: number, end: number): boolean {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid] < end) low = mid + 1;
      else high = mid;
    }
    return low > 0 && this.reach[low - 1] > start;
  }
}

/**
 * Spans claimed one at a time, each checked against those claimed before it: one mark per character of the text,
 * so claiming and asking cost the span's length (O(n) over a text whose claimed spans do not overlap).
 */
export class ClaimedCharacters {
  private readonly marks: Uint8Array;

  constructor(length: number) {
    this.marks = new Uint8Array(length);
  }

  overlaps(start: number, end: number): boolean {
    for (let i = Math.max(0, start); i < end && i < this.marks.length; i++) if (this.marks[i]) return true;
    return false;
  }

  claim(span: Span): void {
    this.marks.fill(1, Math.max(0, span.start), Math.min(span.end, this.marks.length));
  }
}
