import { isLinkListHeader, isNavigationLine } from './boilerplate/navigation';
import { findPublication } from './dates/publication';
import { findSource, outletName } from './source';
import { nonEmptyLines } from './text/lines';
import type { ArticleMeta, TextSpan } from './types';

// A byline: "By Anna Doe", "By ANNA DOE and Karl Lind, Staff Writers", "Written by Anna Doe | Velora Times",
// "Reporting by Anna Doe; editing by Karl Lind". Short, so that a sentence starting "By Tuesday the river …" with
// a clause after it is not one.
const BYLINE = /^(?:(?:written|words|reporting|reported|story|text)\s+)?by\s+\p{Lu}[^.!?]{0,80}$/iu;

/** Lines above a headline that are never one: page furniture, link-list headers and bylines. */
function isFurniture(text: string): boolean {
  return isNavigationLine(text) || isLinkListHeader(text) || (BYLINE.test(text) && text.split(/\s+/).length <= 14);
}

/**
 * A headline is the first line near the top that reads like one: at least four words, no "|" menu separators, no
 * closing full stop, and not page furniture or a byline (captions and navigation lines such as "Go to contents" or
 * "Skip to main content" are skipped). When nothing qualifies, the first line that is not furniture is the headline.
 */
function findHeadline(lines: TextSpan[]): TextSpan | null {
  const top = lines.slice(0, 10);
  for (const line of top) {
    const words = line.text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
    if (words.length >= 4 && !line.text.includes('|') && !/\.$/.test(line.text) && !/^\p{Ll}/u.test(line.text) && !isFurniture(line.text)) {
      return line;
    }
  }
  return top.find((line) => !isFurniture(line.text)) ?? lines[0] ?? null;
}

// "PORTO, Portugal —", "SANTA FE -", "WASHINGTON (Reuters) —", "NEW YORK, March 2 -": capitals, an optional region
// and filing day, then a dash.
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M} .'-]{1,40}?(?:,\s*[\p{L}\d .]{2,30}?){0,2}(?:\s*\([^)]{1,30}\))?)\s*(?:—|–|--|-)\s/u;

// Wires also write the dateline without a dash, before the filing date: "KESSA, Velora 2019-04-02",
// "KESSA, March 2 (Reuters)", "VELORA 10/27/89".
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}';
const DATELINE_BEFORE_DATE = new RegExp(
  `^(\\p{Lu}[\\p{Lu}\\p{M} .'-]{1,40}?(?:,\\s*[\\p{L} .]{2,30}?)?)(?:,\\s*|\\s+)(?:\\d{4}-\\d{2}-\\d{2}|\\d{8}\\b|\\d{1,2}/\\d{1,2}/\\d{2,4}|${MONTH})`,
  'u',
);

function findDateline(lines: TextSpan[], headline: TextSpan | null): TextSpan | null {
  for (const line of lines.slice(0, 25)) {
    if (line === headline) continue;
    const match = DATELINE.exec(line.text) ?? DATELINE_BEFORE_DATE.exec(line.text);
    // At least one word in capitals ("PORTO") keeps ordinary sentences that start with a name out.
    if (match && /\b\p{Lu}{3,}\b/u.test(match[1])) {
      return { start: line.start, end: line.start + match[1].trimEnd().length, text: match[1].trimEnd() };
    }
  }
  return null;
}

export function readArticleMeta(text: string, folded: string, lines: TextSpan[] = nonEmptyLines(folded)): ArticleMeta {
  const headline = findHeadline(lines);
  const publication = findPublication(folded, lines);
  const dateline = findDateline(lines, headline);
  const source = findSource(lines);
  const original = (span: TextSpan | null): TextSpan | null =>
    span ? { start: span.start, end: span.end, text: text.slice(span.start, span.end) } : null;
  return {
    headline: original(headline),
    dateline: original(dateline),
    published: publication?.iso ?? null,
    publishedSpan: original(publication?.span ?? null),
    source: source ? outletName(text.slice(source.start, source.end)) : null,
    sourceSpan: original(source),
  };
}
