import { hasAnyTag, hasTag, isCityName, isCommonWord, isDictionaryWord, isGivenName, isKnownFirstName, isLanguageName, isOrganizationWord, isPlaceWord, knownOrganization, knownPlace, looksOrdinaryBySuffix } from '../lexicon/lexicon';
import { matchKey } from '../text/fold';
import { SpanIndex } from '../text/spanIndex';
import { startsLowerCase, type Token } from '../text/tokens';
import type { EntityKind, EntityMention, Span, TextSpan } from '../types';
import { findRuns, isHeadWord, type Run } from './runs';
import { clubContext, organizationContext } from './organizationContext';
import { continuesNounPhrase, phraseExtent } from './phrase';
import { kindNounNear, listKindNounBefore, ORGANIZATION_NOUNS, PLACE_NOUNS } from './kindNouns';
import { inTeamPosition, isSportsReport, isTeamName, placeLike } from './sports';
import { isOnlyTitle, lowerCaseTitleBefore, mayStandInTitle, splitTitle } from './titles';
import { CLOSED_CLASS, COMPASS_WORDS, CONCEPT_ACRONYMS, ORGANIZATION_HEADS, OTHER_HEADS, PLACE_ACRONYMS, PLACE_HEADS, PLACE_PREFIXES, TITLE_HEADS, TITLE_MODIFIERS } from './wordLists';
import { firstIndex } from '../text/sorted';
import { rememberPerWord } from '../text/memo';

export interface EntityInput {
  original: string;
  folded: string;
  tokens: Token[];
  sentences: Span[];
  headline: TextSpan | null;
  dateline: TextSpan | null;
  /** Spans already taken by dates; names never overlap them. */
  taken: Span[];
}

type Strength = 'strong' | 'weak' | 'none';

interface Candidate {
  tokens: Token[];
  start: number;
  end: number;
  kind: EntityKind | null;
  strength: Strength;
  titles: string[];
  evidence: string[];
  titleCase: boolean;
  /** Where a capitalised title written right before the name starts ("Prime Minister Anna Doe"), else null. */
  titleStart: number | null;
  key: string;
  canonical: string;
}

// A country or region after a comma: "…, England", "…, New Kessa" (a space before the comma is allowed).
const REGION_AFTER = /^ ?,\s+(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)/u;

// Endings of ordinary nouns and adjectives, which people's names rarely have.
const COMMON_SUFFIX = /\p{L}{3}(?:tion|sion|ment|ness|ity|ism|ance|ence|ship|ical|ous|ive|able|ible|ated|ized|ised)s?$/u;
const PLACE_PREPOSITIONS = /\b(?:in|near|outside|across|throughout|inside|around)\s+$/;
const SPEECH_VERBS = /^\s*,?\s*(?:said|says|told|added|stressed|noted|wrote|explained|argued|insisted|warned|announced|confirmed|recalled)\b/;


// Words that name a broadcaster's channel, a publisher's edition or a company's unit after its acronym.
const OUTLET_WORDS = new Set(['cable', 'radio', 'sport', 'sports', 'music', 'films', 'online', 'digital', 'weekly', 'daily',
  'monthly', 'world', 'international', 'america', 'europe', 'asia', 'africa', 'arabic', 'plus', 'extra', 'live', 'kids', 'classic']);

const ORDINAL_WORD = /^(?:(?:twenty|thirty|forty|fifty)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth)$/i;

function isAcronym(text: string): boolean {
  return /^\d{0,2}\p{Lu}[\p{Lu}\d&]{1,6}$/u.test(text) || /^(?:\p{Lu}\.){2,}$/u.test(text);
}

/** Words whose capital letter says nothing about them: function words everywhere, common words at edges. */
const isClosedClass = rememberPerWord(closedClass);

function closedClass(word: string): boolean {
  if (isAcronym(word)) return false;
  return hasAnyTag(word.toLowerCase(), CLOSED_CLASS) || /^(?:I|A|An|The)$/.test(word);
}

function trimRun(run: Run, lowercaseSeen: Set<string>): Token[] {
  const tokens = run.tokens;
  const common = (token: Token): boolean => {
    const lower = token.text.toLowerCase();
    return isDictionaryWord(lower) || lowercaseSeen.has(lower) || hasTag(lower, 'Demonym');
  };
  // Connectors never start or end a name; closed-class words never start one.
  const connector = (t: Token) => startsLowerCase(t.text) || t.text === '&';
  // Trimmed by moving two ends and slicing once: removing tokens one at a time from the front of an array is
  // quadratic on a run of thousands of capitalised words.
  let from = 0;
  let to = tokens.length;
  while (from < to) {
    const first = tokens[from];
    const left = to - from;
    const unreliableCapital = (from === 0 && run.sentenceInitial) || run.titleCase;
    const titleWord = mayStandInTitle(first) && left > 1;
    // A name ending ("Ministry", "Harbour") keeps its run when words follow, never when it stands alone.
    const keepsHead = isHeadWord(first.text) && left > 1;
    // "Fifth Fleet", "Second Avenue": an ordinal that numbers a named thing is part of its name, even at a sentence start.
    const numbersUnit = from === 0 && left > 1 && ORDINAL_WORD.test(first.text) && isHeadWord(tokens[to - 1].text);
    // "The" written with a capital inside a sentence belongs to the name ("… in The Velora Times", "The Karlins").
    const namedThe = from === 0 && first.text === 'The' && !run.sentenceInitial && !run.titleCase && left > 1;
    // "All-American", "All-Time", "All-Star": an honour or a description before a name, never its first word.
    const honour = /^All-\p{L}/u.test(first.text) && left > 1;
    if (!namedThe && (connector(first) || honour || isClosedClass(first.text) || (unreliableCapital && common(first) && !keepsHead && !titleWord && !numbersUnit))) from++;
    else break;
  }
  while (to > from) {
    const last = tokens[to - 1];
    if (connector(last) || isClosedClass(last.text) || (run.titleCase && common(last) && !isHeadWord(last.text))) to--;
    else break;
  }
  return tokens.slice(from, to);
}

function classify(candidate: Candidate, input: EntityInput, lowercaseSeen: Set<string>): void {
  const { tokens } = candidate;
  const text = input.folded.slice(candidate.start, candidate.end);
  const lower = text.toLowerCase();
  const last = tokens[tokens.length - 1].text.toLowerCase().replace(/\.$/, '');
  const set = (kind: EntityKind, strength: Strength, evidence: string): void => {
    candidate.kind = kind;
    candidate.strength = strength;
    candidate.evidence.push(evidence);
  };
  const dateline = input.dateline;
  if (dateline && candidate.start >= dateline.start && candidate.end <= dateline.end) return set('place', 'strong', 'dateline');
  // "All-American", "All-Star": an honour, not a name.
  if (tokens.length === 1 && /^All-\p{L}/u.test(text)) return;
  if (tokens.length === 1 && isAcronym(text)) {
    const bare = text.replace(/\./g, '');
    if (CONCEPT_ACRONYMS.has(bare)) return;
    // "World War II", "part XVII": a Roman numeral numbers the name before it.
    if (/^(?=[IVXL]{2,}$)L?X{0,3}(?:IX|IV|V?I{0,3})$/.test(bare)) return;
    // A word of four or more letters in capitals ("KESSA", "FREEDOM") is the word, not an acronym: a place
    // if it is one, else nothing.
    if (/^\p{Lu}{4,}$/u.test(bare) && !knownOrganization(lower) && !isKnownFirstName(lower) && (isDictionaryWord(lower) || knownPlace(lower) || isCityName(lower))) {
      if (knownPlace(lower) || isCityName(lower)) return set('place', 'weak', 'place in capitals');
      return;
    }
    // "his GPA", "a 3.9 GPA", "won by TKO", "P&L": a measure or a part of a longer name, not an organisation.
    // A country's abbreviation is one after a number or a possessive too ("a 2019 UK survey", "its US unit").
    if (PLACE_ACRONYMS.has(bare) || knownPlace(bare.toLowerCase())) return set('place', 'strong', 'known place');
    const before = input.folded.slice(Math.max(0, candidate.start - 12), candidate.start);
    if (/(?:\d|\b(?:his|her|its|their|my|our|your|by))\s+$/i.test(before) || before.endsWith('&') || input.folded[candidate.end] === '&') return;
    // A name in capitals ("ELON:" in a transcript) is a name, not an acronym.
    if (isKnownFirstName(bare.toLowerCase())) return set('person', 'weak', 'known name');
    return set('organization', 'weak', 'acronym');
  }
  if (knownPlace(lower)) return set('place', 'strong', 'known place');
  if (knownOrganization(lower)) return set('organization', 'strong', 'known organisation');
  if (candidate.titles.length > 0) return set('person', 'strong', `title "${candidate.titles[0]}"`);
  // "the band Velvet Karlin", "the label Osk", "Velstor, a mining company": a common noun that names what the thing
  // is, right before it or in an appositive after it.
  const kindNoun = kindNounNear(input.folded, candidate.start, candidate.end);
  const describes = tokens.length === 1 && (hasTag(lower, 'Demonym') || isDemonymOfPlace(lower) || isLanguageName(lower));
  // A lone generic ending ("Records" left of "Karvo Records" at a sentence start) is no name of its own.
  const loneEnding = tokens.length === 1 && isHeadWord(tokens[0].text);
  // "the duo Anna Doe and …": a group's noun right before a full name introduces its members ("the band Gigi" is one).
  const member = kindNoun !== null && isKnownFirstName(tokens[0].text) && tokens.length >= 2 && tokens.length <= 3 &&
    new RegExp(`\\b${kindNoun}\\s+$`).test(input.folded.slice(Math.max(0, candidate.start - 20), candidate.start));
  if (kindNoun && !candidate.titleCase && !describes && !loneEnding && !member) {
    if (ORGANIZATION_NOUNS.has(kindNoun)) return set('organization', 'strong', `the ${kindNoun}`);
    if (PLACE_NOUNS.has(kindNoun)) return set('place', 'strong', `the ${kindNoun}`);
  }
  if (isTeamName(tokens)) return set('organization', 'strong', 'team name');
  // A hall of fame is an institution that elects members, not the building it may have.
  if (/\bhall of (?:fame|honou?r)$/.test(lower)) return set('organization', 'strong', 'a hall of fame');
  // "Ministry of Health", "Treaty of Lisbon", "University of X": the word before the connector names the kind.
  // The last connector whose word before it is such a head decides ("… Alliance for Rural Progress").
  for (let i = tokens.length - 1; i > 0; i--) {
    if (!startsLowerCase(tokens[i].text)) continue;
    const head = tokens[i - 1].text.toLowerCase();
    const ending = `"${tokens[i - 1].text} ${tokens[i].text} …"`;
    if (ORGANIZATION_HEADS.has(head)) return set('organization', 'strong', ending);
    if (OTHER_HEADS.has(head)) return set('other', 'strong', ending);
    if (isOrganizationWord(head)) return set('organization', 'strong', ending);
    if (PLACE_HEADS.has(head) || isPlaceWord(head)) return set('place', 'strong', ending);
  }
  // A lone ending that the article also writes in lower case ("Finance, Sales", "the army's Division") is
  // the word, not a name; "the Senate" keeps its article and stays a name.
  const loneWord = tokens.length === 1 && lowercaseSeen.has(last) && !/\bthe\s+$/i.test(input.folded.slice(Math.max(0, candidate.start - 4), candidate.start));
  if ((tokens.length > 1 || !isCommonWord(last)) && !loneWord) {
    const ending = `ends in "${tokens[tokens.length - 1].text}"`;
    // A school district is an authority, not the district it serves.
    if (last === 'district' && tokens.length > 2 && tokens[tokens.length - 2].text.toLowerCase() === 'school') return set('organization', 'strong', ending);
    if (ORGANIZATION_HEADS.has(last)) return set('organization', 'strong', ending);
    if (PLACE_HEADS.has(last)) return set('place', 'strong', ending);
    if (OTHER_HEADS.has(last)) return set('other', 'strong', ending);
    if (isOrganizationWord(last)) return set('organization', 'strong', ending);
    if (isPlaceWord(last)) return set('place', 'strong', ending);
  }
  // "Kenyan", "Cuban": a place name plus "n" is a demonym, which describes rather than names.
  if (/n$/.test(lower) && knownPlace(lower.slice(0, -1))) return;
  if (tokens.length === 1) {
    // Demonyms ("Afghan", "English") describe; single letters ("Group G") are labels. Neither is a name here.
    if (hasTag(lower, 'Demonym') || isLanguageName(lower) || lower.length < 2) return;
    const after = input.folded.slice(candidate.end, candidate.end + 40);
    const region = REGION_AFTER.exec(after);
    if (region && knownPlace(region[1].toLowerCase())) return set('place', 'strong', `followed by "${region[1]}"`);
    const afterIn = PLACE_PREPOSITIONS.test(input.folded.slice(Math.max(0, candidate.start - 12), candidate.start));
    // "a degree in Chemistry": an ordinary word after "in" is a field, not a place, unless it is a city's name too.
    const ordinary = isDictionaryWord(lower) && !isCityName(lower);
    if (afterIn && !ordinary && (!isKnownFirstName(lower) || isCityName(lower))) return set('place', 'weak', 'after "in"');
    // A city's name is also a surname or a club: it is a place here only when nothing says person (a speech verb,
    // or a full name of the article that it shortens, which propagation applies later).
    // A word right after another capitalised word ("Research Vessel Zwolle") is a part of a longer name.
    const standsAlone = !/\p{Lu}[\p{L}.'-]*\s+$/u.test(input.folded.slice(Math.max(0, candidate.start - 30), candidate.start));
    if (standsAlone && isCityName(lower) && !isDictionaryWord(lower) && !SPEECH_VERBS.test(after)) return set('place', 'weak', 'city');
    // "the Doe family", "the Doe brothers": a surname before a word for kin names people.
    if (/^\s+(?:family|brothers|sisters|siblings|twins|dynasty)\b/.test(after) && /\bthe\s+$/i.test(input.folded.slice(Math.max(0, candidate.start - 5), candidate.start))) {
      return set('person', 'strong', 'the … family');
    }
    if (hasTag(lower, 'Person', 'LastName')) return set('person', 'weak', 'known name');
    if (isKnownFirstName(lower) && !knownPlace(lower)) return set('person', 'weak', 'first name');
    if (SPEECH_VERBS.test(after) && !isDictionaryWord(lower)) return set('person', 'weak', 'speaker');
    // "the X coal mine", "X province": a lower-case place or organisation noun right after names what X is.
    const head = /^\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)/u.exec(after);
    if (head) {
      const words = head[1].split(/[\s-]+/);
      const placeWord = words.find((w) => PLACE_HEADS.has(w));
      const orgWord = words.find((w) => ORGANIZATION_HEADS.has(w));
      const firstStop = words.findIndex((w) => hasAnyTag(w, CLOSED_CLASS) || hasTag(w, 'PastTense', 'PresentTense'));
      const within = (word: string | undefined) => word !== undefined && (firstStop < 0 || words.indexOf(word) < firstStop);
      if (within(placeWord)) return set('place', 'weak', `named "${placeWord}"`);
      // "the Folk band", "a Cricket club member": a capitalised ordinary word before such a noun names a kind of thing.
      if (within(orgWord) && !ordinary) return set('organization', 'weak', `named "${orgWord}"`);
    }
    return;
  }
  if (tokens[0].text === 'The') {
    // A known place keeps its article ("The Hague"); other names that keep a capital "The" mid-sentence are
    // titles of newspapers, bands and institutions, read as organisations unless an ending said otherwise above.
    if (knownPlace(lower.slice(4))) return set('place', 'strong', 'known place');
    return set('organization', 'weak', '"The" and a name');
  }
  const commonParts = tokens.filter((t) => isDictionaryWord(t.text) || lowercaseSeen.has(t.text.toLowerCase()) || COMMON_SUFFIX.test(t.text) || looksOrdinaryBySuffix(t.text));
  // "East Karlin", "Western Velora", "South Kessa": a compass word before a place or an unknown name is part of it.
  if (COMPASS_WORDS.has(tokens[0].text.toLowerCase()) && tokens.length <= 3 &&
    tokens.slice(1).every((t) => knownPlace(t.text.toLowerCase()) || (!isDictionaryWord(t.text) && !isKnownFirstName(t.text)))) {
    return set('place', 'strong', `"${tokens[0].text}" and a place`);
  }
  // "Dorvel Hasken, England": a town followed by its country or region, as datelines and lists of places write it.
  // Not for a name with an ending or a label ("Group G, Kessa …"), nor before a role ("…, Kessa coach, said").
  if (tokens.length <= 3 && !isKnownFirstName(tokens[0].text) && !isGivenName(tokens[0].text) && tokens.every((t) => t.text.length > 1 && !isHeadWord(t.text))) {
    const after = input.folded.slice(candidate.end, candidate.end + 50);
    const region = REGION_AFTER.exec(after);
    if (region && knownPlace(region[1].toLowerCase()) && !/^[ \t]+\p{Ll}/u.test(after.slice(region[0].length))) {
      return set('place', 'strong', `followed by "${region[1]}"`);
    }
  }
  if (isKnownFirstName(tokens[0].text) && tokens.length <= 4) return set('person', 'strong', 'first name');
  // A given name that is also a word or a place ("Art", "Rose", "Florence") names a person only before name words.
  // A surname that is also a town ("Anna Hamford" where Hamford is a city) still follows a given name that is no place;
  // only a plain pair of words, so that "Fan Expo Kessa" stays no person.
  const givenNotPlace = tokens.length === 2 && !knownPlace(tokens[0].text.toLowerCase()) && !isCityName(tokens[0].text.toLowerCase());
  if (isGivenName(tokens[0].text) && tokens.length <= 4 && tokens.slice(1).every((t) => !isDictionaryWord(t.text) && (givenNotPlace || !knownPlace(t.text.toLowerCase())))) {
    return set('person', 'strong', 'given name');
  }
  if (SPEECH_VERBS.test(input.folded.slice(candidate.end, candidate.end + 20)) && tokens.length <= 4 && commonParts.length === 0) {
    return set('person', 'strong', 'speaker');
  }
  // "VKN Cable", "KTB Sport", "LK Weekly": an organisation's acronym and a word for a channel, an edition or a unit
  // name one of its outlets; any other word after an acronym ("the KTPA Bid" in a run-on heading) leaves the acronym alone.
  if (!candidate.titleCase && tokens.length === 2 && isAcronym(tokens[0].text) && tokens[0].text.length >= 2 &&
    OUTLET_WORDS.has(tokens[1].text.toLowerCase()) && !PLACE_ACRONYMS.has(tokens[0].text.replace(/\./g, '')) && !CONCEPT_ACRONYMS.has(tokens[0].text) && !knownPlace(tokens[0].text.toLowerCase())) {
    return set('organization', 'weak', `"${tokens[0].text}" and a word`);
  }
  // "Acme Phone": a known organisation's name followed by unknown words names one of its products or units.
  if (knownOrganization(tokens[0].text.toLowerCase()) && commonParts.length === 0 && tokens.length <= 3) {
    return set('other', 'strong', `starts with "${tokens[0].text}"`);
  }
  // "Port Elmira", "Mount Kessel", "Lake Varna": a place word in front of an unknown name.
  if (PLACE_PREFIXES.has(tokens[0].text.toLowerCase().replace(/\.$/, '')) && tokens.length <= 3 && tokens.slice(1).every((t) => !isDictionaryWord(t.text))) {
    return set('place', 'strong', `starts with "${tokens[0].text}"`);
  }
  // "Kessa Central Mail", "Karlin Courier": a place followed by ordinary capitalised words in running
  // text names something of that place, most often an organisation; place endings ("… Bridge") were read above.
  if (!candidate.titleCase && tokens.length <= 4 && placeLike(tokens[0].text.toLowerCase()) && tokens.slice(1).every((t) => isDictionaryWord(t.text) && !isClosedClass(t.text)) &&
    !isKnownFirstName(tokens[1].text) && !hasTag(tokens[1].text.toLowerCase(), 'Demonym')) {
    return set('organization', 'weak', `"${tokens[0].text}" and words`);
  }
  // "Santa Velora": a run that starts with a place word and goes on with unknown words is one place name.
  if (knownPlace(tokens[0].text.toLowerCase()) && commonParts.length === 0 && tokens.length <= 3) {
    return set('place', 'strong', `starts with "${tokens[0].text}"`);
  }
  const hasPlacePart = tokens.some((t) => knownPlace(t.text.toLowerCase()));
  if (commonParts.length === 0 && !hasPlacePart && tokens.length <= 4 && !tokens.some((t) => isAcronym(t.text))) {
    return set('person', 'weak', 'proper name');
  }
  // "the Kessa Valley Courier", "the Grand Velora Affiliation": ordinary words capitalised together in running text
  // after "the" are the name of an institution, a publication or a company, which nothing else classified.
  if (!candidate.titleCase && tokens.length >= 2 && tokens.length <= 5 && /(?:^|[^\p{L}])the\s+$/u.test(input.folded.slice(Math.max(0, candidate.start - 5), candidate.start)) &&
    tokens.every((t) => /^\p{Lu}/u.test(t.text) && !isKnownFirstName(t.text) && !isAcronym(t.text) && !COMPASS_WORDS.has(t.text.toLowerCase()) &&
      !PLACE_PREFIXES.has(t.text.toLowerCase())) && !hasPlacePart) {
    // Not when the words modify a noun after them ("the Kessa Shuttle program") or go on with "of" (a longer name).
    const next = /^[ \t]+(\p{Ll}[\p{L}-]*)/u.exec(input.folded.slice(candidate.end, candidate.end + 30));
    if (next && (next[1] === 'of' || continuesNounPhrase(next[1]))) return;
    return set('organization', 'weak', '"the" and capitalised words');
  }
}

/**
 * "Velstor was founded in 1998", "signed with Velstor": words only organisations take decide for a name that nothing
 * classified, or that only weak evidence (a city's name, an unknown pair of words read as a person) did.
 */
function classifyByOrganizationContext(candidate: Candidate, input: EntityInput): void {
  // "played for Kessa", "Kessa player Anna Doe": a town (not a country, whose side is named as the country) is a club.
  if (candidate.kind === 'place' && !candidate.titleCase && candidate.tokens.length <= 3 && !candidate.evidence.includes('dateline')) {
    const club = clubContext(input.folded, candidate.start, candidate.end);
    if (club && !hasTag(input.folded.slice(candidate.start, candidate.end).toLowerCase(), 'Country')) {
      candidate.kind = 'organization';
      candidate.strength = 'strong';
      candidate.evidence.push(club);
      return;
    }
  }
  if (candidate.kind === 'organization' || candidate.strength === 'strong' || candidate.titleCase || candidate.tokens.length > 3) return;
  // The context is read first: most names have none, and the word checks below cost more.
  const reason = organizationContext(input.folded, candidate.start, candidate.end);
  if (!reason) return;
  // A longer run may hold two names ("… Council Anna Doe"); a given name says person more surely than the context.
  if (candidate.tokens.some((t) => isGivenName(t.text))) return;
  const lower = input.folded.slice(candidate.start, candidate.end).toLowerCase();
  if (candidate.tokens.length === 1 && (hasTag(lower, 'Demonym') || isDemonymOfPlace(lower) || isLanguageName(lower) || lower.length < 2)) return;
  candidate.kind = 'organization';
  candidate.strength = 'strong';
  candidate.evidence.push(reason);
}

/**
 * People, organisations, places and other named things in one article, found by rules over capitalised runs with
 * contextual evidence (titles, name endings, acronyms defined in parentheses, "in X", the dateline) and word
 * knowledge from compromise's lexicon. Within the article, a name classified once lends its kind to its other
 * mentions, and a surname or given name after a full name is a short form of that person.
 */
export function findEntities(input: EntityInput, runs: Run[] = capitalisedRuns(input.folded, input.tokens, input.sentences)): EntityMention[] {
  const { folded, tokens } = input;
  const lowercaseSeen = new Set<string>();
  for (const token of tokens) if (token.type === 'word' && startsLowerCase(token.text)) lowercaseSeen.add(token.text);

  const candidates: Candidate[] = [];
  const taken = new SpanIndex(input.taken);
  const isCommon = (token: Token): boolean => {
    const lower = token.text.toLowerCase();
    return isDictionaryWord(lower) || lowercaseSeen.has(lower) || hasTag(lower, 'Demonym');
  };
  const addCandidates = (tokens: Token[], titleCase: boolean): void => {
    const endsInHead = isHeadWord(tokens[tokens.length - 1].text);
    const { before, title, name } = endsInHead ? { before: [], title: [], name: tokens } : splitTitle(tokens);
    if (before.length > 0) addCandidates(before, titleCase);
    if (name.length === 0 || isOnlyTitle(name)) return;
    // "Argentine Anna Doe", "Velorian Karel Osk": a demonym before a person's given name describes the person.
    if (name.length >= 3 && !isGivenName(name[0].text) && isGivenName(name[1].text) && !isDictionaryWord(name[2].text) && !isHeadWord(name[name.length - 1].text)) {
      const lower = name[0].text.toLowerCase();
      if (hasTag(lower, 'Demonym') || isDemonymOfPlace(lower) || /(?:ian|ean|ese|ish)$/.test(lower)) {
        addCandidates(name.slice(1), titleCase);
        return;
      }
    }
    const places = splitPlaceCompound(name[0]);
    if (name.length === 1 && places) {
      places.forEach((place) => addCandidates([place], titleCase));
      return;
    }
    const start = name[0].start;
    const end = name[name.length - 1].end;
    if (taken.overlaps(start, end)) return;
    const titles: string[] = [];
    if (title.length > 0) titles.push(input.original.slice(title[0].start, title[title.length - 1].end));
    else {
      const lowerTitle = lowerCaseTitleBefore(folded, start);
      if (lowerTitle) titles.push(lowerTitle);
    }
    const candidate: Candidate = {
      tokens: name, start, end, kind: null, strength: 'none', titles, evidence: [], titleCase,
      titleStart: title.length > 0 ? title[0].start : null,
      key: matchKey(folded.slice(start, end)).replace(/^the /, ''), canonical: input.original.slice(start, end),
    };
    classify(candidate, input, lowercaseSeen);
    classifyByOrganizationContext(candidate, input);
    if (!candidate.kind && name.length > 1) {
      // "United States Senator", "U.S. Olympic": a known place at the start of a run nothing classified
      // stands on its own before the words it modifies.
      for (let cut = name.length - 1; cut >= 1; cut--) {
        const prefix = folded.slice(start, name[cut - 1].end).toLowerCase();
        const place = cut === 1 ? PLACE_ACRONYMS.has(prefix.replace(/\./g, '').toUpperCase()) : knownPlace(prefix);
        if (place && !isKnownFirstName(name[cut].text)) {
          addCandidates(name.slice(0, cut), titleCase);
          addCandidates(name.slice(cut), titleCase);
          return;
        }
      }
      const parts = splitAtCommonWords(name, isCommon);
      if (parts.length !== 1 || parts[0].length !== name.length) {
        parts.forEach((part) => addCandidates(part, titleCase));
        return;
      }
    }
    candidates.push(candidate);
  };
  for (const run of runs) {
    const trimmed = withLeadingOrdinal(withLeadingDigits(trimRun(run, lowercaseSeen), folded), folded);
    if (trimmed.length === 0) continue;
    const segments = run.titleCase ? splitAtCommonWords(trimmed, isCommon) : [trimmed];
    segments.forEach((segment) => addCandidates(segment, run.titleCase));
  }
  linkAcronyms(candidates, folded, input.original);
  if (isSportsReport(folded)) markTeams(candidates, folded);
  shareListKinds(candidates, folded);
  propagate(candidates);
  return candidates
    .filter((c) => c.kind !== null && (!c.titleCase || c.strength === 'strong'))
    .map((c) => ({
      start: c.start, end: c.end, text: input.original.slice(c.start, c.end), kind: c.kind as EntityKind, key: c.key,
      canonical: c.canonical, titles: c.titles, evidence: c.evidence, phrase: phraseExtent(folded, c.start, c.end, c.titleStart),
    }));
}

/**
 * The runs of capitalised words of a text, each marked when it starts a sentence or stands in a title-case line.
 * Computed once per article and shared by the entity finder and the name reader.
 */
export function capitalisedRuns(folded: string, tokens: Token[], sentences: Span[]): Run[] {
  const sentenceStarts = new Set<number>();
  for (const sentence of sentences) {
    const first = /^[\s"'([]*/.exec(folded.slice(sentence.start, sentence.end));
    sentenceStarts.add(sentence.start + (first ? first[0].length : 0));
  }
  const titleCaseLines = findTitleCaseLines(folded);
  const titleCaseIndex = new SpanIndex(titleCaseLines);
  const titleCaseAt = (offset: number): boolean => titleCaseIndex.overlaps(offset, offset + 1);
  return findRuns(folded, tokens, sentenceStarts, titleCaseAt);
}

/**
 * Splits a run at ordinary words, keeping organisation and place endings with the words before them:
 * "Lisbon Summit Reinforces Iberia Ties" → [Lisbon] [Iberia]; "Foo City Council" stays whole.
 */
function splitAtCommonWords(tokens: Token[], isCommon: (token: Token) => boolean): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    const lower = token.text.toLowerCase();
    const attaches = current.length > 0 && (ORGANIZATION_HEADS.has(lower) || PLACE_HEADS.has(lower));
    if (startsLowerCase(token.text) || (isCommon(token) && !attaches)) {
      if (current.length > 0) parts.push(current);
      current = [];
    } else if (knownPlace(lower) && !attaches && current.length > 0) {
      // A known place after other words stands on its own: "Doe Peru" → [Doe] [Peru]; "Santa Velora" stays whole.
      parts.push(current);
      parts.push([token]);
      current = [];
    } else current.push(token);
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

// Units and clock words written after a number ("5GB", "10PM", "4WD") are measures, not call signs.
const DIGIT_UNITS = /^(?:AM|PM|GB|MB|KB|TB|GHZ|MHZ|KHZ|MW|GW|KW|KWH|MWH|HP|MM|CM|KM|KG|MG|ML|BC|AD|BCE|CE|WD|G|K|D|V|X|S|P)$/i;

/**
 * "6KR", "3VX": a name written right after digits (a radio station's call sign) is one word with them; read alone,
 * its letters would be an unrelated acronym.
 */
function withLeadingDigits(tokens: Token[], folded: string): Token[] {
  if (tokens.length === 0) return tokens;
  const digits = /(?:^|[^\p{L}\p{N}.,])(\d{1,2})$/u.exec(folded.slice(Math.max(0, tokens[0].start - 3), tokens[0].start));
  const first = tokens[0];
  if (!digits || DIGIT_UNITS.test(first.text)) return tokens;
  return [{ ...first, text: digits[1] + first.text, start: first.start - digits[1].length }, ...tokens.slice(1)];
}

const ORDINAL_BEFORE = /(?:^|[^\p{L}\p{N}.,:/-])(\d{1,4}(?:st|nd|rd|th|d))[ \t]+$/u;
const UNIT_NUMBER_BEFORE = /(?:^|[^\p{L}\p{N}.,:/-])(\d{1,4}(?:st|nd|rd|th|d)|\d{1,3})[ \t]+$/u;
const MILITARY_UNITS = new Set(['division', 'wing', 'corps', 'squadron', 'brigade', 'regiment', 'battalion', 'fleet', 'commando']);

/**
 * "the 82nd Airborne Division", "the 5th Velora Regiment": an ordinal written in digits before an organisation's name
 * numbers the unit and is part of its name.
 */
function withLeadingOrdinal(tokens: Token[], folded: string): Token[] {
  if (tokens.length === 0 || !ORGANIZATION_HEADS.has(tokens[tokens.length - 1].text.toLowerCase())) return tokens;
  const from = Math.max(0, tokens[0].start - 8);
  // Military units are also numbered without a suffix ("3 Commando Brigade", "65 Kessa Wing"), in at most three
  // digits so that a year before a name ("in 1944 Kessa Fleet …") stays a date.
  const pattern = MILITARY_UNITS.has(tokens[tokens.length - 1].text.toLowerCase()) ? UNIT_NUMBER_BEFORE : ORDINAL_BEFORE;
  const ordinal = pattern.exec(folded.slice(from, tokens[0].start));
  if (!ordinal) return tokens;
  const start = from + ordinal.index + ordinal[0].indexOf(ordinal[1]);
  return [{ ...tokens[0], text: ordinal[1], start, end: start + ordinal[1].length }, ...tokens];
}

/** "Peru-Chile" and "U.S.-Mexico" name two places: each part becomes a token of its own. */
function splitPlaceCompound(token: Token): Token[] | null {
  if (!token.text.includes('-')) return null;
  const parts: Token[] = [];
  let offset = token.start;
  for (const part of token.text.split('-')) {
    parts.push({ ...token, text: part, start: offset, end: offset + part.length });
    offset += part.length + 1;
  }
  return parts.length > 1 && parts.every((p) => knownPlace(p.text.toLowerCase())) ? parts : null;
}

/**
 * Lines in which the ordinary words are capitalised: headlines and section headings, where capitals prove nothing.
 * Only dictionary words count (function words and titles aside), so a sentence full of names is not mistaken for
 * a heading.
 */
function findTitleCaseLines(folded: string): Span[] {
  const lines: Span[] = [];
  const pattern = /[^\r\n]+/g;
  const counts = (w: string) => isDictionaryWord(w) && !isClosedClass(w) && !TITLE_HEADS.has(w.toLowerCase()) && !TITLE_MODIFIERS.has(w.toLowerCase());
  let match: RegExpExecArray | null;
  const word = /\p{L}[\p{L}'-]*/gu;
  while ((match = pattern.exec(folded)) !== null) {
    // Title case capitalises verbs and nouns alike; a sentence of names keeps its other content words lower-case.
    // At most a tenth of the counted words may be lower-case, and the counted words are among the tokens, so a
    // line of prose is given up as soon as its lower-case words pass a tenth of its tokens. The tokens are counted
    // first (a cheap scan) and read one at a time, so that a line of prose is left after its first few words.
    const line = match[0];
    const allowed = Math.floor(countMatches(word, line) / 10);
    let words = 0;
    let lowerCase = 0;
    word.lastIndex = 0;
    let token: RegExpExecArray | null;
    while ((token = word.exec(line)) !== null) {
      if (!counts(token[0])) continue;
      words++;
      if (startsLowerCase(token[0]) && ++lowerCase > allowed) break;
    }
    if (words >= 3 && lowerCase <= Math.floor(words / 10)) lines.push({ start: match.index, end: match.index + match[0].length });
  }
  return lines;
}

/** How many times a global pattern matches in a text. */
function countMatches(pattern: RegExp, text: string): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}

/** In a match report, a place that stands where a team stands is a team, at every mention of the article. */
function markTeams(candidates: Candidate[], folded: string): void {
  const teams = new Set<string>();
  for (const c of candidates) if (c.kind === 'place' && inTeamPosition(folded, c.start, c.end)) teams.add(c.key);
  for (const c of candidates) {
    if (!teams.has(c.key) || c.kind !== 'place') continue;
    c.kind = 'organization';
    c.strength = 'strong';
    c.evidence.push('team in a match report');
  }
}

// What stands between two names of one list: a comma, "and", "or" or a slash ("&" joins the parts of one name).
const LIST_GAP = /^\s*(?:,\s*(?:and|or)?|and|or|\/)\s*$/;

/**
 * Names of one list or coordination are of one kind: "Velstor, Karvona and Osk Telecom" or "Tarn and Karlin". A
 * name nothing classified takes the kind its classified neighbours share, when at least one of them is strong or
 * two agree; a list whose classified names disagree decides nothing.
 */
function shareListKinds(candidates: Candidate[], folded: string): void {
  let start = 0;
  while (start < candidates.length) {
    let end = start + 1;
    while (end < candidates.length && candidates[end].start - candidates[end - 1].end <= 8 &&
      LIST_GAP.test(folded.slice(candidates[end - 1].end, candidates[end].start))) end++;
    const list = candidates.slice(start, end);
    start = end;
    // "bands such as X, Y and Z": the plural noun before the list names the kind of all of it, over what a name's
    // ending says ("… Park" is also a band's name); a person named by a title stays one.
    const noun = listKindNounBefore(folded, list[0].start);
    if (noun) {
      const kind: EntityKind = ORGANIZATION_NOUNS.has(noun) ? 'organization' : 'place';
      for (const c of list) {
        if (c.titleCase || !mayBeName(c) || (c.kind === 'person' && c.titles.length > 0) || c.kind === kind) continue;
        c.kind = kind;
        c.strength = 'strong';
        c.evidence.push(`${noun} list`);
      }
      continue;
    }
    // Two names and a comma are as often a place and its region, or two clauses, as a list.
    const joined = list.slice(1).some((c, i) => !/^\s*,\s*$/.test(folded.slice(list[i].end, c.start)));
    if (list.length < 2 || (!joined && list.length < 3)) continue;
    const classified = list.filter((c) => c.kind !== null && c.kind !== 'other');
    const kinds = new Set(classified.map((c) => c.kind));
    if (kinds.size !== 1 || (classified.length < 2 && classified[0].strength !== 'strong')) continue;
    const kind = classified[0].kind as EntityKind;
    for (const c of list) {
      if (c.kind !== null || c.titleCase || !mayBeName(c)) continue;
      c.kind = kind;
      c.strength = 'weak';
      c.evidence.push(`listed with "${classified[0].canonical}"`);
    }
  }
}

/**
 * A run that may name something: not a demonym or a language ("Kenyan", "Spanish"), not a lone letter, and not a
 * lone ordinary word ("Water", "Advisory"), which a list of names holds as often as part of a longer name.
 */
function mayBeName(c: Candidate): boolean {
  if (c.tokens.length > 1) return true;
  const lower = c.tokens[0].text.toLowerCase();
  return lower.length >= 2 && !hasTag(lower, 'Demonym') && !isDemonymOfPlace(lower) && !isLanguageName(lower) && !isDictionaryWord(lower);
}

/** "Long Name (LN)": the acronym in parentheses takes the name's kind, key and canonical form everywhere. */
function linkAcronyms(candidates: Candidate[], folded: string, original: string): void {
  const initialsOf = (tokens: Token[]) => tokens.map((t) => t.text.split('-').map((part) => part[0]).join('')).join('').toUpperCase();
  for (let i = 0; i + 1 < candidates.length; i++) {
    let expansion = candidates[i];
    const acronym = candidates[i + 1];
    if (!/^\s*\($/.test(folded.slice(expansion.end, acronym.start)) || folded[acronym.end] !== ')') continue;
    const letters = acronym.canonical.replace(/[^\p{Lu}]/gu, '');
    if (acronym.tokens.length !== 1 || letters.length < 2 || letters !== acronym.canonical.replace(/\./g, '')) continue;
    // "the Merrow and Velora Freight Alliance (MVFA)": names are split at "and", but an acronym that begins with
    // the name before the "and" spells both as one name.
    const before = candidates[i - 1];
    if (letters[0] !== initialsOf(expansion.tokens)[0] && before && /^ (?:and|&) $/.test(folded.slice(before.end, expansion.start)) &&
      letters[0] === initialsOf(before.tokens)[0]) {
      const start = before.start;
      const end = expansion.end;
      expansion = { ...expansion, tokens: [...before.tokens, ...expansion.tokens], start, kind: expansion.kind ?? before.kind,
        key: matchKey(folded.slice(start, end)).replace(/^the /, ''), canonical: original.slice(start, end), evidence: [...expansion.evidence] };
      candidates.splice(i - 1, 2, expansion);
      i--;
    }
    const initials = initialsOf(expansion.tokens);
    if (letters[0] !== initials[0] || ![...letters].every((letter) => initials.includes(letter))) continue;
    const kind = expansion.kind ?? 'organization';
    expansion.kind = kind;
    expansion.strength = 'strong';
    // Read before the loop: the acronym itself is among the candidates, and its key changes when it is reached.
    const acronymKey = acronym.key;
    for (const other of candidates) {
      if (other.key === acronymKey) {
        other.kind = kind;
        other.strength = 'strong';
        other.evidence.push(`acronym of "${expansion.canonical}"`);
        other.key = expansion.key;
        other.canonical = expansion.canonical;
      }
    }
  }
}

const NAME_PART_MIN = 2;

/** "Kenyan", "Norwegian", "Maltese": a known place's name with a demonym ending. */
function isDemonymOfPlace(lower: string): boolean {
  const stems = [/n$/, /an$/, /ian$/, /ese$/, /ish$/, /i$/].map((ending) => lower.replace(ending, ''));
  return stems.some((stem) => stem !== lower && stem.length >= 3 && (knownPlace(stem) || knownPlace(`${stem}a`) || knownPlace(`${stem}ia`)));
}

/**
 * A lone word that starts or ends exactly one organisation or place name of the article is a short form of it:
 * "Velora" after "Velora Mining Corp", "Harriers" after "Karlin Harriers", "Kessa" after "Kessa Prefecture". A
 * mention with strong evidence of its own (a known place, a title) keeps it, and a word shared by two names
 * decides nothing.
 */
function linkNameParts(candidates: Candidate[]): void {
  const owners = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if ((c.kind !== 'organization' && c.kind !== 'place') || c.tokens.length < 2 || c.strength !== 'strong') continue;
    const first = c.tokens[0].text;
    const last = c.tokens[c.tokens.length - 1].text;
    // The first word stands for the whole only before a generic ending ("Velora" Mining Corp); the last word only
    // when it is a name of its own ("Harriers"), not a generic ending ("Corp", "Prefecture").
    const parts = [isHeadWord(last) ? first : null, isHeadWord(last) ? null : last];
    for (const part of parts) {
      if (!part) continue;
      // A demonym or an ordinary word ("Kenyan" Pupils, "National" Museum) describes rather than names.
      const lower = part.toLowerCase();
      if (part.length < 3 || /^\p{Ll}/u.test(part) || PLACE_PREFIXES.has(lower) || COMPASS_WORDS.has(lower) ||
        hasTag(lower, 'Demonym') || isDemonymOfPlace(lower) || isAcronym(part)) continue;
      // A team's nickname may be a word ("Harriers"); other names' words are too common to stand for them.
      if (isDictionaryWord(lower) && !(part === last && c.evidence.includes('team name'))) continue;
      const key = matchKey(part);
      const list = owners.get(key) ?? [];
      if (!list.some((o) => o.key === c.key)) list.push(c);
      owners.set(key, list);
    }
  }
  for (const c of candidates) {
    if (c.tokens.length !== 1 || c.strength === 'strong') continue;
    const list = owners.get(matchKey(c.tokens[0].text));
    if (!list || list.length !== 1) continue;
    const owner = list[0];
    // "… School District is the district in Kessa": a lone name after "in" is the place an organisation is named after.
    if (owner.kind === 'organization' && c.evidence.includes('after "in"')) continue;
    c.kind = owner.kind;
    c.strength = 'strong';
    c.key = owner.key;
    c.canonical = owner.canonical;
    c.evidence.push(`short form of "${owner.canonical}"`);
  }
}

/** Kinds travel from confident mentions to the other mentions of the same name, and to short forms of people. */
function propagate(candidates: Candidate[]): void {
  const rank = { strong: 2, weak: 1, none: 0 };
  const byKey = new Map<string, Candidate>();
  for (const c of candidates) {
    if (!c.kind) continue;
    const known = byKey.get(c.key);
    if (!known || rank[c.strength] > rank[known.strength]) byKey.set(c.key, c);
  }
  for (const c of candidates) {
    const best = byKey.get(c.key);
    if (best && best !== c && rank[best.strength] > rank[c.strength]) {
      c.kind = best.kind;
      c.strength = best.strength;
      c.evidence.push('same name as a classified mention');
    }
  }
  const people = candidates.filter((c) => c.kind === 'person' && c.tokens.length > 1);
  // Name parts are whole tokens ("Min-seo" is one part), folded and lower-cased.
  const partKey = (token: Token): string => matchKey(token.text);
  // Full names by first and last part, in text order: each short form looks up its part and finds the nearest
  // full name before it by binary search (a scan of all people for every short form was quadratic).
  const owningPeople = new Map<string, Candidate[]>();
  for (const person of people) {
    const first = partKey(person.tokens[0]);
    const last = partKey(person.tokens[person.tokens.length - 1]);
    for (const part of first === last ? [first] : [first, last]) {
      const list = owningPeople.get(part);
      if (list) list.push(person);
      else owningPeople.set(part, [person]);
    }
  }
  for (const list of owningPeople.values()) list.sort((a, b) => a.end - b.end);
  for (const c of candidates) {
    if (c.tokens.length !== 1 || (c.strength === 'strong' && c.kind !== 'person') || isAcronym(c.tokens[0].text)) continue;
    const part = partKey(c.tokens[0]);
    if (part.length < NAME_PART_MIN) continue;
    const owners = owningPeople.get(part);
    if (!owners) continue;
    // The nearest full mention before the short form decides which person it is; else the first one after it.
    const after = firstIndex(owners, (owner) => owner.end > c.start);
    const owner = after > 0 ? owners[after - 1] : owners[0];
    c.kind = 'person';
    c.strength = 'strong';
    c.key = owner.key;
    c.canonical = owner.canonical;
    c.evidence.push(`short form of "${owner.canonical}"`);
  }
  linkNameParts(candidates);
  // Titles seen with any mention of a person belong to all of its mentions.
  const titlesByKey = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (c.kind !== 'person') continue;
    const set = titlesByKey.get(c.key) ?? new Set<string>();
    c.titles.forEach((t) => set.add(t));
    titlesByKey.set(c.key, set);
  }
  for (const c of candidates) if (c.kind === 'person') c.titles = [...(titlesByKey.get(c.key) ?? [])];
  // A short form seen before its full name still shows the fullest name.
  const fullest = new Map<string, string>();
  for (const c of candidates) {
    const seen = fullest.get(c.key);
    const better = !seen || c.canonical.length > seen.length ||
      (c.canonical.length === seen.length && seen === seen.toUpperCase() && c.canonical !== c.canonical.toUpperCase());
    if (c.kind && better) fullest.set(c.key, c.canonical);
  }
  for (const c of candidates) c.canonical = fullest.get(c.key) ?? c.canonical;
}
