import { textHash } from '../text/hash';
import type { LineFingerprint, TextSpan } from '../types';

/**
 * A fingerprint of every line with at least two words (case and spacing set aside), so that the corpus can find
 * the lines one outlet repeats in many articles without keeping their text.
 */
export function lineFingerprints(lines: readonly TextSpan[], words: ReadonlyArray<{ start: number; stem: string }>): LineFingerprint[] {
  const result: LineFingerprint[] = [];
  let next = 0;
  for (const line of lines) {
    while (next < words.length && words[next].start < line.start) next++;
    // Two words at least. One letter before the gap says the same as a run of them, without the run: /\p{L}+\W+…/
    // retried at every letter of a line without spaces was quadratic (a 50,000-letter line took seconds).
    if (!/\p{L}\W+\p{L}/u.test(line.text)) continue;
    // The line's content words go with it, so that story grouping can leave out the lines an outlet repeats.
    const stems: string[] = [];
    for (let i = next; i < words.length && words[i].start < line.end; i++) stems.push(words[i].stem);
    result.push({ start: line.start, end: line.end, hash: textHash(line.text.toLowerCase().replace(/\s+/g, ' ')), words: stems });
  }
  return result;
}
