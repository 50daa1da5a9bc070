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
 */
export function splitSentences(folded: string): Span[] {
  const sentences: Span[] = [];
  const lineBreak = /\r?\n|\r/g;
  let lineStart = 0;
  const pushLine = (from: number, to: number): void => {
    let start = from;
    const boundary = /[.!?]+["')\]]*(?=\s+["'(\[]?[\p{Lu}\d])/gu;
    boundary.lastIndex = from;
    let match: RegExpExecArray | null;
    while ((match = boundary.exec(folded)) !== null && match.index < to) {
      const before = /([\p{L}.]+)$/u.exec(folded.slice(Math.max(from, match.index - 12), match.index));
      const word = before ? before[1].toLowerCase() : '';
      const isInitial = /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
      if (match[0][0] === '.' && (ABBREVIATIONS.has(word) || isInitial)) continue;
      const end = match.index + match[0].length;
      addTrimmed(folded, start, end, sentences);
      start = end;
    }
    addTrimmed(folded, start, to, sentences);
  };
  let match: RegExpExecArray | null;
  while ((match = lineBreak.exec(folded)) !== null) {
    pushLine(lineStart, match.index);
    lineStart = match.index + match[0].length;
  }
  pushLine(lineStart, folded.length);
  return sentences;
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
