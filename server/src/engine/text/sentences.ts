import type { Span } from '../types';

// Words after which a full stop does not end a sentence. General English abbreviations only.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'gov', 'sen', 'rep', 'pres', 'rev', 'hon', 'inc', 'corp', 'co', 'ltd', 'plc', 'no', 'nos', 'vs', 'etc', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'est', 'dept', 'univ',
  'ave', 'blvd', 'rd', 'fig', 'vol', 'al', 'e.g', 'i.e',
]);

/**
 * Sentence spans of a folded text. Lines are paragraphs in plain-text news, so a line break always ends a
 * sentence; inside a line, ".", "!" or "?" ends one when a capital, digit or quote follows and the word before
 * is not an abbreviation or a single initial.
 *
 * Linear in the text's length: each line is scanned once, a run of stops and closing quotes is read once as a
 * whole (a pattern such as /[.!?]+(?=…)/ retried at every dot of a long run of dots is quadratic), and the look at
 * what follows a run reads only the whitespace after it and one or two characters.
 */
export function splitSentences(folded: string): Span[] {
  const sentences: Span[] = [];
  const lineBreak = /\r?\n|\r/g;
  let lineStart = 0;
  let match: RegExpExecArray | null;
  while ((match = lineBreak.exec(folded)) !== null) {
    splitLine(folded, lineStart, match.index, sentences);
    lineStart = match.index + match[0].length;
  }
  splitLine(folded, lineStart, folded.length, sentences);
  return sentences;
}

const STOPS = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', "'", ')', ']']);
const OPENERS = new Set(['"', "'", '(', '[']);
const SENTENCE_START = /[\p{Lu}\d]/u;

/** Sentences of one line, `from` to `to` (exclusive), each stop run and the whitespace after it read once. */
function splitLine(folded: string, from: number, to: number, sentences: Span[]): void {
  let start = from;
  let i = from;
  while (i < to) {
    const code = folded.charCodeAt(i);
    // ".", "!" and "?" by code: this loop reads every character of the text.
    if (code !== 46 && code !== 33 && code !== 63) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < to && STOPS.has(folded[i])) i++;
    while (i < to && CLOSERS.has(folded[i])) i++;
    const end = i;
    // What follows must be whitespace, then an optional opening quote or bracket, then a capital or a digit.
    let next = end;
    while (next < to && /\s/.test(folded[next])) next++;
    if (next === end || next >= to) continue;
    if (OPENERS.has(folded[next])) next++;
    if (next >= to || !SENTENCE_START.test(codePointAt(folded, next))) continue;
    if (folded[runStart] === '.' && endsAbbreviation(folded, from, runStart)) continue;
    addTrimmed(folded, start, end, sentences);
    start = end;
  }
  addTrimmed(folded, start, to, sentences);
}

/** The character at `index`, whole when it is the first half of a surrogate pair (a capital outside the BMP). */
function codePointAt(text: string, index: number): string {
  const code = text.codePointAt(index) ?? 0;
  return String.fromCodePoint(code);
}

/** True when the word before a full stop is an abbreviation or an initial ("Mr.", "J.", "U.S."). */
function endsAbbreviation(folded: string, lineStart: number, stop: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(folded.slice(Math.max(lineStart, stop - 12), stop));
  const word = before ? before[1].toLowerCase() : '';
  const isInitial = /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
  return ABBREVIATIONS.has(word) || isInitial;
}

function addTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

/** The index of the sentence that contains `offset` (binary search over sorted spans), or -1 between sentences. */
export function sentenceIndexAt(sentences: Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sentences[mid].end <= offset) low = mid + 1;
    else if (sentences[mid].start > offset) high = mid - 1;
    else return mid;
  }
  return -1;
}
