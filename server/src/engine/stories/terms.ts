import { insideSpans } from '../boilerplate/findBoilerplate';
import { isFrequentWord } from '../lexicon/lexicon';
import type { Token } from '../text/tokens';
import type { EntityMention, Span } from '../types';
import { wordTable } from '../text/table';

/** A plural or possessive and its singular count as one word ("ferries" / "ferry", "council's" / "council"). */
export function wordStem(lower: string): string {
  let word = lower.replace(/['’]s$/, '');
  if (word.length > 4 && word.endsWith('ies')) word = `${word.slice(0, -3)}y`;
  else if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) word = word.slice(0, -1);
  return word;
}

/**
 * The content words of an article with their offsets: lower-cased, outside names (which count as entities) and
 * boilerplate, at least three letters, and not among the most frequent English words. What makes a word
 * telling (its rarity across the corpus) is decided later, by the corpus. Pure.
 */
export function contentWords(tokens: readonly Token[], entities: readonly EntityMention[], boilerplate: readonly Span[]): Array<{ start: number; stem: string }> {
  const names = entities.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start);
  const words: Array<{ start: number; stem: string }> = [];
  for (const token of tokens) {
    if (token.type !== 'word' || token.text.length < 3) continue;
    const lower = token.text.toLowerCase();
    if (isFrequentWord(lower) || !/^\p{L}+(?:[-'’]\p{L}+)*$/u.test(lower)) continue;
    if (insideSpans(names, token.start) || insideSpans(boilerplate, token.start)) continue;
    const stem = wordStem(lower);
    if (!isFrequentWord(stem)) words.push({ start: token.start, stem });
  }
  return words;
}

/** Counts of stems. */
export function countWords(words: ReadonlyArray<{ stem: string }>): Record<string, number> {
  const counts: Record<string, number> = wordTable();
  for (const { stem } of words) counts[stem] = (counts[stem] ?? 0) + 1;
  return counts;
}
