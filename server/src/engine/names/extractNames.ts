import { sentenceIndexAt } from '../text/sentences';
import type { Run } from '../entities/runs';
import { isOnlyTitle, lowerCaseTitleBefore, splitTitle } from '../entities/titles';
import { CONNECTORS } from '../entities/wordLists';
import { stem as lemma } from '../quantities/wording';
import { hasAnyTag, isDictionaryWord } from '../lexicon/lexicon';
import { startsLowerCase, type Token } from '../text/tokens';
import type { EntityMention, Span } from '../types';
import { cachedLooseKey, spellingKey } from './spelling';
import type { NameCandidate, NameToken } from './types';
import { SpanIndex } from '../text/spanIndex';

export interface NameInput {
  original: string;
  folded: string;
  tokens: Token[];
  sentences: Span[];
  entities: EntityMention[];
  /** Spans already taken by dates and figures; names never overlap them. */
  taken: Span[];
  /** The article's capitalised runs (`capitalisedRuns`), shared with the entity finder. */
  runs: Run[];
}

// Particles that attach to a name with a hyphen ("al-Qadri", "el-Sayed", "bin-Talal"): set aside for comparison,
// since writers drop, keep or capitalise them freely.
const HYPHEN_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|bin|ibn|ben|bint|da|de|di|du|la|le)-(?=\p{L})/iu;
// The same particles written as words of their own inside a longer name ("Osama bin Laden", "Charles de Gaulle").
const WORD_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'ben', 'bint', 'de', 'del', 'della', 'da', 'di', 'du', 'dos', 'das', 'van', 'von', 'der', 'den', 'la', 'le', 'ter']);
const CLOSED_CLASS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'QuestionWord', 'Modal', 'Copula'];
const HEAD_STOP = ['Preposition', 'Conjunction', 'Determiner', 'Copula', 'Modal', 'PastTense', 'PresentTense'];


/** A word whose capital letter proves nothing at a sentence start or in a title-case line. */
function isOrdinary(word: string): boolean {
  return isDictionaryWord(word) || hasAnyTag(word.toLowerCase(), CLOSED_CLASS) || /^(?:I|A|An|The)$/.test(word);
}

/** Runs of capitalised words, each followed by a lower-case particle name ("Abu Ali al-Masri") joined to it. */
function runsWithParticles(input: NameInput): Run[] {
  const { folded, tokens, runs } = input;
  const particleTokens = tokens.filter((t) => t.type === 'word' && startsLowerCase(t.text) && HYPHEN_PARTICLE.test(t.text) && /-\p{Lu}/u.test(t.text));
  if (particleTokens.length === 0) return runs;
  const out = runs.map((run) => ({ ...run }));
  const byEnd = new Map(out.map((run) => [run.tokens[run.tokens.length - 1].end, run]));
  for (const token of particleTokens) {
    const before = /[ \t]+$/.exec(folded.slice(Math.max(0, token.start - 3), token.start));
    const run = before ? byEnd.get(token.start - before[0].length) : undefined;
    if (run) {
      run.tokens = [...run.tokens, token];
      byEnd.set(token.end, run);
    } else out.push({ tokens: [token], sentenceInitial: false, titleCase: false });
  }
  return out.sort((a, b) => a.tokens[0].start - b.tokens[0].start);
}

/** The comparable words of a name and the particles set aside. */
function comparableTokens(name: Token[], original: string): { tokens: NameToken[]; particles: string[] } {
  const tokens: NameToken[] = [];
  const particles: string[] = [];
  name.forEach((token, index) => {
    const lower = token.text.toLowerCase();
    const inside = index < name.length - 1;
    if (startsLowerCase(token.text) && !HYPHEN_PARTICLE.test(token.text)) {
      particles.push(lower);
      return;
    }
    if (inside && WORD_PARTICLES.has(lower)) {
      particles.push(lower);
      return;
    }
    let start = token.start;
    const prefix = HYPHEN_PARTICLE.exec(token.text);
    if (prefix && token.text.length - prefix[0].length >= 2) {
      particles.push(prefix[0].slice(0, -1).toLowerCase());
      start += prefix[0].length;
    }
    const text = original.slice(start, token.end);
    tokens.push({ start, end: token.end, text, key: spellingKey(text), loose: cachedLooseKey(text) });
  });
  return { tokens, particles };
}

/**
 * Every capitalised run of one article read as a name candidate, with the context that tells one referent from
 * another: the title before it, the noun after it and the other names of its sentence. The first word of a
 * sentence is dropped when it is an ordinary word; in title-case lines only the words that are not ordinary count.
 */
export function extractNames(input: NameInput): NameCandidate[] {
  const { original, folded, sentences, entities } = input;
  const names: NameCandidate[] = [];
  let entityIndex = 0;
  const taken = new SpanIndex(input.taken);
  const add = (words: Token[], title: string | null): void => {
    // A date or figure at an edge of the run ("Five-year-old Ana Lopes", "2018 Lunaris Prize") is not part of
    // the name; one inside it ("Route 66 Diner") makes the run no name at all.
    const isTaken = (w: Token) => taken.overlaps(w.start, w.end);
    while (words.length > 0 && isTaken(words[0])) words = words.slice(1);
    while (words.length > 0 && isTaken(words[words.length - 1])) words = words.slice(0, -1);
    // Connectors never start or end a name.
    while (words.length > 0 && CONNECTORS.has(words[0].text)) words = words.slice(1);
    while (words.length > 0 && CONNECTORS.has(words[words.length - 1].text)) words = words.slice(0, -1);
    if (words.length === 0 || isOnlyTitle(words)) return;
    const start = words[0].start;
    const end = words[words.length - 1].end;
    if (words.some(isTaken)) return;
    const { tokens, particles } = comparableTokens(words, original);
    if (tokens.length === 0 || tokens.every((t) => t.key.length < 2)) return;
    while (entityIndex < entities.length && entities[entityIndex].end <= start) entityIndex++;
    const entity = entityIndex < entities.length && entities[entityIndex].start < end ? entities[entityIndex] : null;
    const after = /^\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)/u.exec(folded.slice(end, end + 50));
    const nouns = after ? after[1].split(/[\s-]+/) : [];
    const stop = nouns.findIndex((w) => hasAnyTag(w, HEAD_STOP));
    const acronym = /^\s*\(((?:\p{Lu}\.?){2,8})\)/u.exec(folded.slice(end, end + 16));
    const initials = words.filter((w) => /^\p{Lu}/u.test(w.text)).map((w) => w.text.split('-').map((p) => p[0] ?? '').join('')).join('').toUpperCase();
    const letters = acronym ? acronym[1].replace(/\./g, '') : '';
    const defines = acronym !== null && letters[0] === initials[0] && [...letters].every((l) => initials.includes(l));
    const acronymStart = acronym ? end + acronym[0].indexOf('(') + 1 : 0;
    names.push({
      start, end, text: original.slice(start, end), tokens, particles,
      kind: entity?.kind ?? null, entityStart: entity?.start ?? null,
      sentence: sentenceIndexAt(sentences, start),
      title: title ?? lowerCaseTitleBefore(folded, start),
      headNouns: (stop < 0 ? nouns : nouns.slice(0, stop)).map(lemma),
      cooccurring: [],
      acronym: defines ? { start: acronymStart, end: acronymStart + acronym![1].length, text: acronym![1] } : null,
    });
  };
  for (const run of runsWithParticles(input)) {
    const { before, title, name } = splitTitle(run.tokens);
    const titleText = title.length > 0 ? original.slice(title[0].start, title[title.length - 1].end).toLowerCase() : null;
    // Words before a title ("… Meeting President Jane Doe" in a run-on heading) are a name of their own.
    if (before.length > 0) add(before.filter((w, i) => !(i === 0 && run.sentenceInitial && isOrdinary(w.text))), null);
    let words = name;
    // "Officials said …": a sentence's first word is capitalised whatever it is.
    if (run.sentenceInitial && words.length > 0 && words[0] === run.tokens[0] && isOrdinary(words[0].text)) words = words.slice(1);
    if (run.titleCase) {
      // A title-case line capitalises ordinary words too: only the stretches of other words are names there.
      let segment: Token[] = [];
      for (const word of words) {
        if (isOrdinary(word.text) && !/^\p{Ll}/u.test(word.text)) {
          if (segment.length > 0) add(segment, null);
          segment = [];
        } else segment.push(word);
      }
      if (segment.length > 0) add(segment, null);
    } else add(words, titleText);
  }
  // The other names of each sentence: shared company is evidence that two spellings denote one referent.
  // Linear per sentence: its distinct keys are listed once (first seen first), and each name takes the first ten
  // that are not its own, from the first eleven (a sentence of thousands of names was quadratic).
  const bySentence = new Map<number, NameCandidate[]>();
  for (const name of names) {
    const group = bySentence.get(name.sentence);
    if (group) group.push(name);
    else bySentence.set(name.sentence, [name]);
  }
  for (const group of bySentence.values()) {
    const firstKeys = [...new Set(group.map(nameKey))].slice(0, 11);
    for (const name of group) {
      const own = nameKey(name);
      name.cooccurring = firstKeys.filter((key) => key !== own).slice(0, 10);
    }
  }
  return names;
}

/** The spelling key of a whole name: its comparable words' keys, space-separated. */
export function nameKey(name: NameCandidate): string {
  return name.tokens.map((t) => t.key).join(' ');
}
