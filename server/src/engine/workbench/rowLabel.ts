import { hasTag } from '../lexicon/lexicon';
import type { Quantity } from '../quantities/types';
import { isVerbForm, stem, wordClass } from '../quantities/wording';
import { slotLabel } from '../rules/slotConflicts';

const WORD = /\p{L}[\p{L}'’-]*/gu;

// What each dimension is called in a row label when no noun says more.
const DIMENSION_NOUN: Record<Quantity['dimension'], string> = {
  count: 'number', ordinal: 'order', money: 'amount', percent: 'percentage', duration: 'duration', length: 'distance',
  weight: 'weight', speed: 'speed', age: 'age', time: 'time', date: 'date',
};

// How far from the number a written word of its noun or verb is looked for in the sentence ("Game 7", "killing 84").
const NEAR = 40;

type Sentence = { text: string; start: number } | null;

const matches = (word: string, cls: string): boolean => wordClass(stem(word)) === cls || stem(word) === cls;

/**
 * The word, as written, of a stemmed class ("passengers" for "passeng", "rescued" for "rescu"): in the phrase that
 * states the quantity first, else the nearest in its sentence within a few words of the number.
 */
function written(q: Quantity, cls: string | null, sentence: Sentence): string | null {
  if (!cls) return null;
  const inPhrase = [...q.phrase.matchAll(WORD)].map((m) => m[0]).filter((word) => matches(word, cls)).at(-1);
  if (inPhrase) return inPhrase.toLowerCase();
  if (!sentence) return null;
  let best: { word: string; distance: number } | null = null;
  for (const match of sentence.text.matchAll(WORD)) {
    const distance = Math.abs(sentence.start + (match.index ?? 0) - q.start);
    if (distance > NEAR || !matches(match[0], cls)) continue;
    if (!best || distance < best.distance) best = { word: match[0].toLowerCase(), distance };
  }
  return best?.word ?? null;
}

/** The last word of the phrase after the number, when it is a noun ("people" in "at least 84 people"). */
function phraseNoun(q: Quantity): string | null {
  const words = [...q.phrase.matchAll(WORD)].map((m) => m[0].toLowerCase());
  const last = words.at(-1);
  return last && !isVerbForm(last) && hasTag(last, 'Noun', 'Plural', 'Singular') ? last : null;
}

/** True for a word the lexicon knows as a noun and not only as an adjective ("last", "former" are no nouns). */
export function isNoun(word: string): boolean {
  return !hasTag(word, 'Adjective', 'Ordinal', 'Value') || hasTag(word, 'Noun', 'Singular', 'Plural');
}

/**
 * A readable name for a row of the story view, built from what the quantity measures: the slot rule's own names
 * for the common counts ("death toll"), else the dimension with the noun as written ("number of passengers
 * rescued", "age of the captain", "weight of the cargo") or, without a noun, the governing word ("distance
 * travelled", "date (sank)"). `sentence` is the quantity's sentence text with its start, when the text is at hand.
 */
export function rowLabel(q: Quantity, sentence: Sentence = null): string {
  const known = slotLabel(q);
  const generic = DIMENSION_NOUN[q.dimension];
  if (known.toLowerCase() !== generic && !/^(?:number|amount|percentage|duration|distance|weight|speed|age|time|date)$/i.test(known)) {
    return known.charAt(0).toLowerCase() + known.slice(1);
  }
  const headWord = written(q, q.head, sentence);
  // With no noun, the quantity's head is its verb ("killing 84"): a verb is told apart from a noun.
  const headIsVerb = headWord !== null && isVerbForm(headWord);
  // Only a count's phrase ends in the counted noun; other phrases end in their unit ("20 km").
  const noun = (headIsVerb ? null : headWord && isNoun(headWord) ? headWord : null) ?? (q.dimension === 'count' ? phraseNoun(q) : null);
  const governor = (headIsVerb ? headWord : null) ?? written(q, q.governor, sentence);
  // A past form reads as a label ("passengers rescued"); "carrying" or "carries" would not.
  const verb = governor && isVerbForm(governor) && (/ed$/.test(governor) || hasTag(governor, 'PastTense', 'Participle')) ? governor : null;
  switch (q.dimension) {
    case 'count':
      // "number of people (killing)": a head that is a verb says what is counted, a governing verb only when past.
      if (noun) return `number of ${noun}${verb ? ` ${verb}` : headIsVerb ? ` (${governor})` : ''}`;
      return governor ? `number (${governor})` : generic;
    case 'ordinal':
      return noun ? `which ${noun}` : governor ? `order (${governor})` : generic;
    case 'date':
    case 'time':
      return governor ? `${generic} (${governor})` : generic;
    default:
      if (noun) return `${generic} of the ${noun}`;
      return verb ? `${generic} ${verb}` : governor ? `${generic} (${governor})` : generic;
  }
}
