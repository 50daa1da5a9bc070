import { hasTag } from '../lexicon/lexicon';
import { wordTable } from '../text/table';
import { rememberPerWord } from '../text/memo';
import { allMatches } from '../text/matches';

// Irregular English verb forms, so that "fell" and "falls", "came" and "comes" share a stem.
const IRREGULAR: Record<string, string> = wordTable({
  fell: 'fall', fallen: 'fall', came: 'come', went: 'go', gone: 'go', took: 'take', taken: 'take', gave: 'give',
  given: 'give', got: 'get', gotten: 'get', made: 'make', said: 'say', says: 'say', told: 'tell', left: 'leave',
  held: 'hold', found: 'find', brought: 'bring', bought: 'buy', sold: 'sell', paid: 'pay', won: 'win', lost: 'lose',
  struck: 'strike', hit: 'hit', shot: 'shoot', ran: 'run', began: 'begin', begun: 'begin', rose: 'rise', risen: 'rise',
  drove: 'drive', driven: 'drive', flew: 'fly', flown: 'fly', grew: 'grow', grown: 'grow', knew: 'know', known: 'know',
  saw: 'see', seen: 'see', met: 'meet', led: 'lead', kept: 'keep', sent: 'send', spent: 'spend', stood: 'stand',
  threw: 'throw', thrown: 'throw', wrote: 'write', written: 'write', built: 'build', caught: 'catch', fought: 'fight',
  dead: 'die', died: 'die', death: 'die', deaths: 'die', killed: 'kill', injured: 'injure', wounded: 'injure',
  hurt: 'injure', injuries: 'injure', injury: 'injure', fatalities: 'die', fatality: 'die', toll: 'die',
  sank: 'sink', sunk: 'sink', broke: 'break', broken: 'break', set: 'set', put: 'put', cut: 'cut', lay: 'lie',
  weighed: 'weigh', weighs: 'weigh', weighing: 'weigh', born: 'bear', hid: 'hide', hidden: 'hide', swept: 'sweep',
  fled: 'flee', sought: 'seek', spoke: 'speak', spoken: 'speak', chose: 'choose', chosen: 'choose', stole: 'steal', stolen: 'steal',
});

/** A crude English stem: irregular forms looked up, then plural and verb endings removed ("killing" → "kill"). */
export const stem = rememberPerWord(stemOf);

function stemOf(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  let base = IRREGULAR[lower] ?? lower;
  if (base === lower && base.length > 3) {
    if (/(?:ss|us|is)$/.test(base)) return base;
    if (/ies$|ied$/.test(base)) base = base.slice(0, -3) + 'y';
    else if (/(?:ches|shes|xes|sses)$/.test(base)) base = base.slice(0, -2);
    else if (/ing$/.test(base) && base.length > 5) base = base.slice(0, -3);
    else if (/ed$/.test(base) && base.length > 4) base = base.slice(0, -2);
    else if (/s$/.test(base)) base = base.slice(0, -1);
    // "stopped" → "stop": a doubled final consonant comes from the ending just removed.
    if (/([bdgklmnprt])\1$/.test(base) && base !== lower) base = base.slice(0, -1);
  }
  // "move", "moved" and "moving" all end as "mov".
  return base.length > 3 ? base.replace(/e$/, '') : base;
}

// Words that carry no content for telling two quantities apart.
const STOP = new Set(('a an the of in on at to for from by with and or but than as that which who whom whose this these those it its ' +
  'their his her our my your they he she we you i was were is are be been being had has have will would could should may ' +
  'might can do did does not no also more most less about around after before over under into onto since during while ' +
  'when where there here then than so such very just only some any each all both other another said says say told ' +
  'according per up down out off new one two three year years day days time times people percent').split(' '));

export function isStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

const WORD = /\p{L}[\p{L}'’-]*/gu;

/** Content-word stems of a stretch of text, once each. */
export function contentStems(text: string): string[] {
  const stems = new Set<string>();
  for (const match of allMatches(WORD, text)) {
    const word = match[0];
    if (word.length < 3 || isStopWord(word)) continue;
    stems.add(stem(word));
  }
  return [...stems];
}

/** True for a verb form ("fell", "weighed", "carrying"), by the lexicon or, for unknown words, by its ending. */
export const isVerbForm = rememberPerWord(verbForm);

function verbForm(word: string): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR[lower] && !/^(?:death|deaths|toll|injury|injuries|fatality|fatalities)$/.test(lower)) return true;
  if (hasTag(lower, 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle')) return !hasTag(lower, 'Preposition', 'Determiner');
  // The lexicon lists few regular verbs: "traveled", "covered" are past forms by their ending unless it knows a noun.
  return /\p{L}{3}[^e]ed$/u.test(lower) && !hasTag(lower, 'Noun', 'Singular', 'Plural');
}

/**
 * Synonym classes for what a number measures: news uses several words for one thing. The classes are general
 * English (casualties, meetings, journeys, bids, parts), not words of any one story.
 */
const CLASSES: Record<string, string> = wordTable();
const classOf = (name: string, ...words: string[]) => {
  for (const word of words) CLASSES[stem(word)] = name;
};
classOf('die', 'die', 'kill', 'dead', 'death', 'fatality', 'life', 'lives', 'toll', 'bodies', 'victims');
classOf('injure', 'injured', 'wounded', 'hurt', 'injury', 'injuries', 'hospitalised', 'hospitalized');
classOf('meet', 'meet', 'meeting', 'summit', 'talk', 'encounter', 'face-to-face');
classOf('visit', 'visit', 'trip', 'journey', 'tour');
classOf('arrest', 'arrest', 'detain', 'detention', 'detainee');
classOf('miss', 'miss', 'missing', 'disappear');
classOf('passenger', 'passenger', 'traveler', 'traveller', 'rider');
classOf('offer', 'offer', 'bid', 'proposal');
classOf('fragment', 'fragment', 'shard', 'piece', 'chunk', 'debris');
classOf('travel', 'travel', 'cover', 'trek', 'sail', 'fly', 'flew', 'drive', 'walk', 'ride');
classOf('join', 'join', 'hire', 'recruit', 'appoint');

/** The synonym class of a stemmed word, or the stem itself. */
export function wordClass(stemmed: string): string {
  return CLASSES[stemmed] ?? stemmed;
}

/** Classes whose counts grow as news comes in: a later, higher figure is an update, not a contradiction. */
export const GROWING = new Set(['die', 'injure', 'miss', 'arrest']);
