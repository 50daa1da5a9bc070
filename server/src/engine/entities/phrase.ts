import { hasAnyTag, hasTag, isDictionaryWord } from '../lexicon/lexicon';
import type { Span } from '../types';
import { CLOSED_CLASS } from './wordLists';

// "the" written right before a name, with spaces only between them.
const THE_BEFORE = /(?:^|[^\p{L}\p{N}'-])([Tt]he[ \t]+)$/u;
// A possessive marker after a name: "Velstor's", "Velstor 's" (tokenised text), "Karlin Harriers'".
const POSSESSIVE_AFTER = /^ ?'s(?![\p{L}\p{N}])/u;
const PLURAL_POSSESSIVE_AFTER = /^'(?=[\s,.;:!?)]|$)/u;
// The first word after a name, and what follows it.
const NEXT_WORD = /^[ \t]+(\p{Ll}[\p{L}-]*)/u;
// Words that often follow a name but begin something else, and that the lexicon does not tag as verbs or
// function words: verbs of speech, and words of time ("… Alliance last week", "… Council yesterday").
const NOT_NOUNS = new Set(['said', 'says', 'told', 'added', 'announced', 'reported', 'stated', 'claimed', 'denied', 'last',
  'next', 'yesterday', 'today', 'tonight', 'tomorrow', 'earlier', 'later', 'again', 'too', 'also', 'alone', 'itself']);

/**
 * True when the lower-case word after a name continues a noun phrase the name only modifies: "the Kessa
 * government", "the Velstor board". Verbs, function words and words ending like verbs end the name's own phrase
 * ("the Kessa Republic said", "the Velstor Group in …").
 */
export function continuesNounPhrase(word: string): boolean {
  if (!isDictionaryWord(word) || NOT_NOUNS.has(word)) return false;
  if (hasAnyTag(word, CLOSED_CLASS) || hasTag(word, 'Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Modal', 'Copula')) return false;
  return !/(?:ed|ing)$/.test(word);
}

/**
 * The noun phrase a name heads, as a reader would quote it: the name with the title written before a person's name
 * ("Prime Minister Anna Doe"), the article of a name that takes one ("the Kessa Republic") and a possessive marker
 * after it ("Velstor's"). The name itself stays the highlighted mention; the phrase is what a card or an evaluation
 * against full noun phrases may show. The article is left out when the name only modifies a noun after it ("the
 * Kessa government": "the" belongs to "government").
 */
export function phraseExtent(folded: string, start: number, end: number, titleStart: number | null): Span {
  let from = titleStart ?? start;
  let to = end;
  const after = folded.slice(end, end + 24);
  const possessive = POSSESSIVE_AFTER.exec(after) ?? (/s$/.test(folded.slice(start, end)) ? PLURAL_POSSESSIVE_AFTER.exec(after) : null);
  if (possessive) to = end + possessive[0].length;
  const the = THE_BEFORE.exec(folded.slice(Math.max(0, from - 6), from));
  if (the) {
    const next = possessive ? null : NEXT_WORD.exec(after);
    if (!next || !continuesNounPhrase(next[1])) from -= the[1].length;
  }
  return { start: from, end: to };
}
