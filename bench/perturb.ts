/**
 * Deterministic copies of an article that read as another story, for timing the comparison on larger corpora.
 * Copy 0 is the article itself. Copy k > 0 enciphers every name-like and rare word with a letter substitution of
 * its own (consonants to consonants, vowels to vowels, case kept) and scales every figure by a factor of its own.
 * One cipher per copy, shared by all its articles, keeps what ties the articles of an event together: the same name
 * is written the same way in all of them, a near-spelling ("Wierzbicki" / "Wierzbiki") stays one letter apart, an
 * acronym keeps its expansion's initials, and two articles that agree on a figure still agree. Two copies of one
 * event share only frequent English words, dates and outlets, so they do not collapse into one story.
 * Nothing here is written to disk.
 */
import { isFrequentWord } from '../server/src/engine/lexicon/lexicon';

const CONSONANTS = 'bcdfghjklmnpqrstvwxyz';
const VOWELS = 'aeiou';
// Months and weekdays are left as written so that dates still resolve; they say nothing about which story it is.
const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
// Header lines (publication date, outlet) stay as written: copies of one event keep their outlets and days.
const HEADER = /^(?:Published|Source|Date|By):/i;

/** A small seeded generator (mulberry32), so that generated text is the same on every run and machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(letters: string, next: () => number): string {
  const list = [...letters];
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list.join('');
}

/** The letter substitution of one copy, as a lower-case map; upper case follows it. */
function cipherOf(copy: number): Map<string, string> {
  const next = random(0x9e3779b9 ^ copy);
  const map = new Map<string, string>();
  for (const letters of [CONSONANTS, VOWELS]) {
    const target = shuffled(letters, next);
    [...letters].forEach((letter, i) => map.set(letter, target[i]));
  }
  return map;
}

function encipher(word: string, cipher: Map<string, string>): string {
  let out = '';
  for (const char of word) {
    const lower = char.toLowerCase();
    const mapped = cipher.get(lower);
    out += mapped === undefined ? char : char === lower ? mapped : mapped.toUpperCase();
  }
  return out;
}

/**
 * Whether a word names or tells the story: any word that is not among the most frequent English words or the
 * calendar, wherever it stands. Compounds count as one word, as story grouping reads them ("down-to-earth",
 * "won't"), so that two copies do not share them. A capitalised word at the start of a sentence is enciphered too:
 * left as written, the lines an outlet repeats (a copyright notice with the outlet's enciphered name in it) would
 * tie the copies of one event together by their first words.
 */
function telling(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.length >= 2 && !isFrequentWord(lower) && !CALENDAR.has(lower);
}

/** Years, clock times and days next to a month are left alone, so that dates and times still read as such. */
function keepsFigure(line: string, start: number, end: number, digits: string): boolean {
  if (/^(?:1[89]|20)\d\d$/.test(digits)) return true;
  if (line[start - 1] === ':' || line[end] === ':') return true;
  const before = line.slice(Math.max(0, start - 12), start).toLowerCase();
  const after = line.slice(end, end + 12).toLowerCase();
  return Number(digits) <= 31 && (/\b[a-z]{3,9}\.? $/.test(before) && CALENDAR.has(/([a-z]+)\.? $/.exec(before)![1]) ||
    /^(?:st|nd|rd|th)?,? [a-z]{3,9}\b/.test(after) && CALENDAR.has(/^(?:st|nd|rd|th)?,? ([a-z]+)/.exec(after)![1]));
}

function scaled(text: string, factor: number): string {
  const value = Math.max(1, Math.round(Number(text.replace(/,/g, '')) * factor));
  return text.includes(',') ? value.toLocaleString('en-US') : String(value);
}

function perturbLine(line: string, cipher: Map<string, string>, factor: number): string {
  if (HEADER.test(line)) return line;
  return line.replace(/\p{L}+(?:[-'’]\p{L}+)*|\d{1,3}(?:,\d{3})+|\d+/gu, (match: string, offset: number) => {
    if (/^\d/.test(match)) return keepsFigure(line, offset, offset + match.length, match.replace(/,/g, '')) ? match : scaled(match, factor);
    // A possessive stays as written: "Seattle's" becomes the enciphered name with its "'s".
    const base = match.replace(/['’]s$/, '');
    return telling(base) ? encipher(base, cipher) + match.slice(base.length) : match;
  });
}

/** Copy `copy` of an article (0: the article unchanged). */
export function perturbedCopy(text: string, copy: number): string {
  if (copy === 0) return text;
  const cipher = cipherOf(copy);
  // Factors from 1.07 upwards, distinct for every copy; small counts often stay as they are, which is fine here.
  const factor = 1 + 0.07 * copy;
  return text.split('\n').map((line) => perturbLine(line, cipher, factor)).join('\n');
}
