import { hasTag } from '../lexicon/lexicon';
import { foldSameLength } from '../text/fold';

/**
 * Keys and distances for comparing spellings of one word of a name. The spelling key sets aside case, diacritics,
 * hyphens and apostrophes only; the loose key also sets aside the differences that transliteration and
 * romanisation produce between careful writers ("Mohammed" / "Muhammad", "Chosun" / "Joseon", "Kadyrov" /
 * "Kadirov"), so that equal loose keys mean "one name written in two systems", not "two names that look alike".
 */

/** Case, diacritics, hyphens, apostrophes and dots set aside: "Ji-hoon" and "Jihoon" share "jihoon". */
export function spellingKey(word: string): string {
  return foldSameLength(word.normalize('NFKC')).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

// Names repeat within and across articles; their keys are computed once.
const looseKeys = new Map<string, string>();

/** `looseKey`, remembered. */
export function cachedLooseKey(word: string): string {
  let key = looseKeys.get(word);
  if (key === undefined) {
    key = looseKey(word);
    if (looseKeys.size > 50_000) looseKeys.clear();
    looseKeys.set(word, key);
  }
  return key;
}

/**
 * The transliteration-blind key: doubled letters collapsed; y → i, ph → f, ck/q/kh → k, hard c → k, dh/th/gh
 * lose their h, as does an h after a vowel ("John" / "Jon"); ch, zh, dj and j (the same sound in different romanisations) become j; after the first letter
 * every vowel is one vowel and runs of vowels count once. The first letter stays as written, so "Iran" and "Oran"
 * keep apart.
 */
export function looseKey(word: string): string {
  let key = spellingKey(word)
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/[qk]h?/g, 'k')
    .replace(/c(?=[aou]|$|[^hieay])/g, 'k')
    .replace(/(?:dj|zh|tch|ch|j)/g, 'j')
    .replace(/([dtg])h/g, '$1')
    .replace(/y/g, 'i')
    .replace(/([aeiou])h(?![aeiou])/g, '$1')
    .replace(/(.)\1+/g, '$1');
  if (key.length < 2) return key;
  key = key[0] + key.slice(1).replace(/[aeiou]+/g, 'a');
  return key.replace(/(.)\1+/g, '$1');
}

/**
 * Edit distance with adjacent transpositions counted as one edit ("Kalrin" / "Karlin"), for short words: the optimal
 * string alignment distance.
 */
export function editDistance(a: string, b: string): number {
  let before = Array.from({ length: b.length + 1 }, () => 0);
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2] + 1);
      current.push(best);
    }
    [before, previous] = [previous, current];
  }
  return previous[b.length];
}

/**
 * The letters of a word with doubled letters collapsed, in alphabetical order, after its first letter as written:
 * equal for two spellings that only move or double letters ("Merrit" / "Mreritt"), the slips of a hurried writer
 * that edit distance counts as two.
 */
export function letterSet(key: string): string {
  const collapsed = key.replace(/(.)\1+/g, '$1');
  return collapsed[0] + [...collapsed].sort().join('');
}

/** Every string made by deleting one letter: two keys at edit distance 1 share one of these or each other. */
export function deletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) if (i === 0 || key[i] !== key[i - 1]) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

// Endings that turn a name into a demonym, an adjective, a plural or a possessive ("Korea" / "Korean",
// "Israel" / "Israeli", "Iraq" / "Iraqis"): a word with such an ending says something else than the name.
const DERIVED_ENDINGS = new Set(['s', 'es', 'n', 'an', 'ian', 'ans', 'ns', 'ians', 'i', 'is', 'ese', 'ish', 'ic', 'er', 'ers', 'ite', 'ites', 'ist', 'ists']);

/** True when one word is the other with a derivational or inflectional ending, or either is a demonym. */
export function isDerivation(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && DERIVED_ENDINGS.has(long.slice(short.length))) return true;
  // "O'Sullivan" / "Sullivan", "Mac"-less forms: a short prefix is a particle, not a misspelling.
  if (long.endsWith(short) && long.length - short.length <= 2) return true;
  // "Argentina" / "Argentine", "Kenya" / "Kenyan": a final vowel replaced by a demonym ending.
  if (/[aeiouy]$/.test(short) && long.startsWith(short.slice(0, -1)) && DERIVED_ENDINGS.has(long.slice(short.length - 1))) return true;
  return hasTag(a, 'Demonym') || hasTag(b, 'Demonym');
}
