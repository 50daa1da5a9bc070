import type { Span, TextSpan } from '../types';
import { isLinkListHeader, isNavigationLine } from './navigation';

// A link's title is short; a paragraph of story text is not.
const MAX_TITLE_WORDS = 16;

/** A line that ends like a sentence (or a quotation) is story text, not a link's title. */
const endsLikeSentence = (text: string): boolean => /[.!?;]["”’')\]]*$/.test(text);

/** Short and without a sentence end: how the titles in a list of links look. */
function isShortTitle(text: string): boolean {
  // The end is read first: most lines of a body end like a sentence, and then their words need no splitting.
  if (endsLikeSentence(text)) return false;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= 2 && words.length <= MAX_TITLE_WORDS;
}

/**
 * Title case: most words of four letters or more start with a capital. Headlines of other stories are written
 * this way; a sentence of the body is not.
 */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+/u, '')).filter((w) => w.length >= 4 && /^\p{L}/u.test(w));
  if (words.length < 2) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75;
}

/**
 * The spans of one article that are not its story: navigation and credit lines, the titles listed under a
 * "Related" or "Read more" header, and runs of two or more title-case headline lines in the body (other stories'
 * headlines). The article's own headline and the lines above it are left alone. Pure: text in, spans out.
 */
export function findBoilerplate(lines: readonly TextSpan[], headline: TextSpan | null): Span[] {
  const spans: Span[] = [];
  const bodyStart = headline ? headline.end : 0;
  let inLinkList = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.start < bodyStart) continue;
    const text = line.text;
    if (isLinkListHeader(text)) {
      spans.push(line);
      inLinkList = true;
      continue;
    }
    if (isNavigationLine(text)) {
      spans.push(line);
      // "Read more: Some other story" opens no list, but a bare header does (handled above).
      continue;
    }
    if (inLinkList && isShortTitle(text)) {
      spans.push(line);
      continue;
    }
    inLinkList = false;
    // Two or more title-case lines in a row, none ending like a sentence: a block of other stories' headlines.
    const headlineLike = (l: TextSpan | undefined) => l !== undefined && l.start >= bodyStart && isShortTitle(l.text) && isTitleCase(l.text);
    if (headlineLike(line) && (headlineLike(lines[i - 1]) || headlineLike(lines[i + 1]))) spans.push(line);
  }
  return spans.map(({ start, end }) => ({ start, end }));
}

/** True when `offset` lies inside one of the sorted, disjoint `spans`. */
export function insideSpans(spans: readonly Span[], offset: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return true;
  }
  return false;
}
