import type { EntityKind, TextSpan } from '../types';

/** One word of a name as it is compared: its spelling key and its transliteration-blind key. */
export interface NameToken extends TextSpan {
  key: string;
  loose: string;
}

/**
 * A capitalised run read as a name, whether or not the entity finder classified it: titles, particles ("al-",
 * "bin", "de"), connectors ("of", "for") and possessive endings are set aside, and the words that remain are
 * compared one by one across articles.
 */
export interface NameCandidate extends TextSpan {
  tokens: NameToken[];
  /** Particles and connectors set aside ("al", "bin", "of"), lower-cased. */
  particles: string[];
  /** The entity finder's kind when it classified this run (or a mention inside it), else null. */
  kind: EntityKind | null;
  /** Start of the entity mention inside this name, for its canonical entity; null when none. */
  entityStart: number | null;
  /** Index of the sentence in the article's sentence list. */
  sentence: number;
  /** A title written before the name ("Prime Minister", "engineer"), lower-cased; null when none. */
  title: string | null;
  /** Lower-case nouns right after the name ("coal mine" after "X coal mine"). */
  headNouns: string[];
  /** Spelling keys of the other names in the same sentence. */
  cooccurring: string[];
  /** An acronym this name defines in parentheses right after it: "Regional Transit Authority (RTA)". */
  acronym: TextSpan | null;
}
