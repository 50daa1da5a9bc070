import type { Span } from '../types';

export type TokenType = 'word' | 'number' | 'punct';

export interface Token extends Span {
  /** The token as written in the folded text (same offsets as the original). */
  text: string;
  type: TokenType;
}

// Words keep internal hyphens and apostrophes ("face-to-face", "O'Neill"); abbreviations keep their dots ("U.S.").
const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'][\p{L}\p{M}\p{N}]+)*|\d[\d,]*(?:\.\d+)?|[^\s\p{L}\p{N}]/gu;

/** Tokens of a folded text (see `foldSameLength`), with offsets that are valid in the original text. */
export function tokenize(folded: string, from = 0, to = folded.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(folded)) !== null && match.index < to) {
    const text = match[0];
    const first = text.charCodeAt(0);
    // ASCII letters are decided by their code; only other characters need the Unicode class.
    const asciiLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
    const type: TokenType = first >= 48 && first <= 57 ? 'number' : asciiLetter || (first >= 0x80 && /^[\p{L}]/u.test(text)) ? 'word' : 'punct';
    tokens.push({ start: match.index, end: match.index + text.length, text, type });
  }
  return tokens;
}

// The first letter's case, asked of most tokens of every article: ASCII letters by their code, other characters by
// the Unicode classes.

/** True when the word starts with a capital letter (Unicode Lu). */
export function isCapitalized(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 0x80) return first >= 65 && first <= 90;
  return /^\p{Lu}/u.test(word);
}

/** True when the word starts with a lower-case letter (Unicode Ll). */
export function startsLowerCase(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 0x80) return first >= 97 && first <= 122;
  return /^\p{Ll}/u.test(word);
}
