import { sentenceIndexAt } from '../text/sentences';
import { SpanIndex } from '../text/spanIndex';
import { allMatches } from '../text/matches';
import { headNoun } from '../figures/headNoun';
import { hasTag } from '../lexicon/lexicon';
import type { ArticleMeta, DateMention, EntityMention, FigureMention, Span } from '../types';
import { findClockTimes, type ClockTime } from './clockTimes';
import type { Dimension, Quantity } from './types';
import { intervalOf, unitInfo, type Interval } from './units';
import { contentStems, GROWING, isStopWord, isVerbForm, stem, wordClass } from './wording';

export interface QuantityInput {
  original: string;
  folded: string;
  sentences: Span[];
  meta: ArticleMeta;
  entities: EntityMention[];
  dates: DateMention[];
  figures: FigureMention[];
}

const DAY = 86_400_000;

// Words for people in general: the verb near their count says what the count is of ("31 people were killed").
const GENERIC_HEADS = new Set(['people', 'person', 'persons', 'civilians', 'others', 'adults', 'children', 'men', 'women', 'individuals', 'residents', 'victims']);
// Words before a number or its noun that make it another quantity of the same noun.
const MODIFIERS = /\b(initial|first|original|opening|final|total|new|additional|further|another|annual|yearly|monthly|daily|critical|critically|serious|seriously|severely|minimum|maximum|average|per share|combined|remaining|current)\s+$/i;
const AUXILIARY = /^(?:was|were|is|are|be|been|being|have|has|had|got|get|gets|reportedly|also|all|now|later|then|still)$/i;
const CLAUSE_BREAK = /[.;:!?()\[\]"“”]|—|--|,\s/;
const MONEY_CUES = /[$£€¥]|\b(?:cost|costs|paid|pay|price|fine|fined|worth|fund|budget|sterling|salary|wages?|sales?|revenue|profit|debt|tax|bill|compensation|raised|donat\w*|million|billion|bn)\b/i;
// Words that make "pounds" a weight even in a sentence that also speaks of money ("a payload worth $90 million").
const WEIGHT_CUES = /\b(?:weigh\w*|payload|cargo|load|lift\w*|carry\w*|heavy|heavier|tons?|tonnes?|kilos?|kilograms?|kg|ounces?)\b/i;
// "are thought to be", "were believed to have": a hedge between a count and the verb that says what it counts.
const HEDGE = /^(?:thought|believed|feared|understood|reported|said|known|expected|estimated|presumed|likely)$/i;
// "in critical condition", "in a serious but stable condition": the state of the injured, a count of its own.
const CONDITION = /^\s+(?:(?:are|were|is|was|remain(?:s|ed)?|remaining|still|now)\s+)*(?:(?:thought|believed|said|reported|understood|feared)\s+to\s+be\s+)?in\s+(?:a\s+)?(critical|serious|stable|grave|life-threatening)\b[\p{L}\s,-]{0,30}?\bcondition/iu;
// "said Wednesday", "told reporters on Monday": the day of a statement, which outlets report on different days.
const STATEMENT_BEFORE = /\b(?:said|says|told\s+[\p{L} ]{1,30}?|announced|stated|added|tweeted|wrote|confirmed)\s+(?:on\s+|late\s+|early\s+)?$/iu;
const ATTRIBUTED_BY = /\baccording to\s+(?:the\s+)?$/i;
const SAYS_AFTER = /^(?:'s?)?\s*(?:said|says|told|tweeted|wrote|announced|confirmed|claimed|estimated)\b/i;
// Verbs of saying attribute a number to a source; the number's own verb comes after ("said 30 people were killed").
const SPEECH = /^(?:said|says|say|saying|told|tells|reported|reports|announced|confirmed|added|stated|estimated|claimed|according)$/i;
// Verbs too general to say what a number is about ("make", "take", "include").
const LIGHT = new Set(['make', 'take', 'get', 'give', 'do', 'put', 'use', 'used', 'include', 'see', 'show', 'let', 'keep', 'become', 'became', 'seem', 'need', 'want', 'help', 'try'].map(stem));
const RELATIVE_ORDINAL = /^[^.;]{0,40}?\b(?:in|since|for the first time in)\s+(?:about\s+|nearly\s+|more than\s+|over\s+|almost\s+)?(?:[\w-]+\s+){0,4}?(?:years?|months?|weeks?|days?|decades?|\d{4})\b/i;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const AGE_AFTER = /^(?:-year-old|-years-old|\s+years?\s+old|-month-old|\s+months?\s+old)\b/i;

/** One name for modifiers that say the same: "first", "initial", "original" and "opening" offers are one offer. */
function modifierClass(word: string): string {
  const lower = word.toLowerCase().replace(/ly$/, '');
  return /^(?:first|initial|original|opening)$/.test(lower) ? 'initial' : lower;
}

function inMetaSpan(meta: ArticleMeta, offset: number): boolean {
  return (meta.publishedSpan !== null && offset >= meta.publishedSpan.start && offset < meta.publishedSpan.end) ||
    (meta.dateline !== null && offset >= meta.dateline.start && offset < meta.dateline.end);
}


// A word, a number or a run of marks: what the windows around a number are read as.
const WORD_OR_MARKS = /[\p{L}][\p{L}'’-]*|[\d][\d,.]*|[^\s\p{L}\d]+/gu;
const WORD = /\p{L}[\p{L}'’-]*/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Up to `count` words before `offset` in the same clause, nearest first. */
function wordsBefore(folded: string, from: number, offset: number, count: number): Word[] {
  const text = folded.slice(Math.max(from, offset - 80), offset);
  const base = offset - text.length;
  const words: Word[] = [];
  const matches = allMatches(WORD_OR_MARKS, text);
  for (let k = matches.length - 1; k >= 0; k--) {
    const match = matches[k];
    if (!/^[\p{L}\d]/u.test(match[0])) {
      if (CLAUSE_BREAK.test(match[0] + ' ')) break;
      continue;
    }
    words.push({ text: match[0], start: base + match.index!, end: base + match.index! + match[0].length });
    if (words.length >= count) break;
  }
  return words;
}

/** Up to `count` words after `offset` in the same clause. */
function wordsAfter(folded: string, offset: number, to: number, count: number): Word[] {
  const text = folded.slice(offset, Math.min(to, offset + 80));
  const words: Word[] = [];
  for (const match of allMatches(WORD_OR_MARKS, text)) {
    if (!/^[\p{L}\d]/u.test(match[0])) {
      if (CLAUSE_BREAK.test(match[0] + ' ') || match[0] === ',') break;
      continue;
    }
    words.push({ text: match[0], start: offset + match.index!, end: offset + match.index! + match[0].length });
    if (words.length >= count) break;
  }
  return words;
}

/** The verb before a number in its clause ("fell 30 feet", "killing at least nine"), stemmed, or null. */
function verbBefore(words: Word[]): Word | null {
  for (const word of words.slice(0, 5)) {
    if (/^\p{Lu}/u.test(word.text) && !isVerbForm(word.text)) return null;
    if (isVerbForm(word.text) && !AUXILIARY.test(word.text)) return SPEECH.test(word.text) || LIGHT.has(stem(word.text)) ? null : word;
  }
  return null;
}

/** The verb after a count and its noun ("31 people were killed", "17 died"), skipping auxiliaries. */
function verbAfter(words: Word[]): Word | null {
  let hedged = false;
  for (const word of words.slice(0, 6)) {
    if (AUXILIARY.test(word.text) || /ly$/.test(word.text)) continue;
    // "are thought to be killed": the hedge and its "to be" stand between the count and its verb.
    if (HEDGE.test(word.text) && !hedged) {
      hedged = true;
      continue;
    }
    if (hedged && /^(?:to|be|have|been)$/i.test(word.text)) continue;
    return isVerbForm(word.text) && !/^\p{Lu}/u.test(word.text) && !SPEECH.test(word.text) && !LIGHT.has(stem(word.text)) ? word : null;
  }
  return null;
}

/** The first noun in a few words, past adjectives and participles ("58 scheduled laps" → "laps"). */
function nounAfter(words: Word[]): string | null {
  for (const word of words.slice(0, 3)) {
    const lower = word.text.toLowerCase();
    if (isStopWord(lower) || /^\p{Lu}/u.test(word.text)) return null;
    if (hasTag(lower, 'Adjective') || (/ed$/.test(lower) && !hasTag(lower, 'Noun', 'Plural', 'Singular'))) continue;
    return word.text;
  }
  return null;
}

/** The class of a noun phrase's head ("face-to-face encounter" → "meet", "takeover bid" → "offer"). */
function nounClass(phrase: string | null): string | null {
  if (!phrase) return null;
  const last = phrase.trim().split(/\s+/).pop()!;
  const head = last.includes('-') && !/^\p{L}+-\p{L}+$/u.test(phrase) ? last.slice(last.lastIndexOf('-') + 1) : last;
  return wordClass(stem(head));
}

interface Measure {
  dimension: Dimension;
  factor: number;
  currency: string | null;
  /** Where the unit word ends, when it is written after the number. */
  unitEnd: number;
}

/** What a figure measures, from its kind and unit word. */
function measureOf(figure: FigureMention, folded: string, speaksOfWeight: () => boolean): Measure | null {
  const after = folded.slice(figure.end, figure.end + 40);
  // "five-year-old": the figure already ends after "-year"; "5 years old", "7yo" are ages too.
  const ageTail = figure.kind === 'duration' && /^(?:years?|months?)$/i.test(figure.unit ?? '') ? /^-old\b/i.exec(after) : null;
  const age = ageTail ?? AGE_AFTER.exec(after);
  if (age || figure.unit === 'yo') {
    const months = /month/i.test(age?.[0] ?? '') || /^months?$/i.test(figure.unit ?? '') && ageTail !== null;
    return { dimension: 'age', factor: months ? 1 / 12 : 1, currency: null, unitEnd: figure.end + (age?.[0].length ?? 0) };
  }
  if (figure.kind === 'money') {
    // "250 pounds" is a weight unless the sentence speaks of money.
    const word = /^\s*(pounds?)\b/i.exec(after);
    if (figure.unit === 'GBP' && word && !/£/.test(folded.slice(figure.start - 2, figure.start + 1)) && speaksOfWeight()) {
      return { dimension: 'weight', factor: unitInfo('pound')!.factor, currency: null, unitEnd: figure.end + word[0].length };
    }
    const unitWord = /^\s*(?:dollars?|euros?|pounds?|yen|won|yuan|renminbi|rupees?|r[ou]bles|francs)\b/i.exec(after);
    return { dimension: 'money', factor: 1, currency: figure.unit, unitEnd: figure.end + (unitWord?.[0].length ?? 0) };
  }
  if (figure.kind === 'percent') return { dimension: 'percent', factor: 1, currency: null, unitEnd: figure.end };
  if (figure.kind === 'ordinal') return { dimension: 'ordinal', factor: 1, currency: null, unitEnd: figure.end };
  const written = figure.unit ? unitInfo(figure.unit) ?? unitInfo(figure.unit.split(/\s+/)[0]) : null;
  const perHour = /^\s*(?:miles?|kilomet(?:er|re)s?|km)\s+(?:per|an)\s+hour\b/i.exec(after);
  if (perHour) return { dimension: 'speed', factor: /mile/i.test(perHour[0]) ? 1.609344 : 1, currency: null, unitEnd: figure.end + perHour[0].length };
  if (written) {
    const unitWord = new RegExp(`^[\\s-]*${figure.unit!.split(/\s+/)[0].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 'i').exec(after);
    return { dimension: written.dimension, factor: written.factor, currency: null, unitEnd: figure.end + (unitWord?.[0].length ?? 0) };
  }
  return { dimension: figure.kind === 'duration' ? 'duration' : 'count', factor: 1, currency: null, unitEnd: figure.end };
}

function scaled(interval: Interval, factor: number): Interval {
  return { low: interval.low * factor, high: interval.high * factor, lowOpen: interval.lowOpen, highOpen: interval.highOpen };
}

/**
 * Every comparable number of one article as a Quantity record: counts, ordinals and labels ("lap 40"), money,
 * percentages, durations, lengths, weights, speeds, ages, clock times and event dates. Pure; linear in the text
 * (each figure looks at a bounded window around itself).
 */
export function extractQuantities(input: QuantityInput): Quantity[] {
  const { original, folded, sentences, entities, meta } = input;
  const quantities: Quantity[] = [];
  const entitiesBySentence = new Map<number, EntityMention[]>();
  for (const entity of entities) {
    if (meta.dateline && entity.start >= meta.dateline.start && entity.end <= meta.dateline.end) continue;
    // "according to Reuters", "Mayor Ruiz said": who tells a figure is not what the figure is about.
    if (ATTRIBUTED_BY.test(folded.slice(Math.max(0, entity.start - 16), entity.start)) || SAYS_AFTER.test(folded.slice(entity.end, entity.end + 14))) continue;
    const index = sentenceIndexAt(sentences, entity.start);
    const list = entitiesBySentence.get(index);
    if (list) list.push(entity);
    else entitiesBySentence.set(index, [entity]);
  }
  // The article's main people: the two most mentioned, when they are mentioned at least twice.
  const personCounts = new Map<string, { count: number; first: number }>();
  for (const entity of entities) {
    if (entity.kind !== 'person') continue;
    const entry = personCounts.get(entity.key) ?? { count: 0, first: entity.start };
    entry.count++;
    personCounts.set(entity.key, entry);
  }
  const mainPeople = [...personCounts.values()].filter((c) => c.count >= 2).sort((a, b) => b.count - a.count).slice(0, 2).map((c) => c.first);
  const contextBySentence = new Map<number, string[]>();
  const sentenceContext = (index: number): string[] => {
    let context = contextBySentence.get(index);
    if (!context) {
      const sentence = sentences[index];
      context = contentStems(folded.slice(sentence.start, sentence.end));
      contextBySentence.set(index, context);
    }
    return context;
  };
  // The date a sentence is about, when it names one: "the March 3 floods that killed 40" counts another event.
  const anchors = new Map<number, number>();
  for (const date of input.dates) {
    if (!date.value || inMetaSpan(meta, date.start)) continue;
    const index = sentenceIndexAt(sentences, date.start);
    const day = Date.parse(date.value.split('/')[0].padEnd(10, '-01').slice(0, 10)) / DAY;
    if (index >= 0 && !anchors.has(index) && Number.isFinite(day)) anchors.set(index, day);
  }
  const anchorOf = (index: number): number | null => anchors.get(index) ?? null;
  const inMeta = (offset: number) => inMetaSpan(meta, offset);
  // Per sentence, computed once and shared by its quantities: a sentence read again for each of its figures made a
  // text of one long line quadratic.
  const entityStartsBySentence = new Map<number, number[]>();
  const entityStarts = (index: number): number[] => {
    let starts = entityStartsBySentence.get(index);
    if (!starts) {
      starts = (entitiesBySentence.get(index) ?? []).map((e) => e.start);
      entityStartsBySentence.set(index, starts);
    }
    return starts;
  };
  const weightBySentence = new Map<number, boolean>();
  const speaksOfWeight = (index: number): boolean => {
    let weight = weightBySentence.get(index);
    if (weight === undefined) {
      const sentenceText = folded.slice(sentences[index].start, sentences[index].end);
      weight = WEIGHT_CUES.test(sentenceText) || !MONEY_CUES.test(sentenceText);
      weightBySentence.set(index, weight);
    }
    return weight;
  };
  const base = (start: number, end: number, phraseEnd: number, index: number) => ({
    start,
    end,
    phrase: original.slice(start, Math.max(end, phraseEnd)).replace(/\s+/g, ' ').trim(),
    entities: entityStarts(index),
    context: sentenceContext(index),
    sentence: index,
    anchor: anchorOf(index),
  });

  const times = findClockTimes(folded).filter((t) => !inMeta(t.start));
  const timeSpans = new SpanIndex(times);
  const taken = (span: Span) => timeSpans.overlaps(span.start, span.end);
  const consumed = new Set<FigureMention>();

  for (let i = 0; i < input.figures.length; i++) {
    const figure = input.figures[i];
    if (consumed.has(figure) || taken(figure) || inMeta(figure.start)) continue;
    const index = sentenceIndexAt(sentences, figure.start);
    if (index < 0) continue;
    const sentence = sentences[index];
    // "20 to 25 feet", "30-35 mph": a range whose second number carries the unit.
    const low = figure;
    let high = figure;
    const next = input.figures[i + 1];
    const joiner = next ? folded.slice(figure.end, next.start) : '';
    // "won 27-10", "a 2-0 deficit": a score, not a range or two counts.
    if (next && /^[-–]$/.test(joiner) && /^\d+$/.test(figure.text) && /^\d+$/.test(next.text) && figure.value >= next.value) {
      consumed.add(next);
      continue;
    }
    const between = /\bbetween\s+$/i.test(folded.slice(Math.max(0, figure.start - 9), figure.start));
    if (next && !figure.unit && next.start - figure.end <= 5 && (between ? /^\s*and\s*$/i : /^\s*(?:to|-|–)\s*$/).test(joiner)) {
      high = next;
      consumed.add(next);
    }
    const measure = measureOf(high, folded, () => speaksOfWeight(index));
    if (!measure) continue;
    let { dimension } = measure;
    const before = wordsBefore(folded, sentence.start, figure.start, 6);
    const afterUnit = wordsAfter(folded, Math.max(measure.unitEnd, high.end), sentence.end, 6);
    // "lap 40", "Game 3", "Resolution 1618": a singular noun right before a bare number labels it.
    const previous = before[0];
    const label = dimension === 'count' && !high.unit && previous && previous.end === figure.start - 1 && /^\d+$/.test(figure.text) &&
      hasTag(previous.text.toLowerCase(), 'Singular') && !isVerbForm(previous.text) && !isStopWord(previous.text);
    if (label) dimension = 'ordinal';
    // "12 of 58 laps": a count out of a total; "five of the dead" is a part of a group, not its size.
    let total: FigureMention | null = null;
    const partitive = /^\s+(?:of|from|among)\s+(\S+)/i.exec(folded.slice(high.end, high.end + 30));
    if (partitive) {
      // Figures are in text order, so the total is the one right after the count (no search over all of them).
      const following = input.figures[high === figure ? i + 1 : i + 2];
      if (!following || following.start - high.end >= 6) continue;
      total = following;
      consumed.add(total);
    }
    let head: string | null = null;
    let headEnd = measure.unitEnd;
    let conditionWord: string | null = null;
    if (label) head = wordClass(stem(previous.text));
    else if (total !== null) {
      head = nounClass(nounAfter(wordsAfter(folded, total.end, sentence.end, 4)));
    } else if (dimension === 'count' || dimension === 'ordinal') {
      head = nounClass(high.unit);
      // "300,000 UK drivers": a proper word narrows the group; the lower-case noun after it is what is counted.
      if (!head && dimension === 'count' && afterUnit.length >= 2 && /^\p{Lu}/u.test(afterUnit[0].text) && afterUnit[0].start - high.end <= 2 && /^\p{Ll}/u.test(afterUnit[1].text)) {
        const noun = headNoun([afterUnit[1].text]);
        if (noun && (hasTag(noun.toLowerCase(), 'Plural') || (/\p{L}{3}s$/u.test(noun) && !isVerbForm(noun)))) {
          head = nounClass(noun);
          headEnd = afterUnit[1].end;
        }
      }
    }
    else {
      // "a 12-ton cement lorry", "a 90-kilo sack": the noun a measure describes.
      // After a hyphenated measure ("a 17-minute rain delay") only a noun can follow, whatever else the word can be.
      const attributive = /\d-\p{L}+$/u.test(high.text);
      let noun = headNoun(afterUnit.map((w) => w.text).slice(0, 4), false, attributive);
      // "a six-year-old boy", never "the six-year-old fell": an age describes one person noun.
      if (dimension === 'age' && noun) noun = isVerbForm(afterUnit[0].text) && !hasTag(afterUnit[0].text.toLowerCase(), 'Singular') ? null : afterUnit[0].text;
      if (noun && afterUnit[0] && afterUnit[0].start - measure.unitEnd <= 2) {
        head = nounClass(noun);
        headEnd = afterUnit[Math.min(noun.split(/\s+/).length, afterUnit.length) - 1].end;
      } else if (afterUnit[0]?.text.toLowerCase() === 'of' && dimension !== 'age' && afterUnit[0].start - measure.unitEnd <= 2) {
        // "30,000 pounds of cargo", "$5 million of aid": the noun after "of" is what is measured.
        const measured = headNoun(afterUnit.slice(1).map((w) => w.text));
        if (measured) {
          head = nounClass(measured);
          headEnd = afterUnit[Math.min(measured.split(/\s+/).length + 1, afterUnit.length) - 1].end;
        }
      }
    }
    if (high.unit && (dimension === 'count' || dimension === 'ordinal')) {
      // Looked for within the 40 characters after the number only: lower-casing and searching the rest of the
      // text for every figure made long texts quadratic.
      const unitWord = high.unit.toLowerCase().split(' ').pop()!;
      const unitAt = folded.slice(high.end, high.end + 40 + unitWord.length).toLowerCase().indexOf(unitWord);
      if (unitAt >= 0 && unitAt < 40) headEnd = high.end + unitAt + unitWord.length;
    }
    const verb = verbBefore(before) ?? (dimension === 'count' || dimension === 'age' ? verbAfter(wordsAfter(folded, headEnd, sentence.end, 6)) : null);
    let governor = verb ? wordClass(stem(verb.text)) : null;
    // "a town of 12,000", "the population of 2.3 million": the noun before "of" governs the number.
    if (!governor && before[0]?.text.toLowerCase() === 'of' && before[1] && !isStopWord(before[1].text)) governor = wordClass(stem(before[1].text));
    // "left 5 people dead", "leaving 9 injured": a casualty word after the people says what they count.
    const state = /^\s*(dead|killed|injured|wounded|hurt|missing)\b/i.exec(folded.slice(headEnd, headEnd + 12));
    const condition = dimension === 'count' ? CONDITION.exec(folded.slice(headEnd, Math.min(sentence.end, headEnd + 90))) : null;
    if (condition && (head === null || GENERIC_HEADS.has(high.unit?.toLowerCase() ?? ''))) {
      head = 'condition';
      governor = null;
      conditionWord = condition[1].toLowerCase();
    } else if (dimension === 'count' && state && (head === null || GENERIC_HEADS.has(high.unit?.toLowerCase() ?? ''))) {
      head = wordClass(stem(state[1]));
      governor = null;
    } else if (dimension === 'count' && (head === null || GENERIC_HEADS.has(high.unit?.toLowerCase() ?? ''))) {
      // A bare count is comparable only through the verb that says what it counts; the verb then is its noun.
      if (!governor) continue;
      head = governor;
      governor = null;
    }
    // Small counts written as words ("two sides") are manners of speaking, unless a verb says what they count.
    if (dimension === 'count' && figure.value <= 3 && /^\p{L}/u.test(figure.text) && !GROWING.has(head ?? '')) continue;
    if (dimension === 'ordinal' && !head) continue;
    // "the first meeting in two months", "the first since 2019": an ordinal counted from a point in time.
    if (dimension === 'ordinal' && RELATIVE_ORDINAL.test(folded.slice(headEnd, headEnd + 60))) continue;
    const modifiers: string[] = [];
    const modifier = MODIFIERS.exec(folded.slice(Math.max(sentence.start, figure.start - 20), figure.start).replace(/\b(?:a|an|the|its|their|his|her)\s+$/i, '')) ??
      // "first offered $9.2 billion": the modifier stands before the verb that governs the number.
      (verb && verb.end <= figure.start ? MODIFIERS.exec(folded.slice(Math.max(sentence.start, verb.start - 20), verb.start)) : null);
    if (modifier) modifiers.push(modifierClass(modifier[1]));
    if (conditionWord && !modifiers.includes(conditionWord)) modifiers.push(conditionWord);
    if (total !== null) modifiers.push(`of ${total.value}`);
    // "6 Germans", "2,000 Irish customers": a proper word after the number counts a narrower group.
    const proper = /^\s+(\p{Lu}[\p{L}.-]*)/u.exec(folded.slice(high.end, high.end + 30));
    if (proper && (dimension === 'count' || dimension === 'age') && !label) modifiers.push(`group:${proper[1].toLowerCase()}`);
    // "their second meeting": an ordinal in a sentence that names no one counts between the article's main people.
    const borrowed = dimension === 'ordinal' && (entitiesBySentence.get(index) ?? []).length === 0 ? mainPeople : null;
    // Counts, ordinals and ages are stated as whole numbers: "3-year-old" and "4-year-old" cannot both be right.
    const exact = dimension === 'count' || dimension === 'ordinal' || (dimension === 'age' && measure.factor === 1);
    const convertible = dimension === 'length' || dimension === 'weight' || dimension === 'speed';
    const writtenInterval = intervalOf(low.value, figure.qualifier, !exact, low.text, convertible);
    const interval = high !== low ? { ...writtenInterval, high: intervalOf(high.value, null, !exact, high.text, convertible).high } : writtenInterval;
    const { low: from, high: to, lowOpen, highOpen } = scaled(interval, measure.factor);
    // "their second meeting": the possessive says whose, so the message quotes it.
    const possessive = /\b(?:their|his|her|its)\s+$/i.exec(folded.slice(Math.max(0, figure.start - 8), figure.start));
    const stated = base(figure.start, high.end, headEnd, index);
    if (possessive) stated.phrase = `${original.slice(figure.start - possessive[0].length, figure.start)}${stated.phrase}`.replace(/\s+/g, ' ');
    // Every field written out in one literal (in the order a spread of `stated` gave): spreading an object into a
    // literal copies it key by key and was most of this function's own time.
    quantities.push({
      start: stated.start,
      end: stated.end,
      phrase: stated.phrase,
      entities: borrowed ?? stated.entities,
      context: stated.context,
      sentence: stated.sentence,
      anchor: stated.anchor,
      dimension,
      currency: measure.currency,
      low: from,
      high: to,
      lowOpen,
      highOpen,
      value: high !== low ? `${low.value}–${high.value}` : figure.value,
      head,
      governor,
      modifiers,
      grows: GROWING.has(head ?? '') || GROWING.has(governor ?? ''),
      relative: false,
    });
  }

  for (const time of times) quantities.push(timeQuantity(time, folded, sentences, base));
  for (const date of input.dates) {
    const quantity = dateQuantity(date, folded, sentences, base);
    if (quantity && !inMeta(date.start)) quantities.push(quantity);
  }
  return quantities.filter((q) => q.sentence >= 0).sort((a, b) => a.start - b.start);
}

type Base = (start: number, end: number, phraseEnd: number, index: number) => Omit<Quantity, 'dimension' | 'currency' | 'low' | 'high' | 'lowOpen' | 'highOpen' | 'value' | 'head' | 'governor' | 'modifiers' | 'grows' | 'relative'>;


/**
 * The verb of the event a date belongs to: the nearest verb before it in its clause, past names and prepositions
 * ("came to Lisbon in 2015", "said in November"), else the first after it ("In December, X said").
 */
function eventVerb(folded: string, sentence: Span, start: number, end: number): string | null {
  const usable = (word: Word) => isVerbForm(word.text) && !/^\p{Lu}/u.test(word.text) && !AUXILIARY.test(word.text) && !LIGHT.has(stem(word.text));
  // A comma after a fronted date ("In December, X said") does not end its clause.
  const after = allMatches(WORD, folded.slice(end, Math.min(sentence.end, end + 80)), 8).map((m) => ({ text: m[0], start: 0, end: 0 }));
  const verb = wordsBefore(folded, sentence.start, start, 10).find(usable) ?? after.find(usable);
  return verb ? wordClass(stem(verb.text)) : null;
}

function timeQuantity(time: ClockTime, folded: string, sentences: Span[], base: Base): Quantity {
  const index = sentenceIndexAt(sentences, time.start);
  const sentence = sentences[Math.max(0, index)];
  // Times in a zone are compared in UTC; times without one are compared as written.
  const minutes = time.zone === null ? time.minutes : time.minutes - time.zone;
  const slack = time.qualifier === null ? 0 : 20;
  const [low, high] = /before|until|by/.test(time.qualifier ?? '') ? [minutes - 60, minutes] : /after/.test(time.qualifier ?? '') ? [minutes, minutes + 60] : [minutes - slack, minutes + slack];
  const stated = base(time.start, time.end, time.end, index);
  return {
    start: stated.start, end: stated.end, phrase: stated.phrase, entities: stated.entities, context: stated.context,
    sentence: stated.sentence, anchor: stated.anchor,
    dimension: 'time', currency: time.zone === null ? null : 'UTC', low, high, lowOpen: false, highOpen: false,
    value: folded.slice(time.start, time.end), head: null, governor: eventVerb(folded, sentence, time.start, time.end),
    modifiers: [], grows: false, relative: false,
  };
}


function dateQuantity(date: DateMention, folded: string, sentences: Span[], base: Base): Quantity | null {
  // "the last few years", "recent months": a vague period is not the date of an event.
  if (!date.value || !date.granularity || /\b(?:few|several|recent|past|coming)\b/i.test(date.text)) return null;
  const index = sentenceIndexAt(sentences, date.start);
  if (index < 0) return null;
  const sentence = sentences[index];
  // "said Wednesday": outlets report a statement on the day they heard it; only older statements are facts.
  if (date.granularity === 'day' && date.relative && STATEMENT_BEFORE.test(folded.slice(Math.max(sentence.start, date.start - 40), date.start))) return null;
  const governor = eventVerb(folded, sentence, date.start, date.end);
  if (!governor) return null;
  const [from, to] = date.value.split('/');
  const first = Date.parse(from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from);
  const lastOf = (iso: string): number => {
    if (iso.length === 4) return Date.parse(`${iso}-12-31`);
    if (iso.length === 7) {
      const [year, month] = iso.split('-').map(Number);
      return Date.UTC(year, month, 0);
    }
    return Date.parse(iso);
  };
  const last = lastOf(to ?? from);
  if (!Number.isFinite(first) || !Number.isFinite(last)) return null;
  // "Thursday night" in one time zone is "early Friday" in another: a weekday counted from the writer's day is
  // taken to half a day either side, so that two adjacent weekdays meet and weekdays further apart do not.
  const slack = date.relative && date.granularity === 'day' && WEEKDAY.test(date.text) ? 0.5 * DAY : 0;
  const stated = base(date.start, date.end, date.end, index);
  return {
    start: stated.start, end: stated.end, phrase: stated.phrase, entities: stated.entities, context: stated.context,
    sentence: stated.sentence, anchor: stated.anchor,
    dimension: 'date', currency: null,
    low: (first - slack) / DAY, high: (last + slack) / DAY, lowOpen: false, highOpen: false, value: date.value, head: null, governor,
    modifiers: [], grows: false, relative: date.relative,
  };
}
