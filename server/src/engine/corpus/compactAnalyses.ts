import type { ArticleAnalysis } from '../types';
import { PackingTable, packValue, unpackValue, type PackedValue } from '../text/packedValues';

/**
 * The fields of a held analysis that are kept packed (text/packedValues.ts) and unpacked when read. They are the
 * large ones that only the comparison of one story, the grouping of stories or one article's card read, each
 * article at a time: name candidates, quantities, content words, line fingerprints, sentences, attributions,
 * roles, copy signatures. Entities, dates and figures stay objects: the corpus's indexes point at them.
 */
export const PACKED_FIELDS = ['names', 'quantities', 'words', 'lineFingerprints', 'sentences', 'attributions', 'roles', 'copySignature'] as const;

// Unpacked fields of the articles read most recently: a story's comparison reads each member's fields several
// times, and a hover reads one article's. Bounded, so that holding them never grows with the corpus.
const RECENT = 256;

/**
 * Keeps analyses compact: `compact(analysis)` replaces each packed field, in place, by a getter that unpacks it (the
 * analysis's other fields unchanged, the object the same), so every reader of an ArticleAnalysis works unchanged
 * and an unpacked value is equal to the one packed. A value read twice in a row is the same object while it is
 * among the recent ones; readers must not rely on that. Assigning a field stores the new value as it is.
 */
export class AnalysisCompactor {
  private readonly table = new PackingTable();
  private readonly compacted = new WeakSet<object>();
  private readonly recent = new Map<PackedValue, unknown>();

  /** Distinct strings held by the packing table (they are never dropped; see docs/PERFORMANCE.md). */
  get strings(): number {
    return this.table.size;
  }

  isCompact(analysis: ArticleAnalysis): boolean {
    return this.compacted.has(analysis);
  }

  compact(analysis: ArticleAnalysis): void {
    if (this.compacted.has(analysis)) return;
    this.compacted.add(analysis);
    const record = analysis as unknown as Record<string, unknown>;
    for (const field of PACKED_FIELDS) {
      const value = record[field];
      if (value === undefined || value === null) continue;
      const packed = packValue(value, this.table);
      if (!packed) continue;
      Object.defineProperty(record, field, {
        configurable: true,
        enumerable: true,
        get: () => this.unpack(packed),
        set: (next: unknown) => Object.defineProperty(record, field, { value: next, configurable: true, enumerable: true, writable: true }),
      });
    }
  }

  private unpack(packed: PackedValue): unknown {
    const known = this.recent.get(packed);
    if (known !== undefined) {
      this.recent.delete(packed);
      this.recent.set(packed, known);
      return known;
    }
    const value = unpackValue(packed, this.table);
    this.recent.set(packed, value);
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
    return value;
  }
}
