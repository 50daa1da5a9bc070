export interface NameContext {
  /** Start of the entity mention. */
  start: number;
  /** Lower-case nouns written right after the name ("coal mine" after "X coal mine"). */
  headNouns: string[];
}

