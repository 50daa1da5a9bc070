import { analyzeArticle } from '../engine/analyze';
import type { ArticleAnalysis, Span } from '../engine/types';
import { isNameType, TOKEN_TYPES, tokenSpans, type TokenSpan } from './tokenSpans';

/**
 * Semantic tokens for a text whose full analysis is not ready yet, patched from the tokens of an earlier text of the
 * same document. Pure: the server answers with them at once after an edit, and the protocol fuzz recomputes them to
 * check an answer (test/fuzz/protocolSession.ts).
 *
 * The two texts are compared from both ends; what lies between is the edited region. Tokens wholly before it are
 * kept, tokens wholly after it are shifted by the change in length, and the region, widened to whole lines (to its
 * blank-line block when that is paragraph-sized), is read again by the engine's per-article analysis of just that
 * window. The window's names take the type the old tokens give the same words elsewhere in the document, as the full
 * analysis lends a name's kind to its other mentions and colours names by their corpus-wide kind, and a name the old
 * tokens know that the window writes without its own reading finding it (a surname alone) is a token too, as the full
 * analysis reads short forms from the rest of the article. The window's dates and figures carry no disputed or
 * corroborated modifier until the findings are computed again.
 */

/** The tokens of a text, for patching after later edits. */
export interface TokenBase {
  text: string;
  tokens: readonly TokenSpan[];
}

/** Where two texts differ: [start, oldEnd) of the old text became [start, newEnd) of the new one. */
export interface ChangedRegion {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export interface ProvisionalTokens {
  tokens: TokenSpan[];
  /** The part of the new text read again (empty when the texts are equal). */
  window: Span;
}

/**
 * A blank-line block at most this long is read whole: a paragraph of hard-wrapped lines, whose sentences run across
 * line ends. A longer block is an article body written one paragraph per line, and only the edited lines are read.
 */
export const PARAGRAPH_LIMIT = 1_500;
/**
 * A window longer than this is not read on the main thread (the engine reads about 0.6 MB/s: 8,000 characters are
 * about 13 ms); the caller waits for the full analysis instead. It happens after edits far apart (a replace-all) or
 * in a single line of this length.
 */
export const MAX_WINDOW = 8_000;

/** The edited region between two texts, by their common prefix and suffix; null when they are equal. */
export function changedRegion(before: string, after: string): ChangedRegion | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  const room = shorter - start;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

const isBreak = (code: number): boolean => code === 10 || code === 13;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** A capitalised word with inner hyphens, apostrophes and dots ("Jean-Luc", "O'Brien", "St."). */
const CAPITALISED = /\p{Lu}[\p{L}\p{M}\p{N}'’.\u2010\u2011-]*/gu;

/** The capitalised words of a window and where they start, without a possessive or trailing punctuation. */
function capitalisedWords(text: string, window: Span): Array<{ at: number; word: string }> {
  const words: Array<{ at: number; word: string }> = [];
  for (const match of text.slice(window.start, window.end).matchAll(CAPITALISED)) {
    const at = window.start + (match.index ?? 0);
    if (at > window.start && WORD_CHAR.test(text[at - 1])) continue;
    words.push({ at, word: match[0].replace(/['’]s$/, '').replace(/[.'’\u2010\u2011-]+$/, '') });
  }
  return words;
}

/** The start of the line that holds `offset`. */
function lineStartAt(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The end of the line that holds `offset`, before its line break. */
function lineEndAt(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
  return i;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 32) return false;
  return true;
}

/**
 * The blank-line block around the lines [start, end), or null when it is longer than PARAGRAPH_LIMIT. The search
 * stops at the limit, so a long body costs no more than the limit to look at.
 */
function paragraphAround(text: string, start: number, end: number): Span | null {
  let from = start;
  while (from > 0) {
    let lineEnd = from - 1;
    if (lineEnd > 0 && text.charCodeAt(lineEnd) === 10 && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    let lineStart = lineEnd;
    while (lineStart > 0 && !isBreak(text.charCodeAt(lineStart - 1))) {
      if (end - lineStart > PARAGRAPH_LIMIT) return null;
      lineStart--;
    }
    if (isBlank(text, lineStart, lineEnd)) break;
    from = lineStart;
  }
  let to = end;
  while (to < text.length) {
    let lineStart = to + 1;
    if (text.charCodeAt(to) === 13 && text.charCodeAt(lineStart) === 10) lineStart++;
    let lineEnd = lineStart;
    while (lineEnd < text.length && !isBreak(text.charCodeAt(lineEnd))) {
      if (lineEnd - from > PARAGRAPH_LIMIT) return null;
      lineEnd++;
    }
    if (lineStart >= text.length || isBlank(text, lineStart, lineEnd)) break;
    to = lineEnd;
  }
  return to - from > PARAGRAPH_LIMIT ? null : { start: from, end: to };
}

/** The part of the new text to read again: the edited region's whole lines, or their paragraph when it is short. */
export function editedWindow(text: string, region: ChangedRegion): Span {
  const start = lineStartAt(text, region.start);
  const end = lineEndAt(text, region.newEnd);
  return paragraphAround(text, start, end) ?? { start, end };
}

/** The old tokens that stay, and the window between them to read again. */
export interface KeptTokens {
  /** Old tokens wholly before the window, as they were. */
  before: TokenSpan[];
  /** Old tokens wholly after the window, moved by the change in length. */
  after: TokenSpan[];
  window: Span;
}

/**
 * Which old tokens stay and which part of the new text is read again, or null when the texts are equal or the window
 * is longer than MAX_WINDOW. The spans do not depend on the tokens' types, so a checker that knows only the texts can
 * compute them (test/fuzz/protocolSession.ts).
 */
export function keptTokens(base: TokenBase, text: string): KeptTokens | null {
  const region = changedRegion(base.text, text);
  if (!region) return null;
  const shift = region.newEnd - region.oldEnd;
  let { start, end } = editedWindow(text, region);
  const { tokens } = base;
  // Tokens are sorted and do not overlap, so their ends are sorted too: the old tokens that meet the window are one
  // run, found by binary search. [start, end - shift) is the window in the old text's offsets.
  let first = firstEndingAfter(tokens, start);
  let last = first; // One past the last token that meets the window.
  // An old token across the window's edge (a date split over two lines) widens the window to its line: a kept token
  // lies wholly outside the window.
  for (let widened = true; widened;) {
    widened = false;
    while (last < tokens.length && tokens[last].start < end - shift) last++;
    for (let i = first; i < last; i++) {
      const token = tokens[i];
      if (token.start < start) {
        start = lineStartAt(text, token.start);
        widened = true;
      }
      if (token.end + shift > end) {
        end = lineEndAt(text, token.end + shift);
        widened = true;
      }
    }
    first = firstEndingAfter(tokens, start);
  }
  if (end - start > MAX_WINDOW) return null;
  const after = tokens.slice(last);
  return {
    before: tokens.slice(0, first),
    after: shift === 0 ? after : after.map((token) => ({ ...token, start: token.start + shift, end: token.end + shift })),
    window: { start, end },
  };
}

/** The index of the first token that ends after `offset` (tokens sorted, not overlapping). */
function firstEndingAfter(tokens: readonly TokenSpan[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The tokens of `text`, patched from the tokens of an earlier text of the same document; null when the window to
 * read again is longer than MAX_WINDOW. `read` is the per-article analysis (a parameter for tests).
 */
export function provisionalTokens(base: TokenBase, text: string, read: (text: string) => ArticleAnalysis = analyzeArticle): ProvisionalTokens | null {
  if (base.text === text) return { tokens: [...base.tokens], window: { start: 0, end: 0 } };
  const kept = keptTokens(base, text);
  if (!kept) return null;
  const { before, after, window } = kept;
  const reread = tokenSpans(read(text.slice(window.start, window.end)), { modifiers: () => 0, kindOf: () => undefined });
  const names = knownNames(text, window, before, after);
  const inWindow = reread.map((token): TokenSpan => {
    const at = { start: token.start + window.start, end: token.end + window.start };
    const type = isNameType(token.type) ? names.get(text.slice(at.start, at.end)) ?? token.type : token.type;
    return { ...at, type, modifiers: 0 };
  });
  return { tokens: [...before, ...addKnownNames(text, window, inWindow, names), ...after], window };
}

/**
 * The names the kept tokens colour that the window may write, with their types (the first mention's): each name as
 * written and, for a person of several words, the first and last word alone, which the full analysis reads as a
 * short form of that person. Only names whose first (or, for a surname, last) word is a capitalised word of the
 * window are collected, so a long document costs a scan of its tokens and no string per token.
 */
function knownNames(text: string, window: Span, before: readonly TokenSpan[], after: readonly TokenSpan[]): Map<string, number> {
  const names = new Map<string, number>();
  const words = new Set<string>();
  for (const { word } of capitalisedWords(text, window)) words.add(word);
  if (words.size === 0) return names;
  const person = TOKEN_TYPES.indexOf('person');
  for (const list of [before, after]) {
    for (const token of list) {
      if (!isNameType(token.type)) continue;
      let firstEnd = token.start;
      while (firstEnd < token.end && text.charCodeAt(firstEnd) > 32) firstEnd++;
      let lastStart = token.end;
      while (lastStart > token.start && text.charCodeAt(lastStart - 1) > 32) lastStart--;
      const firstWord = words.has(text.slice(token.start, firstEnd));
      const lastWord = token.type === person && lastStart > token.start && words.has(text.slice(lastStart, token.end));
      if (!firstWord && !lastWord) continue;
      const name = text.slice(token.start, token.end);
      if (firstWord && !names.has(name)) names.set(name, token.type);
      if (token.type !== person || firstEnd === token.end) continue;
      for (const part of [text.slice(token.start, firstEnd), text.slice(lastStart, token.end)]) if (words.has(part) && !names.has(part)) names.set(part, person);
    }
  }
  return names;
}


/**
 * The window's tokens with the known names it writes that its own reading left out (a surname alone, a name the
 * rest of the article classified): the full analysis finds those from the rest of the article. Each is the longest
 * known name starting at a capitalised word, on word boundaries, over no token of the window.
 */
function addKnownNames(text: string, window: Span, tokens: TokenSpan[], names: ReadonlyMap<string, number>): TokenSpan[] {
  if (names.size === 0) return tokens;
  const byFirstWord = new Map<string, string[]>();
  for (const name of names.keys()) {
    const first = /^[^\s]+/.exec(name)?.[0] ?? name;
    const list = byFirstWord.get(first) ?? [];
    byFirstWord.set(first, list.concat(name).sort((a, b) => b.length - a.length));
  }
  const added: TokenSpan[] = [];
  let next = 0;
  let addedEnd = 0;
  for (const { at, word } of capitalisedWords(text, window)) {
    if (at < addedEnd) continue; // Inside a name just added ("Doe" of "Anna Doe").
    while (next < tokens.length && tokens[next].end <= at) next++;
    for (const name of byFirstWord.get(word) ?? []) {
      const end = at + name.length;
      if (end > window.end || !text.startsWith(name, at) || (end < text.length && WORD_CHAR.test(text[end]))) continue;
      if (next < tokens.length && tokens[next].start < end) break;
      added.push({ start: at, end, type: names.get(name)!, modifiers: 0 });
      addedEnd = end;
      break;
    }
  }
  return added.length === 0 ? tokens : [...tokens, ...added].sort((a, b) => a.start - b.start);
}
