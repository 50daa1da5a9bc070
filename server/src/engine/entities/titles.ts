import { hasTag } from '../lexicon/lexicon';
import type { Token } from '../text/tokens';
import { TITLE_HEADS, TITLE_MODIFIERS } from './wordLists';
import { rememberPerWord } from '../text/memo';

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'new']);

export function mayStandInTitle(token: Token): boolean {
  return standsInTitle(token.text);
}

const standsInTitle = rememberPerWord((text: string): boolean => {
  const lower = text.toLowerCase();
  if (TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower) || COMPASS.has(lower)) return true;
  if (/^\p{Lu}{2,4}$/u.test(text) || /^(\p{Lu}\.)+$/u.test(text)) return true;
  return hasTag(lower, 'Demonym', 'Country', 'Honorific', 'Abbreviation');
});

function isTitleHead(token: Token): boolean {
  return titleHead(token.text);
}

const titleHead = rememberPerWord((text: string): boolean => {
  const lower = text.toLowerCase().replace(/\.$/, '');
  return TITLE_HEADS.has(lower) || hasTag(lower, 'Honorific');
});

/**
 * Splits a run at its title: "Polish Prime Minister Anna Doe" → title "Polish Prime Minister" and name
 * "Anna Doe". The title is the longest stretch of title words ending in a title head that has a name after it;
 * words before the title ("… Meeting President Jane Doe" in a run-on heading) are returned apart.
 */
export function splitTitle(tokens: Token[]): { before: Token[]; title: Token[]; name: Token[] } {
  for (let head = tokens.length - 2; head >= 0; head--) {
    if (!isTitleHead(tokens[head]) || isTitleHead(tokens[head + 1])) continue;
    let first = head;
    while (first > 0 && mayStandInTitle(tokens[first - 1])) first--;
    return { before: tokens.slice(0, first), title: tokens.slice(first, head + 1), name: tokens.slice(head + 1) };
  }
  return { before: [], title: [], name: tokens };
}

/** True when every word is part of a title ("Prime Minister", "National Security Adviser"): no name is left. */
export function isOnlyTitle(tokens: Token[]): boolean {
  const words = tokens.map((t) => t.text.toLowerCase().replace(/\.$/, ''));
  return words.some((w) => TITLE_HEADS.has(w)) && words.every((w) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w));
}

// Characters tested one at a time, before every name: ASCII by its code, other characters by the Unicode classes.
function isLowerOrHyphen(code: number, char: string): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || code === 45;
  return /[\p{Ll}-]/u.test(char);
}

function isLetter(code: number, char: string): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /\p{L}/u.test(char);
}

/** A lower-case title written just before a name: "prime minister", "leader", "spokeswoman". */
export function lowerCaseTitleBefore(folded: string, start: number): string | null {
  // The last three words before the name, all lower-case and separated by spaces only.
  const words: string[] = [];
  let end = start;
  while (words.length < 3) {
    let wordEnd = end;
    while (wordEnd > 0 && (folded[wordEnd - 1] === ' ' || folded[wordEnd - 1] === '\t')) wordEnd--;
    if (wordEnd === end || wordEnd === 0) break;
    let wordStart = wordEnd;
    while (wordStart > 0 && isLowerOrHyphen(folded.charCodeAt(wordStart - 1), folded[wordStart - 1])) wordStart--;
    if (wordStart === wordEnd || (wordStart > 0 && isLetter(folded.charCodeAt(wordStart - 1), folded[wordStart - 1]))) break;
    words.unshift(folded.slice(wordStart, wordEnd));
    end = wordStart;
  }
  if (words.length === 0) return null;
  const head = words[words.length - 1];
  if (!TITLE_HEADS.has(head)) return null;
  let first = words.length - 1;
  while (first > 0 && TITLE_MODIFIERS.has(words[first - 1]) && !['and', 'of', 'for', 'the'].includes(words[first - 1])) first--;
  return words.slice(first).join(' ');
}
