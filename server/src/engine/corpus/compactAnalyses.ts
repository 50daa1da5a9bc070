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

/**
 * Keeps analyses compact: `compact(analysis)` packs the large fields of an analysis, in place, and puts getters in
 * their stead that unpack them (the analysis's other fields unchanged, the object the same), so every reader of an
 * ArticleAnalysis works unchanged and reads a value equal to the one packed. The getters are shared by every
 * analysis (a function per field, not per analysis), so that analyses keep sharing their hidden class. A value read
 * twice in a row is the same object while its article is among the recent ones; readers must not rely on that, nor
 * change what they read. Assigning a field stores the new value as it is.
 */
export class AnalysisCompactor {
  private readonly table = new PackingTable();
  private readonly packedOf = new WeakMap<object, PackedArticle>();
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

  isCompact(analysis: ArticleAnalysis): boolean {
    return this.packedOf.has(analysis);
  }

  compact(analysis: ArticleAnalysis): void {
    if (this.packedOf.has(analysis)) return;
    const record = analysis as unknown as Record<string, unknown>;
    const packer = new Packer(this.table);
    const starts = new Int32Array(PACKED_FIELDS.length).fill(-1);
    PACKED_FIELDS.forEach((field, index) => {
      const value = record[field];
      if (value !== undefined && value !== null) starts[index] = packer.add(value);
    });
    this.packedOf.set(analysis, { packed: packer.finish(), starts });
    PACKED_FIELDS.forEach((field, index) => {
      if (starts[index] >= 0) Object.defineProperty(record, field, this.accessors[index]);
    });
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
      const { packed, starts } = this.packedOf.get(record)!;
      values[index] = unpackValue(packed, this.table, starts[index]);
    }
    return values[index];
  }
}
