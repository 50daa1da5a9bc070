import { isDictionaryWord } from '../lexicon/lexicon';
import { SpanIndex } from '../text/spanIndex';
import type { FigureKind, FigureMention, Span } from '../types';
import { headNoun, isTimeUnit, pluralOf } from './headNoun';
import { CARDINAL_SOURCE, cardinalValue, ORDINAL_SOURCE, ordinalValue } from './numberWords';
import { wordTable } from '../text/table';

const QUALIFIERS =
  'about|around|approximately|roughly|nearly|almost|some|at least|at most|more than|less than|fewer than|over|under|' +
  'up to|as many as|as few as|upwards of|close to|just over|just under|an estimated|estimated|only|just|exactly';
const CURRENCY_SYMBOLS: Record<string, string> = wordTable({ $: 'USD', 'US$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₹': 'INR' });
const CURRENCY_WORDS: Record<string, string> = wordTable({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', yen: 'JPY', won: 'KRW',
  yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR', rubles: 'RUB', roubles: 'RUB', francs: 'CHF',
});

// Units written against the number: "30ft", "60m", "55mph", "20,000lb", "12million", "7yo".
const ATTACHED_UNITS = 'million|billion|trillion|bn|mn|mph|kph|kmh|km/h|km|cm|mm|ft|lbs|lb|kg|yo|mi|m|t';
const ATTACHED_SCALES: Record<string, number> = wordTable({ million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6 });

const FIGURE = new RegExp(
  `(?<qualifier>\\b(?:${QUALIFIERS})\\s+)?` +
    `(?<currency>US\\$|[$€£¥₩₹])?` +
    `(?:(?<ordinal>\\b${ORDINAL_SOURCE}\\b)|(?<cardinal>(?<![\\p{L}\\d.,])${CARDINAL_SOURCE})(?:(?<attached>${ATTACHED_UNITS})(?![\\p{L}\\d])|(?![\\p{L}\\d])))` +
    `(?<percent>\\s?%|\\s+per\\s?cent\\b)?` +
    `(?<compound>-(?<compoundNoun>\\p{Ll}+)\\b)?`,
  'giu',
);

const ADVERBIAL_BEFORE = /\b(?:must|will|would|should|could|can|may|might|shall|to|had|has|have|was|were|is|are|be|been|did|do|does|who|which)\s+$/i;
const WORD_AFTER = /^[\s"']*([\p{L}][\p{L}\p{M}'-]*)/u;

function wordsAfter(folded: string, from: number): string[] {
  const words: string[] = [];
  let rest = folded.slice(from, from + 80);
  for (let i = 0; i < 4; i++) {
    const match = WORD_AFTER.exec(rest);
    if (!match || /[.,;:!?()]/.test(rest.slice(0, match.index + match[0].length - match[1].length))) break;
    words.push(match[1].replace(/'s$/, ''));
    rest = rest.slice(match.index + match[0].length);
  }
  return words;
}

/** True where a number belongs to something else: a time ("16:58"), a citation "[1]", a code ("COVID-19"). */
function isEmbedded(folded: string, start: number, end: number): boolean {
  const before = folded.slice(Math.max(0, start - 2), start);
  const after = folded.slice(end, end + 2);
  if (/:$/.test(before) || /^:\d/.test(after)) return true;
  if (/\[$/.test(before) && /^\]/.test(after)) return true;
  if (/\p{L}-$/u.test(before) || /\p{L}$/u.test(before)) return true;
  // Digits right after a capitalised word inside a sentence name a model or an edition ("Boeing 737").
  if (/^\d/.test(folded.slice(start, end))) {
    const previous = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(folded.slice(Math.max(0, start - 30), start));
    if (previous && !isDictionaryWord(previous[1])) {
      const lead = folded.slice(Math.max(0, start - previous[0].length - 3), start - previous[0].length);
      const startsSentence = /(?:^|[.!?:"'\n])\s*$/.test(lead);
      if (!startsSentence) return true;
    }
  }
  return false;
}

/**
 * Figures of an article: cardinals in digits and words, ordinals, percentages, money and durations, with the
 * noun they count and any hedge in front. `taken` are spans already claimed by dates, which numbers never overlap.
 */
export function findFigures(original: string, folded: string, taken: Span[]): FigureMention[] {
  const figures: FigureMention[] = [];
  const claimed = new SpanIndex(taken);
  FIGURE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = FIGURE.exec(folded)) !== null) {
    const groups = match.groups ?? {};
    if (!groups.ordinal && !groups.cardinal) continue;
    const numberText = groups.ordinal ?? groups.cardinal;
    const numberStart = match.index + (groups.qualifier?.length ?? 0) + (groups.currency?.length ?? 0);
    const attached = groups.attached?.toLowerCase();
    const numberEnd = numberStart + numberText.length + (groups.attached?.length ?? 0);
    const start = groups.qualifier ? match.index + groups.qualifier.length : match.index;
    // The pattern is case-insensitive, so its lower-case class also matches capitals: "5-US troops" is a number
    // before a name, not a compound such as "5-year" (or "3-Month" in a title-case headline). A compound that runs
    // into a date or a name ("third—the previous day", "5-Velora") is not one either.
    const compoundIsWord = groups.compound !== undefined && /^\p{Lu}?\p{Ll}+$/u.test(groups.compoundNoun) &&
      !claimed.overlaps(match.index + match[0].length - groups.compound.length, match.index + match[0].length);
    const compound = compoundIsWord ? groups.compound : undefined;
    const end = match.index + match[0].length - (groups.compound && !compoundIsWord ? groups.compound.length : 0);
    if (claimed.overlaps(numberStart, numberEnd)) continue;
    if (isEmbedded(folded, numberStart, numberEnd)) continue;

    const isOrdinal = Boolean(groups.ordinal);
    let value = isOrdinal ? ordinalValue(numberText) : cardinalValue(numberText);
    // "$5m" is five million; "5m" alone is five metres.
    const scale = attached ? (ATTACHED_SCALES[attached] ?? (attached === 'm' && groups.currency ? 1e6 : 1)) : 1;
    value *= scale;
    if (!Number.isFinite(value)) continue;
    const following = wordsAfter(folded, end);
    let kind: FigureKind = isOrdinal ? 'ordinal' : 'cardinal';
    let unit: string | null;
    if (attached && scale === 1) {
      // "60m-deep shaft": the attached unit is the measure; a dimension word after it only says which.
      unit = attached;
    } else if (compound) {
      const noun = groups.compoundNoun;
      kind = isTimeUnit(noun) ? 'duration' : kind;
      unit = pluralOf(noun.toLowerCase());
    } else if (groups.percent) {
      kind = 'percent';
      unit = '%';
    } else if (groups.currency) {
      kind = 'money';
      unit = CURRENCY_SYMBOLS[groups.currency.toUpperCase()] ?? groups.currency;
    } else if (following[0] && CURRENCY_WORDS[following[0].toLowerCase()]) {
      kind = 'money';
      unit = CURRENCY_WORDS[following[0].toLowerCase()];
    } else if (following[0] && isTimeUnit(following[0]) && !isOrdinal) {
      kind = 'duration';
      unit = following[0].toLowerCase();
    } else {
      unit = headNoun(following, isOrdinal);
    }
    const lower = numberText.toLowerCase();
    // Bare "one" and word ordinals with no noun are pronouns or adverbs ("one of them", "at first").
    if (!unit && (lower === 'one' || lower === 'a half' || (isOrdinal && /^\p{L}/u.test(lower)))) continue;
    if (lower === 'one' && /^\s+of\b/i.test(folded.slice(end, end + 4))) continue;
    // "must first resolve", "was first reported": a word ordinal after a verb of this kind is an adverb.
    if (isOrdinal && /^\p{L}/u.test(lower) && ADVERBIAL_BEFORE.test(folded.slice(Math.max(0, numberStart - 12), numberStart))) continue;
    if (/^(?:second|seconds)$/.test(lower) && unit === null) continue;
    figures.push({
      start,
      end,
      text: original.slice(start, end),
      value,
      kind,
      unit,
      qualifier: groups.qualifier ? groups.qualifier.trim().toLowerCase() : null,
    });
  }
  figures.push(...halves(original, folded, taken, figures));
  return figures.sort((a, b) => a.start - b.start);
}

// "half an hour", "around half a million": a half of a time unit or of a scale word.
const HALF = new RegExp(`(?<qualifier>\\b(?:${QUALIFIERS})\\s+)?\\bhalf\\s+an?\\s+(?<unit>hour|day|week|month|year|decade|century|minute|million|billion)\\b`, 'gi');

function halves(original: string, folded: string, taken: Span[], figures: FigureMention[]): FigureMention[] {
  const found: FigureMention[] = [];
  // Matches come in text order, so one walk over the spans sorted by start finds overlaps: `reach` is the furthest
  // end of the spans that start before the match ends (linear, where a search per match would be quadratic).
  const spans = [...taken, ...figures].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  for (const match of folded.matchAll(HALF)) {
    const start = match.index! + (match.groups!.qualifier?.length ?? 0);
    const end = match.index! + match[0].length;
    while (next < spans.length && spans[next].start < end) reach = Math.max(reach, spans[next++].end);
    if (reach > start) continue;
    const unit = match.groups!.unit.toLowerCase();
    const scale = unit === 'million' ? 1e6 : unit === 'billion' ? 1e9 : 0;
    found.push({
      start,
      end,
      text: original.slice(start, end),
      value: scale ? scale / 2 : 0.5,
      kind: scale ? 'cardinal' : 'duration',
      unit: scale ? headNoun(wordsAfter(folded, end)) : pluralOf(unit),
      qualifier: match.groups!.qualifier ? match.groups!.qualifier.trim().toLowerCase() : null,
    });
  }
  return found;
}
