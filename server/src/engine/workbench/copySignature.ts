import { insideSpans } from '../boilerplate/findBoilerplate';
import type { Span } from '../types';

// Five words in a row are rarely written the same way twice by different reporters, yet survive the light edits a
// syndicated copy gets (a changed headline, a cut paragraph, a local sentence added).
const SHINGLE_WORDS = 5;
// One shingle in four is kept (those whose hash is divisible by four): the kept sets of two articles share the same
// fraction of shingles as the full sets, so containment is estimated at a quarter of the size and work.
const SAMPLE_MODULUS = 4;

const LETTER = /\p{L}/u;

/** True for an ASCII letter or digit, or a letter of another script (tested only for the rare non-ASCII unit). */
function isWordUnit(code: number, text: string, at: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER.test(text[at]);
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
  for (const sentence of sentences) {
    if (insideSpans(boilerplate, sentence.start)) continue;
    words.length = 0;
    // Words are hashed as they are read (FNV-1a over lower-cased units), without cutting the text into strings.
    let hash = 0;
    let inWord = false;
    for (let i = sentence.start; i <= sentence.end; i++) {
      const code = i < sentence.end ? folded.charCodeAt(i) : 32;
      if (i < sentence.end && isWordUnit(code, folded, i)) {
        if (!inWord) hash = 0x811c9dc5;
        inWord = true;
        hash = Math.imul(hash ^ (code | 0x20), 0x01000193);
      } else if (inWord) {
        words.push(hash >>> 0);
        inWord = false;
      }
    }
    for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
      let shingle = 0;
      for (let j = 0; j < SHINGLE_WORDS; j++) shingle = (Math.imul(shingle, 31) + words[i + j]) >>> 0;
      shingle = Math.imul(shingle ^ (shingle >>> 15), 0x2c1b3c6d) >>> 0;
      if (shingle % SAMPLE_MODULUS === 0) kept.add(shingle);
    }
  }
  // The hashes are unsigned 32-bit: a typed array sorts them numerically without a comparison callback.
  return Array.from(Uint32Array.from(kept).sort());
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
