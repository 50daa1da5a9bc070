import { textHash } from '../text/hash';
import { nonEmptyLines } from '../text/lines';
import type { LineFingerprint } from '../types';

/**
 * A fingerprint of every line with at least two words (case and spacing set aside), so that the corpus can find
 * the lines one outlet repeats in many articles without keeping their text.
 */
export function lineFingerprints(folded: string): LineFingerprint[] {
  const result: LineFingerprint[] = [];
  for (const line of nonEmptyLines(folded)) {
    if (!/\p{L}+\W+\p{L}/u.test(line.text)) continue;
    result.push({ start: line.start, end: line.end, hash: textHash(line.text.toLowerCase().replace(/\s+/g, ' ')) });
  }
  return result;
}
