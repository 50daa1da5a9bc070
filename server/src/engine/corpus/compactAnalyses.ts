import type { ArticleAnalysis } from '../types';
import { Packer, PackingTable, unpackValue, type PackedValue } from '../text/packedValues';

/**
 * The fields of a held analysis that are kept packed (text/packedValues.ts) and unpacked when read. They are the
 * large ones that only the comparison of one story, the grouping of stories or one article's card read, each
 * article at a time: name candidates, quantities, content words, line fingerprints, sentences, attributions,
 * roles, copy signatures. Entities, dates and figures stay objects: the corpus's indexes point at them.
 */
export const PACKED_FIELDS = ['names', 'quantities', 'words', 'lineFingerprints', 'sentences', 'attributions', 'roles', 'copySignature'] as const;

// Unpacked fields of the articles read most recently: a story's comparison reads each member's fields several
// times (the largest stories have about 80 articles), and a hover reads one article's. Bounded, so that what is
// held unpacked never grows with the corpus.
const RECENT_ARTICLES = 128;

/** One analysis's packed fields: every field in one list of slots, and where each starts (-1: not packed). */
interface PackedArticle {
  packed: PackedValue;
  starts: Int32Array;
}

// Where a compact analysis keeps its packed fields (not enumerable: never copied, cloned or compared).
const PACKED = Symbol('packed fields');

/**
 * Makes analyses compact: `compact(analysis)` packs the large fields of an analysis and returns a compact analysis
 * in its stead, an object with the same keys in the same order whose packed fields are getters that unpack them
 * (the other fields are the same values), so every reader of an ArticleAnalysis works unchanged and reads a value
 * equal to the one packed; spreading, cloning or serialising it unpacks every field. The getters are shared by every
 * compact analysis (a function per field, not per analysis), so that nearly all of them share one hidden class
 * (441 of 500 measured); getters defined on each analysis itself made it a dictionary of about 3 KB. Compacting
 * one analysis again gives the same compact analysis. A value read twice in a row is the same object while its
 * article is among the recent ones; readers must not rely on that, nor change what they read. Assigning a field
 * stores the new value as it is.
 */
export class AnalysisCompactor {
  private readonly table = new PackingTable();
  private readonly compactOf = new WeakMap<object, ArticleAnalysis>();
  private readonly recent = new Map<object, unknown[]>();
  private readonly accessors: PropertyDescriptor[];

  constructor() {
    this.accessors = PACKED_FIELDS.map((field, index) => {
      const read = (record: object) => this.read(record, index);
      return {
        configurable: true,
        enumerable: true,
        get(this: object) {
          return read(this);
        },
        set(this: object, value: unknown) {
          Object.defineProperty(this, field, { value, configurable: true, enumerable: true, writable: true });
        },
      };
    });
  }

  /** Distinct strings held by the packing table (they are never dropped; see docs/PERFORMANCE.md). */
  get strings(): number {
    return this.table.size;
  }

  /** The compact analysis already made for an analysis, if any. */
  existing(analysis: ArticleAnalysis): ArticleAnalysis | undefined {
    return this.isCompact(analysis) ? analysis : this.compactOf.get(analysis);
  }

  /** True for a compact analysis this compactor made. */
  isCompact(analysis: ArticleAnalysis): boolean {
    return PACKED in analysis;
  }

  compact(analysis: ArticleAnalysis): ArticleAnalysis {
    if (this.isCompact(analysis)) return analysis;
    const known = this.compactOf.get(analysis);
    if (known) return known;
    const record = analysis as unknown as Record<string, unknown>;
    const packer = new Packer(this.table);
    const starts = new Int32Array(PACKED_FIELDS.length).fill(-1);
    PACKED_FIELDS.forEach((field, index) => {
      const value = record[field];
      if (value !== undefined && value !== null) starts[index] = packer.add(value);
    });
    const packed: PackedArticle = { packed: packer.finish(), starts };
    const compact: Record<string, unknown> = {};
    Object.defineProperty(compact, PACKED, { value: packed });
    for (const key of Object.keys(record)) {
      const index = (PACKED_FIELDS as readonly string[]).indexOf(key);
      if (index >= 0 && starts[index] >= 0) Object.defineProperty(compact, key, this.accessors[index]);
      else compact[key] = record[key];
    }
    const result = compact as unknown as ArticleAnalysis;
    this.compactOf.set(analysis, result);
    return result;
  }

  private read(record: object, index: number): unknown {
    let values = this.recent.get(record);
    if (values) {
      this.recent.delete(record);
    } else {
      values = new Array<unknown>(PACKED_FIELDS.length);
      if (this.recent.size >= RECENT_ARTICLES) this.recent.delete(this.recent.keys().next().value!);
    }
    this.recent.set(record, values);
    if (values[index] === undefined) {
      const { packed, starts } = (record as { [PACKED]: PackedArticle })[PACKED];
      values[index] = unpackValue(packed, this.table, starts[index]);
    }
    return values[index];
  }
}
