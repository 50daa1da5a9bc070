import { insideSpans } from '../boilerplate/findBoilerplate';
import type { Span } from '../types';

// Five words in a row are rarely written the same way twice by different reporters, yet survive the light edits a
// syndicated copy gets (a changed headline, a cut paragraph, a local sentence added).
const SHINGLE_WORDS = 5;
// One shingle in four is kept (those whose hash is divisible by four): the kept sets of two articles share the same
// fraction of shingles as the full sets, so containment is estimated at a quarter of the size and work.
const SAMPLE_MODULUS = 4;

/** FNV-1a of one word, over its lower-case letters and digits. */
function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i) | 0x20;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The copy signature of an article: a sample of the hashes of its five-word shingles, taken within sentences outside
 * boilerplate, sorted and without repeats. Two articles whose signatures mostly overlap share their text (one copies
 * the other, or both carry one agency's report). Linear in the text: each word is hashed once and each shingle
 * combines five word hashes.
 */
export function copySignature(folded: string, sentences: readonly Span[], boilerplate: readonly Span[]): number[] {
  const kept = new Set<number>();
  const words: number[] = [];
  const word = /[\p{L}\d]+/gu;
  for (const sentence of sentences) {
    if (insideSpans(boilerplate, sentence.start)) continue;
    words.length = 0;
    word.lastIndex = sentence.start;
    for (let m = word.exec(folded); m && m.index < sentence.end; m = word.exec(folded)) words.push(wordHash(m[0]));
    for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
      let hash = 0;
      for (let j = 0; j < SHINGLE_WORDS; j++) hash = (Math.imul(hash, 31) + words[i + j]) >>> 0;
      hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 0;
      if (hash % SAMPLE_MODULUS === 0) kept.add(hash);
    }
  }
  return [...kept].sort((a, b) => a - b);
}

/** Shared sampled shingles over the smaller signature's size: 1 when one text holds the other, 0 when none is shared. */
export function containment(a: readonly number[], b: readonly number[]): number {
  const smaller = Math.min(a.length, b.length);
  if (smaller === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / smaller;
}
