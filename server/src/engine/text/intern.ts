/**
 * One copy of each string across many analyses. An analysis that arrives from a worker or the disk cache is a fresh
 * copy, so the words, keys and stems that thousands of articles share ("minister", "percent", the spelling key of a
 * common name) each take memory once per article; replacing them by one pooled instance takes about a fifth off a
 * corpus held in memory. The walk is linear in the size of the analysis.
 */
export class StringPool {
  private pool = new Map<string, string>();
  private lists = new Map<string, string[]>();
  private limit: number;

  /**
   * `startLimit` bounds the pool before its first renewal. The pool is renewed (emptied) when it has doubled since
   * the last renewal, so that strings of articles edited or deleted long ago are not kept forever; sharing already
   * made stays, and new analyses start sharing again from the renewed pool.
   */
  constructor(private readonly startLimit = 1 << 18) {
    this.limit = startLimit;
  }

  get size(): number {
    return this.pool.size;
  }

  /**
   * Replaces, in place, every string inside `value` (objects and arrays, any depth) by its pooled instance, and every
   * list of strings inside it by the pooled list with the same strings. Returns `value`, or the pooled list when
   * `value` is itself a list of strings.
   */
  internAll<T>(value: T): T {
    if (value === null || typeof value !== 'object') return value;
    if (this.pool.size > this.limit) {
      this.limit = Math.max(this.startLimit, 2 * this.pool.size);
      this.pool = new Map();
      this.lists = new Map();
    }
    return this.walk(value) as T;
  }

  /** The pooled instance of one string. */
  intern(text: string): string {
    return this.one(text);
  }

  private one(text: string): string {
    const pooled = this.pool.get(text);
    if (pooled !== undefined) return pooled;
    this.pool.set(text, text);
    return text;
  }

  /**
   * Pools the strings inside a value; returns the value, or for a list of strings (an entity's titles, the reasons
   * for its kind) the pooled list with the same strings, which the caller puts in its place. Lists are shared
   * whole because most mentions repeat a few of them ("known place", no titles) and each list costs more than its
   * strings; no reader changes a held analysis.
   */
  private walk(value: object): object {
    if (Array.isArray(value)) {
      let allStrings = true;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string') value[i] = this.one(item);
        else {
          allStrings = false;
          if (item !== null && typeof item === 'object') value[i] = this.walk(item);
        }
      }
      return allStrings ? this.list(value as string[]) : value;
    }
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (typeof item === 'string') record[key] = this.one(item);
      else if (item !== null && typeof item === 'object') record[key] = this.walk(item);
    }
    return value;
  }

  private list(items: string[]): string[] {
    // JSON keeps ["a,b"] apart from ["a", "b"] whatever the strings hold.
    const key = JSON.stringify(items);
    const pooled = this.lists.get(key);
    if (pooled !== undefined) return pooled;
    this.lists.set(key, items);
    return items;
  }
}
