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

/** The word of the phrase that names the measured noun ("passengers" in "40 passengers"), as written. */
function writtenNoun(q: Quantity): string | null {
  if (!q.head) return null;
  const words = [...q.phrase.matchAll(WORD)].map((m) => m[0]);
  const matching = words.filter((word) => wordClass(stem(word)) === q.head || stem(word) === q.head);
  return (matching.at(-1) ?? null)?.toLowerCase() ?? null;
}

/**
 * The governing verb or noun as written in the quantity's sentence ("rescued" for the class "rescu"), the one
 * nearest the number; null without the sentence's text.
 */
function writtenGovernor(q: Quantity, sentence: { text: string; start: number } | null): string | null {
  if (!q.governor || !sentence) return null;
  let best: { word: string; distance: number } | null = null;
  for (const match of sentence.text.matchAll(WORD)) {
    if (wordClass(stem(match[0])) !== q.governor) continue;
    const distance = Math.abs(sentence.start + (match.index ?? 0) - q.start);
    if (!best || distance < best.distance) best = { word: match[0].toLowerCase(), distance };
  }
  return best?.word ?? null;
}

/**
 * A readable name for a row of the story view, built from what the quantity measures: the slot rule's own names
 * for the common counts ("death toll"), else the dimension with the noun as written ("number of passengers
 * rescued", "age of the captain", "weight of the cargo") or, without a noun, the governing word ("distance
 * travelled", "date (sank)"). `sentence` is the quantity's sentence text with its start, when the text is at hand.
 */
export function rowLabel(q: Quantity, sentence: { text: string; start: number } | null = null): string {
  const known = slotLabel(q);
  const generic = DIMENSION_NOUN[q.dimension];
  if (known.toLowerCase() !== generic && !/^(?:number|amount|percentage|duration|distance|weight|speed|age|time|date)$/i.test(known)) {
    return known.charAt(0).toLowerCase() + known.slice(1);
  }
  const noun = writtenNoun(q);
  const governor = writtenGovernor(q, sentence);
  // A past form reads as a label ("passengers rescued"); "carrying" or "carries" would not.
  const verb = governor && isVerbForm(governor) && (/ed$/.test(governor) || hasTag(governor, 'PastTense', 'Participle')) ? governor : null;
  switch (q.dimension) {
    case 'count':
      return noun ? `number of ${noun}${verb && verb !== noun ? ` ${verb}` : ''}` : governor ? `number (${governor})` : generic;
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
