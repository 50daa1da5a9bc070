import { hasAnyTag, hasTag, tagsOf } from '../lexicon/lexicon';

// Function words that end a noun phrase. The lexicon tags most of them; these are the ones it does not.
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'than', 'as',
  'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my',
  'was', 'were', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'will', 'would', 'could', 'should', 'may',
  'since', 'after', 'before', 'during', 'each', 'per', 'ago', 'later', 'earlier', 'more', 'less', 'over', 'under',
  'into', 'onto', 'about', 'around', 'between', 'among', 'when', 'where', 'while', 'if', 'so', 'not', 'also',
]);

const CLOSED_CLASS = [
  'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Possessive', 'Modal', 'Copula', 'QuestionWord',
  'Adverb', 'Auxiliary', 'Reflexive',
];

const MODIFIER = ['Adjective', 'Demonym', 'Comparative', 'Superlative'];
const VERB = ['PastTense', 'PresentTense', 'Infinitive', 'Participle'];

/**
 * The noun a number counts, read from the words after it: "eight Polish regions affected" → "regions",
 * "fourth face-to-face meeting with" → "face-to-face meeting", "50 killed" → "killed". Demonyms and plain
 * adjectives in front of the noun are dropped, hyphenated modifiers kept. `attributive`: the words follow a
 * measure used as an adjective, where a word the lexicon knows only as a verb is a noun. Returns null when no noun
 * follows.
 */
export function headNoun(words: string[], isOrdinal = false, attributive = false): string | null {
  const phrase: string[] = [];
  let sawNoun = false;
  for (const word of words.slice(0, 4)) {
    const lower = word.toLowerCase();
    // Capitalised words start a name, not a unit, unless they are demonyms ("eight Polish regions").
    if (/^\p{Lu}/u.test(word) && !hasTag(lower, 'Demonym')) break;
    if (STOP_WORDS.has(lower) || /ly$/.test(lower) || hasAnyTag(lower, CLOSED_CLASS)) break;
    // Right after a cardinal, an "-s" word is a plural noun even where the lexicon knows only the verb ("85 fragments").
    const pluralAfterNumber = !isOrdinal && phrase.length === 0 && /\p{L}{2}s$/u.test(lower) && !hasTag(lower, 'PastTense', 'Infinitive', 'Gerund');
    // In attributive position ("a 17-minute rain delay") a bare verb form is a noun; a past form still ends the phrase.
    const nounByPosition = pluralAfterNumber || (attributive && !hasTag(lower, 'PastTense', 'Participle', 'Gerund'));
    const isVerb = (hasAnyTag(lower, VERB) && !hasTag(lower, 'Singular', 'Plural', 'Noun', 'Gerund') && !nounByPosition) ||
      (tagsOf(lower).length === 0 && /\p{L}{3}ed$/u.test(lower));
    const isModifier = hasAnyTag(lower, MODIFIER) && !word.includes('-');
    if (isVerb) {
      // "50 killed": a past participle right after a cardinal is what the number counts.
      if (phrase.length === 0 && !isOrdinal && hasTag(lower, 'PastTense')) phrase.push(word);
      break;
    }
    if (isModifier && sawNoun) break;
    phrase.push(word);
    if (!isModifier) sawNoun = true;
  }
  if (phrase.length === 0) return null;
  // Keep the noun and its compound or hyphenated modifiers; drop demonyms and plain adjectives in front.
  let first = 0;
  while (first < phrase.length - 1 && hasAnyTag(phrase[first].toLowerCase(), MODIFIER) && !phrase[first].includes('-')) {
    first++;
  }
  return phrase.slice(first).join(' ');
}

export function isTimeUnit(word: string): boolean {
  return /^(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|decades?|centuries|century)$/i.test(word);
}

export function pluralOf(noun: string): string {
  if (/(?:s|x|ch|sh)$/i.test(noun)) return noun + 'es';
  if (/[^aeiou]y$/i.test(noun)) return noun.slice(0, -1) + 'ies';
  if (tagsOf(noun).includes('Plural')) return noun;
  return noun + 's';
}
