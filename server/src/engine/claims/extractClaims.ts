import { hasTag } from '../lexicon/lexicon';
import type { DateMention, EntityMention, FigureMention, Span } from '../types';
import { CASUALTY_AFTER, CASUALTY_BEFORE, CASUALTY_PREDICATES, casualtyClass, GENERIC_PEOPLE, predicateOf } from './predicates';
import type { Claim } from './types';

export interface ClaimInput {
  /** Publication date (ISO), when known. */
  published: string | null;
  original: string;
  folded: string;
  sentences: Span[];
  entities: EntityMention[];
  dates: DateMention[];
  figures: FigureMention[];
}

/** The range a qualifier leaves for a value: "at least 50" → [50, ∞), "about 50" → [42.5, 57.5]. */
export function rangeOf(value: number, qualifier: string | null): [number, number] {
  switch (qualifier) {
    case null:
    case 'only':
    case 'just':
    case 'exactly':
      return [value, value];
    case 'at least':
    case 'more than':
    case 'over':
    case 'upwards of':
    case 'just over':
      return [value, Infinity];
    case 'up to':
    case 'as many as':
    case 'at most':
    case 'less than':
    case 'fewer than':
    case 'under':
    case 'just under':
      return [0, value];
    case 'nearly':
    case 'almost':
    case 'close to':
      return [value * 0.85, value];
    default:
      // about, around, approximately, roughly, some, estimated …
      return [value * 0.85, value * 1.15];
  }
}

// Words of events that a date can be the date of.
const EVENT_NOUNS = /\b(meeting|summit|talks|visit|trip|attack|shooting|crash|election|vote|launch|explosion|fire|earthquake|announcement|ceremony|match|game|final|hearing|trial|arrest|rally|protest)s?\b/gi;
// "the first … in two and a half months", "the first since 2019": an ordinal counted from a point in time.
const RELATIVE_ORDINAL = /^[^.;]{0,80}?\b(?:in|since|for the first time in)\s+(?:about\s+|nearly\s+|more than\s+|over\s+|almost\s+)?(?:[\w-]+\s+){0,4}?(?:years?|months?|weeks?|days?|decades?|\d{4})\b/i;
const PARTICIPLE_AFTER = /^\s*(?:(?:who|that)\s+)?(?:were|have been|had been|was|are|being)?\s*(\p{Ll}+ed)\b/u;
// "18 critically injured" and "202 injured" count different groups.
const SEVERITY_BEFORE_VERB = /^[\s\p{L}-]{0,25}?\b(?:critically|seriously|severely|gravely|badly|fatally)\s+(?:injured|wounded|hurt)\b/u;
const DIMENSION_AFTER = /^\s*(tall|high|wide|long|deep|thick|abreast|across|away|apart|above|below|in diameter|in length|in height)\b/i;
const SPEECH_BEFORE = /\b(?:said|says|told\s+\w+|announced|stated|added|reported|confirmed)\s+(?:on\s+)?$/i;
const POSSESSIVE_BEFORE = /\b(their|his|her|its|the|a|an)\s+$/i;

function sentenceIndexAt(sentences: Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sentences[mid].end <= offset) low = mid + 1;
    else if (sentences[mid].start > offset) high = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * The claims of one article: counts, ordinals and event dates with their predicate and subjects. Pure, like the rest
 * of the per-article analysis.
 */
export function extractClaims(input: ClaimInput): Claim[] {
  const { original, folded, sentences, entities } = input;
  const bySentence = new Map<number, EntityMention[]>();
  for (const entity of entities) {
    const index = sentenceIndexAt(sentences, entity.start);
    const list = bySentence.get(index) ?? [];
    list.push(entity);
    bySentence.set(index, list);
  }
  // The article's main people: the two most mentioned, when they are mentioned at least twice.
  const counts = new Map<string, { count: number; first: EntityMention }>();
  for (const entity of entities.filter((e) => e.kind === 'person')) {
    const entry = counts.get(entity.key) ?? { count: 0, first: entity };
    entry.count++;
    counts.set(entity.key, entry);
  }
  const mainPeople = [...counts.values()].filter((c) => c.count >= 2).sort((a, b) => b.count - a.count).slice(0, 2).map((c) => c.first.start);

  // The entities of the claim's sentence. Only ordinals ("their second meeting") borrow the article's main people
  // when the sentence names no one: a bare number may be about anything.
  const subjectsAt = (offset: number, mayBorrow: boolean): { subjects: number[]; fromContext: boolean } => {
    const inSentence = bySentence.get(sentenceIndexAt(sentences, offset)) ?? [];
    const actors = inSentence.filter((e) => e.kind === 'person' || e.kind === 'organization');
    if (actors.length > 0 || !mayBorrow) return { subjects: inSentence.map((e) => e.start), fromContext: false };
    return { subjects: [...inSentence.map((e) => e.start), ...mainPeople], fromContext: true };
  };

  // A sentence dated more than a month before the article ("the Nov. 13 attacks that killed 130") recalls an earlier
  // event; its figures are background, not claims about the story.
  const publishedAt = input.published ? Date.parse(input.published) : NaN;
  const inPastEvent = (offset: number): boolean => {
    const index = sentenceIndexAt(sentences, offset);
    if (index < 0 || Number.isNaN(publishedAt)) return false;
    const { start, end } = sentences[index];
    return input.dates.some((d) => d.start >= start && d.end <= end && d.value !== null && d.granularity !== 'year' &&
      publishedAt - Date.parse(`${d.value.split('/')[0]}-01`.slice(0, 10)) > 31 * 86_400_000);
  };
  const claims: Claim[] = [];
  for (const figure of input.figures) {
    if (!figure.unit && figure.kind === 'ordinal') continue;
    let predicate = figure.unit ? predicateOf(figure.unit) : figure.kind;
    const after = folded.slice(figure.end, figure.end + 60);
    const before = folded.slice(Math.max(0, figure.start - 30), figure.start);
    // "50 people were killed", "killed at least 50": the verb says what the count is of.
    if (figure.kind === 'cardinal' && (!figure.unit || GENERIC_PEOPLE.has(figure.unit.toLowerCase()))) {
      const verbAfter = CASUALTY_AFTER.exec(after);
      const verbBefore = CASUALTY_BEFORE.exec(before);
      // The verb right before the number wins: "killed 59 people and injured hundreds" counts the dead.
      if (verbBefore) predicate = casualtyClass(verbBefore[1]);
      else if (verbAfter) predicate = casualtyClass(verbAfter[1]);
      else continue; // "six people" alone says nothing comparable.
      if (SEVERITY_BEFORE_VERB.test(after)) predicate = `${predicate} severely`;
    }
    // "21 girls freed" and "276 girls kidnapped" count different groups: a participle after the noun is part of
    // the predicate.
    if (figure.unit && !CASUALTY_PREDICATES.has(predicate)) {
      const participle = PARTICIPLE_AFTER.exec(folded.slice(figure.end + figure.unit.length + 1, figure.end + figure.unit.length + 40));
      if (participle && hasTag(participle[1], 'PastTense', 'Participle')) predicate = `${predicate} ${participle[1].toLowerCase()}`;
    }
    // "8,000 Canadian consumers" and "143 million consumers" count different groups: a capitalised word between
    // number and noun narrows the predicate ("eight Japanese prefectures" keeps matching "eight Japanese prefectures").
    const between = /^\s*((?:\p{Lu}[\p{L}.-]*\s+)+)/u.exec(folded.slice(figure.end, figure.end + 40));
    if (between) predicate = `${between[1].trim().toLowerCase()} ${predicate}`;
    // "200 feet tall" and "40 feet wide" measure different things: a dimension adjective is part of the predicate.
    const dimension = figure.unit ? DIMENSION_AFTER.exec(folded.slice(figure.end).replace(/^\s*[\p{L}-]+/u, '')) : null;
    if (dimension) predicate = `${predicate} ${dimension[1].toLowerCase()}`;
    // Sums of money, percentages and lengths of time are claims about something a nearby noun would have to name;
    // without it, two of them are rarely the same quantity.
    if (figure.kind === 'money' || figure.kind === 'percent' || figure.kind === 'duration') continue;
    if (figure.kind === 'ordinal' && RELATIVE_ORDINAL.test(after)) continue;
    // "five of the dead", "10 from the US": a part of a group, not the group's size.
    if (/^\s*(?:of|from|among)\b/i.test(after)) continue;
    // "two sides", "three countries": small counts in words are manners of speaking, unless they count casualties.
    if (figure.kind === 'cardinal' && figure.value <= 3 && /^\p{L}/u.test(figure.text) && !CASUALTY_PREDICATES.has(predicate)) continue;
    const [low, high] = rangeOf(figure.value, figure.qualifier);
    // Only ordinals may borrow the article's main people as subjects ("their second meeting"); a number in a
    // sentence that names no one may be about anything.
    const { subjects, fromContext } = subjectsAt(figure.start, figure.kind === 'ordinal');
    if (subjects.length === 0 || inPastEvent(figure.start)) continue;
    const unitEnd = figure.unit ? folded.toLowerCase().indexOf(figure.unit.toLowerCase().split(' ').pop()!, figure.end) : -1;
    const end = unitEnd >= 0 && unitEnd - figure.end < 60 ? unitEnd + figure.unit!.split(' ').pop()!.length : figure.end;
    const lead = POSSESSIVE_BEFORE.exec(folded.slice(Math.max(0, figure.start - 8), figure.start));
    const phraseStart = lead && /^(their|his|her|its)$/i.test(lead[1]) ? figure.start - lead[0].length : figure.start;
    claims.push({
      kind: figure.kind === 'ordinal' ? 'ordinal' : 'figure',
      start: figure.start,
      end: figure.end,
      phrase: original.slice(phraseStart, end).replace(/\s+/g, ' '),
      predicate,
      value: figure.value,
      low,
      high,
      subjects,
      subjectsFromContext: fromContext,
    });
  }

  for (const date of input.dates) {
    // Only days: "the end of last year" or "late October" cannot contradict a day.
    if (!date.value || (date.granularity !== 'day' && date.granularity !== 'range') || date.part) continue;
    const index = sentenceIndexAt(sentences, date.start);
    if (index < 0) continue;
    const sentence = sentences[index];
    const text = folded.slice(sentence.start, sentence.end);
    EVENT_NOUNS.lastIndex = 0;
    // "said Wednesday": the date of a statement, not of the event the sentence talks about.
    if (SPEECH_BEFORE.test(folded.slice(Math.max(0, date.start - 24), date.start))) continue;
    let nearest: { word: string; distance: number } | null = null;
    let match: RegExpExecArray | null;
    while ((match = EVENT_NOUNS.exec(text)) !== null) {
      const at = sentence.start + match.index;
      const distance = at < date.start ? date.start - (at + match[0].length) : at - date.end;
      if (!nearest || distance < nearest.distance) nearest = { word: match[1], distance };
    }
    // The event noun must stand next to the date ("the summit on Jan. 13", "talks scheduled for January 13-14").
    if (!nearest || nearest.distance > 40) continue;
    const [from, to] = date.value.split('/');
    const { subjects, fromContext } = subjectsAt(date.start, false);
    if (subjects.length === 0) continue;
    claims.push({
      kind: 'date', start: date.start, end: date.end, phrase: original.slice(date.start, date.end), predicate: predicateOf(nearest.word),
      value: date.value, low: Date.parse(from), high: Date.parse(to ?? from), subjects, subjectsFromContext: fromContext,
    });
  }

  return claims;
}
