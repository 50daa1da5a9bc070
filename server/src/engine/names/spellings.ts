import type { EntityKind } from '../types';
import { nameKey } from './extractNames';
import { deletions, letterSet } from './spelling';
import type { NameCandidate } from './types';

/** Every mention of one spelling of a name within a story, with the context gathered from all of them. */
export interface Spelling {
  key: string;
  keys: string[];
  loose: string[];
  /** Each word as first written. */
  written: string[];
  /** The mentions of this spelling, by article, in text order. */
  articles: Map<string, NameCandidate[]>;
  mentions: number;
  kind: EntityKind | null;
  titles: Set<string>;
  nouns: Set<string>;
  company: Set<string>;
  /** "article#sentence" for every sentence the spelling stands in. */
  sentences: Set<string>;
  /** Mentions that stand as a name of their own, not as a word of a longer name of the same article. */
  standalone: number;
}

// Nouns and titles that follow or precede names of every kind, so that sharing them proves nothing.
const GENERIC_CONTEXT = new Set(['people', 'official', 'government', 'leader', 'president', 'minister', 'said', 'who', 'and', 'said', 'spokesman', 'spokeswoman', 'mr', 'ms', 'mrs', 'dr']);

/** One word of a person's full name as a one-word name: "Wierzbicki" out of "Tomasz Wierzbicki". */
function wordOfName(name: NameCandidate, index: number): NameCandidate {
  const token = name.tokens[index];
  return { ...name, start: token.start, end: token.end, text: token.text, tokens: [token], particles: [], acronym: null };
}

/**
 * Groups the name candidates of some articles by spelling. A lone word that is part of a longer name of the same
 * article ("Wierzbicki" after "Tomasz Wierzbicki"), and the surname of every person's full name, are filed as
 * short forms: they meet a lone name of another article ("Wierzbiki" written alone), but two short
 * forms never make a pair, since their full names are compared instead and two people who share nothing but a
 * similar surname must not be confused.
 */
export function collectSpellings(articles: Array<{ id: string; names: NameCandidate[] }>): Map<string, Spelling> {
  const spellings = new Map<string, Spelling>();
  const add = (id: string, name: NameCandidate, shortForm: boolean): void => {
    const key = nameKey(name);
    let spelling = spellings.get(key);
    if (!spelling) {
      spelling = {
        key, keys: name.tokens.map((t) => t.key), loose: name.tokens.map((t) => t.loose), written: name.tokens.map((t) => t.text), articles: new Map(), mentions: 0,
        kind: null, titles: new Set(), nouns: new Set(), company: new Set(), sentences: new Set(), standalone: 0,
      };
      spellings.set(key, spelling);
    }
    const mentions = spelling.articles.get(id);
    if (mentions) mentions.push(name);
    else spelling.articles.set(id, [name]);
    spelling.mentions++;
    if (!shortForm) spelling.standalone++;
    if (name.title && !GENERIC_CONTEXT.has(name.title)) spelling.titles.add(name.title);
    for (const noun of name.headNouns) if (noun.length > 2 && !GENERIC_CONTEXT.has(noun)) spelling.nouns.add(noun);
    for (const other of name.cooccurring) spelling.company.add(other);
    spelling.sentences.add(`${id}#${name.sentence}`);
  };
  for (const { id, names } of articles) {
    const partsOfLonger = new Set(names.filter((n) => n.tokens.length > 1).flatMap((n) => n.tokens.map((t) => t.key)));
    for (const name of names) {
      add(id, name, name.tokens.length === 1 && partsOfLonger.has(name.tokens[0].key));
      if (name.kind === 'person' && name.tokens.length > 1) add(id, wordOfName(name, name.tokens.length - 1), true);
    }
  }
  for (const spelling of spellings.values()) {
    const votes = new Map<EntityKind, number>();
    for (const names of spelling.articles.values()) for (const name of names) if (name.kind) votes.set(name.kind, (votes.get(name.kind) ?? 0) + 1);
    spelling.kind = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  }
  return spellings;
}

/** Context two spellings share: a title, a noun after the name, or another name of the same sentence. */
export function sharedContext(a: Spelling, b: Spelling): string | null {
  for (const title of a.titles) if (b.titles.has(title)) return `both called “${title}”`;
  for (const noun of a.nouns) if (b.nouns.has(noun)) return `both followed by “${noun}”`;
  // One shared neighbour ("U.S.", a capital) is common in any story; two are company.
  const company = [...a.company].filter((name) => b.company.has(name) && name !== a.key && name !== b.key);
  if (company.length >= 2) return 'both named beside the same names';
  return null;
}

/** A pair of spellings with the same number of words that differ at one position. */
export interface SpellingPair {
  a: Spelling;
  b: Spelling;
  position: number;
}

const MAX_BUCKET = 50;

/**
 * Pairs of spellings that may be variants, found through an index rather than by comparing all pairs: each
 * spelling is filed under "its other words + the loose key of word i" and "its other words + word i with one letter
 * deleted" for every position i (and, in longer names, "other words + word i's letter set"), so that two spellings
 * meet only when they agree on every word but one and that word is alike. Work grows with the number of words times their length. Organisation-like names of three or more words
 * are also filed under "other words + first letter of word i", for substitutions that keep the initials.
 */
export function candidatePairs(spellings: Iterable<Spelling>, sameInitials: boolean): SpellingPair[] {
  const buckets = new Map<string, Spelling[]>();
  const file = (key: string, spelling: Spelling): void => {
    const bucket = buckets.get(key);
    if (!bucket) buckets.set(key, [spelling]);
    else if (bucket.length <= MAX_BUCKET && bucket[bucket.length - 1] !== spelling) bucket.push(spelling);
  };
  for (const spelling of spellings) {
    const n = spelling.keys.length;
    for (let i = 0; i < n; i++) {
      const rest = `${n}|${i}|${[...spelling.keys.slice(0, i), ...spelling.keys.slice(i + 1)].join(' ')}`;
      if (sameInitials) {
        if (n >= 3) file(`${rest}|I|${spelling.keys[i][0]}`, spelling);
        continue;
      }
      const word = spelling.keys[i];
      if (word.length < 3) continue;
      file(`${rest}|L|${spelling.loose[i]}`, spelling);
      if (n > 1 && word.length >= 5) file(`${rest}|S|${letterSet(word)}`, spelling);
      file(`${rest}|D|${word}`, spelling);
      for (const shorter of deletions(word)) file(`${rest}|D|${shorter}`, spelling);
    }
  }
  const seen = new Set<string>();
  const pairs: SpellingPair[] = [];
  for (const [key, bucket] of buckets) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
    const position = Number(key.split('|', 2)[1]);
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const [a, b] = bucket[x].key < bucket[y].key ? [bucket[x], bucket[y]] : [bucket[y], bucket[x]];
        if (a.key === b.key || (a.standalone === 0 && b.standalone === 0)) continue;
        const id = `${a.key}\u0000${b.key}`;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push({ a, b, position });
      }
    }
  }
  return pairs;
}
