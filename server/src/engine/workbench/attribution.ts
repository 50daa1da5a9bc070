import { hasTag } from '../lexicon/lexicon';
import { isStopWord } from '../quantities/wording';
import type { Quantity } from '../quantities/types';
import { sentenceIndexAt } from '../text/sentences';
import type { Span, TextSpan } from '../types';
import { allMatches } from '../text/matches';

/** Who a sentence attributes what it says to: "police", "the ministry", "Mayor Anna Doe". */
export interface Attribution extends TextSpan {
  /** Index of the sentence in the article. */
  sentence: number;
}

// A verb of saying after its speaker ("police said", "the ministry announced", "Doe told reporters").
// (Patterns over the whole text are ASCII and run without the u flag, which makes them several times slower.)
const SPEECH_VERB = /\b(?:said|says|told|tells|announced|announces|confirmed|confirms|reported|stated|estimated|estimates|added|tweeted|wrote)\b/gi;
// "according to the ministry", "according to Anna Doe, a spokeswoman": the source up to the clause's end.
const ACCORDING_TO = /\baccording to\s+((?:the\s+)?[^\s,.;:!?()"“”]+(?:\s+[^\s,.;:!?()"“”]+){0,5})/gi;
// "…, said Anna Doe", "…, said the ministry": the speaker after the verb.
// The speaker ends its clause: "…, said the driver, who …" but not "…, said the driver accelerated".
const SPEAKER_AFTER = /^\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|the\s+\p{Ll}+(?:\s+\p{Ll}+)?)(?=\s*(?:[,.;:!?]|$))/u;
// Words that are no speaker: pronouns (whose referent is another question), and days and months ("said Monday").
const NOT_SPEAKER = /^(?:he|she|they|it|we|i|you|who|which|that|this|there|one|officials?\s+who|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|earlier|later|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
// How far back from a verb of saying its speaker is looked for.
const LOOK_BACK = 60;

// A speaker is a short noun phrase: "police", "the coast guard", "Mayor Anna Doe".
const MAX_SPEAKER_WORDS = 4;

/** True for a word that cannot be part of a speaker's name: function words, verb forms, adverbs ("later said"). */
function endsSpeaker(word: string): boolean {
  if (isStopWord(word) || NOT_SPEAKER.test(word)) return true;
  return /^\p{Ll}/u.test(word) && (/(?:ed|ing|ly)$/.test(word) || hasTag(word, 'PastTense', 'Adverb', 'Conjunction', 'Preposition'));
}

const SPEAKER_WORD = /[\p{L}'’.-]+/gu;

/** The speaker written just before a verb of saying: up to four words joined by spaces, with their determiner. */
function speakerBefore(folded: string, from: number, verbAt: number): Span | null {
  const window = folded.slice(Math.max(from, verbAt - LOOK_BACK), verbAt);
  const offset = verbAt - window.length;
  const words = allMatches(SPEAKER_WORD, window);
  let first = words.length;
  let end = window.length;
  let determiner = false;
  while (first > 0 && words.length - first < MAX_SPEAKER_WORDS) {
    const word = words[first - 1];
    // Only words joined by single spaces right before the verb: a comma or other mark ends the speaker.
    if (!/^\s{1,2}$/.test(window.slice(word.index! + word[0].length, end))) break;
    if (/^(?:the|a|an)$/i.test(word[0])) {
      determiner = first < words.length;
      if (determiner) first--;
      break;
    }
    if (endsSpeaker(word[0])) break;
    first--;
    end = word.index!;
  }
  const chosen = words.slice(first);
  if (chosen.length === 0 || (determiner && chosen.length === 1)) return null;
  const last = chosen.at(-1)!;
  return { start: offset + chosen[0].index!, end: offset + last.index! + last[0].length };
}

/**
 * The attributions of an article's sentences: the speaker of each verb of saying ("police said", "said Anna Doe")
 * and the source of each "according to". Linear: each verb looks back a bounded window.
 */
export function findAttributions(original: string, folded: string, sentences: readonly Span[]): Attribution[] {
  const found: Attribution[] = [];
  const add = (sentence: number, span: Span | null) => {
    if (!span || span.end <= span.start) return;
    const text = original.slice(span.start, span.end).replace(/[.’']+$/, '');
    if (text.length < 2 || NOT_SPEAKER.test(text)) return;
    found.push({ sentence, start: span.start, end: span.start + text.length, text });
  };
  // Each pattern runs once over the whole text; a match finds its sentence by binary search.
  for (const m of folded.matchAll(ACCORDING_TO)) {
    const start = m.index + m[0].length - m[1].length;
    const index = sentenceIndexAt(sentences as Span[], m.index);
    const sentence = sentences[index];
    if (!sentence) continue;
    add(index, { start, end: Math.min(sentence.end, start + m[1].length) });
  }
  for (const m of folded.matchAll(SPEECH_VERB)) {
    const verbAt = m.index;
    const index = sentenceIndexAt(sentences as Span[], verbAt);
    const sentence = sentences[index];
    if (!sentence || verbAt < sentence.start) continue;
    const before = speakerBefore(folded, sentence.start, verbAt);
    if (before) {
      add(index, before);
      continue;
    }
    const afterVerb = verbAt + m[0].length;
    const after = SPEAKER_AFTER.exec(folded.slice(afterVerb, Math.min(sentence.end, afterVerb + LOOK_BACK)));
    if (after && /,\s*$/.test(folded.slice(Math.max(sentence.start, verbAt - 3), verbAt))) {
      const start = afterVerb + after[0].length - after[1].length;
      add(index, { start, end: start + after[1].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The attribution of a quantity: the nearest speaker in its sentence, or null. */
export function attributionOf(attributions: readonly Attribution[], quantity: Pick<Quantity, 'sentence' | 'start'>): Attribution | null {
  let best: Attribution | null = null;
  for (const a of attributions) {
    if (a.sentence !== quantity.sentence) continue;
    if (!best || Math.abs(a.start - quantity.start) < Math.abs(best.start - quantity.start)) best = a;
  }
  return best;
}
