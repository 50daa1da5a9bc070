import { firstIndex } from '../text/sorted';

/**
 * An article's story terms as the story index keeps them between groupings: the terms sorted, with their counts in
 * a typed array, which take less than a Map's hash table (the index holds one per article, each of a few hundred
 * terms). The index only asks whether a term is among them and whether the terms changed.
 */
export class TermCounts {
  private constructor(
    private readonly terms: readonly string[],
    private readonly counts: Float64Array,
  ) {}

  /** `intern` gives the one copy of a term (entity terms are made per article). */
  static of(map: ReadonlyMap<string, number>, intern: (term: string) => string = (term) => term): TermCounts {
    const terms = [...map.keys()].sort();
    return new TermCounts(terms.map(intern), Float64Array.from(terms, (term) => map.get(term)!));
  }

  get size(): number {
    return this.terms.length;
  }

  has(term: string): boolean {
    return this.indexOf(term) >= 0;
  }

  /** True when `map` holds exactly these terms with these counts. */
  equals(map: ReadonlyMap<string, number>): boolean {
    if (map.size !== this.terms.length) return false;
    for (const [term, count] of map) {
      const at = this.indexOf(term);
      if (at < 0 || this.counts[at] !== count) return false;
    }
    return true;
  }

  private indexOf(term: string): number {
    const at = firstIndex(this.terms, (known) => known >= term);
    return at < this.terms.length && this.terms[at] === term ? at : -1;
  }
}
