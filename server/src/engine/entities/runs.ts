import { hasTag, isCityName, isOrganizationWord, isPlaceWord, knownPlace } from '../lexicon/lexicon';
import { CARDINAL_SOURCE } from '../figures/numberWords';
import { isCapitalized, type Token } from '../text/tokens';
import { CONNECTORS, ORGANIZATION_HEADS, OTHER_HEADS, PLACE_HEADS } from './wordLists';
import { rememberPerWord } from '../text/memo';

/** A run of capitalised words that may be a name, with the context needed to judge it. */
export interface Run {
  tokens: Token[];
  /** The first token starts a sentence, so its capital letter says nothing. */
  sentenceInitial: boolean;
  /** The run stands in a title-case line (a headline or a section heading). */
  titleCase: boolean;
}

const NAME_PARTICLES = new Set(['de', 'del', 'da', 'van', 'von', 'bin', 'al', 'la', 'le', 'di', 'du', 'dos', 'der', 'den', 'des', 'y', 'ter']);

export function isNameToken(token: Token): boolean {
  return token.type === 'word' && isCapitalized(token.text);
}

export function stripPossessive(token: Token): Token {
  const match = /'s?$/.exec(token.text);
  if (!match || token.text.length <= 2) return token;
  return { ...token, text: token.text.slice(0, match.index), end: token.end - match[0].length };
}

/** True for a word that ends names of organisations, places or other things ("Ministry", "River", "Summit"). */
export const isHeadWord = rememberPerWord(headWord);

function headWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return ORGANIZATION_HEADS.has(lower) || PLACE_HEADS.has(lower) || OTHER_HEADS.has(lower) ||
    isOrganizationWord(lower) || isPlaceWord(lower);
}

// "Five-year-old", "Two-month-old": an age written before a name at a sentence start is never part of the name.
const AGE = new RegExp(`^${CARDINAL_SOURCE}-(?:year|month|week|day)s?-old$`, 'i');

// Abbreviations written with a dot inside names: "St. Kessel", "Mt. Osk", "Anna Doe Jr.", "Velora Ltd.".
const NAME_ABBREVIATIONS = new Set(['st', 'mt', 'ft', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'bros', 'no']);

/**
 * Joins a middle initial or a name abbreviation with its dot ("H" "." → "H."), so that "Anna H. Doe" and
 * "St. Kessel" stay one run. A single capital followed by a dot is an initial only when another capitalised word
 * follows; at a line's end it may be the last word of a sentence.
 */
function joinInitials(folded: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const dot = tokens[i + 1];
    if (token.type === 'word' && dot?.text === '.' && dot.start === token.end &&
      (/^\p{Lu}$/u.test(token.text) || NAME_ABBREVIATIONS.has(token.text.toLowerCase())) && isCapitalized(token.text)) {
      const next = tokens[i + 2];
      const initial = token.text.length === 1;
      if (!initial || (next && isCapitalized(next.text) && /^ [ \t]*$/.test(folded.slice(dot.end, next.start)))) {
        out.push({ ...token, text: `${token.text}.`, end: dot.end });
        i++;
        continue;
      }
    }
    out.push(token);
  }
  return out;
}

const MONTH_CONTEXT_BEFORE = /(?:\d|\b(?:in|on|since|until|till|by|from|to|of|last|next|early|late|mid|this|that|before|after|during))[\s-]+$/i;

/**
 * Weekday names are dates and split a run where they stand. Month names ("May", "June", "Jun") are dates only next
 * to a number or after a preposition of time, so that "Theresa May" and "Park Min Jun" stay names.
 */
function isCalendarWord(folded: string, token: Token): boolean {
  if (hasTag(token.text, 'WeekDay')) return true;
  if (!hasTag(token.text, 'Month')) return false;
  if (/^\.?\s*\d/.test(folded.slice(token.end, token.end + 4))) return true;
  return MONTH_CONTEXT_BEFORE.test(folded.slice(Math.max(0, token.start - 12), token.start));
}

/**
 * The number of nickname words when the quote at `quote` opens one or two capitalised words, closed by a quote and
 * followed by another capitalised word, after a run of one to three plain name words; else 0.
 */
function nicknameAt(tokens: Token[], quote: number, current: Token[], adjacent: (l: Token, r: Token) => boolean): number {
  if (current.length === 0 || current.length > 3 || current.some((t) => isHeadWord(t.text) || !/^\p{Lu}\p{Ll}/u.test(t.text))) return 0;
  for (let words = 1; words <= 2; words++) {
    const close = tokens[quote + words + 1];
    const after = tokens[quote + words + 2];
    if (!close || !after || close.text !== '"') continue;
    const nickname = tokens.slice(quote + 1, quote + words + 1);
    const chained = [tokens[quote], ...nickname, close, after].every((t, k, all) => k === 0 || adjacent(all[k - 1], t));
    if (chained && nickname.every(isNameToken) && isNameToken(after) && /^\p{Lu}\p{Ll}/u.test(after.text) && !isHeadWord(after.text)) return words;
  }
  return 0;
}

// Words that begin the name of a place or a club: "St.", "Port", "FC".
const OTHER_NAME_STARTS = new Set(['st.', 'st', 'san', 'santa', 'port', 'fort', 'fc', 'afc', 'cf', 'sc', 'ac']);

function startsOtherName(word: string): boolean {
  const lower = word.toLowerCase();
  return OTHER_NAME_STARTS.has(lower) || knownPlace(lower) || isCityName(lower);
}

/**
 * Runs of capitalised words, split at punctuation and line ends. A connector ("of", "and", "for" …) stays inside
 * a run only when the words before it already look like the name of an organisation, place or other named thing
 * ("Bank of America", "Alliance for Rural Progress"), so that "Lee and Kim" stays two names.
 */
export function findRuns(folded: string, tokens: Token[], sentenceStarts: Set<number>, titleCaseAt: (offset: number) => boolean): Run[] {
  const runs: Run[] = [];
  let current: Token[] = [];
  // Connectors waiting for the next capitalised word: one ("of"), or one and "the" ("of the", "for the").
  let pending: Token[] = [];
  const flush = (): void => {
    if (current.length > 0) {
      runs.push({
        tokens: current,
        sentenceInitial: sentenceStarts.has(current[0].start),
        titleCase: titleCaseAt(current[0].start),
      });
    }
    current = [];
    pending = [];
  };
  const adjacent = (left: Token, right: Token): boolean => /^[ \t]+$/.test(folded.slice(left.end, right.start));
  const joined = joinInitials(folded, tokens);
  for (let i = 0; i < joined.length; i++) {
    const raw = joined[i];
    // Read only when the run has a token: index -1 of an empty array is a slow property lookup in V8, and this runs for
    // every token of the text.
    const last = pending.length > 0 ? pending[pending.length - 1] : current.length > 0 ? current[current.length - 1] : undefined;
    if (raw.text === '"' && pending.length === 0 && last && adjacent(last, raw)) {
      // 'Karel "Kess" Vostrak': a nickname in quotes between the parts of a person's name belongs to the name.
      const words = nicknameAt(joined, i, current, (l, r) => /^[ \t]*$/.test(folded.slice(l.end, r.start)));
      if (words > 0) {
        // The nickname's words and the name word after the closing quote join the run; the quotes stay inside its span.
        current.push(...joined.slice(i + 1, i + 1 + words), joined[i + words + 2]);
        i += words + 2;
        continue;
      }
    }
    if (last && !adjacent(last, raw)) flush();
    if (isNameToken(raw) && !isCalendarWord(folded, raw) && !AGE.test(raw.text)) {
      if (pending.length > 0) {
        const connector = pending[0];
        // "and" after a complete name ("… Evening Tribune and …", "… River and …") starts the next name; inside one
        // ("Department of Health and Human Services") it joins.
        const completes = (connector.text === 'and' || connector.text === '&') && isHeadWord(current[current.length - 1].text);
        // "… Hockey League for the Velora Comets", "… Super League for FC Kessa": after a complete name, "for" before a
        // place or a club starts the name of a member, not the rest of the name ("Alliance for Rural Progress").
        const member = connector.text === 'for' && current.length >= 2 && isHeadWord(current[current.length - 1].text) && startsOtherName(raw.text);
        // "Trinidad and Tobago": a country or region whose name has an "and" in it.
        const onePlace = connector.text === 'and' && current.length <= 2 &&
          knownPlace(`${current.map((t) => t.text).join(' ')} and ${raw.text}`.toLowerCase());
        const joins = NAME_PARTICLES.has(connector.text) || onePlace || (current.some((t) => isHeadWord(t.text)) && !completes && !member) ||
          (connector.text === 'the' && current.length > 0);
        if (joins) current.push(...pending);
        else flush();
        pending = [];
      }
      const token = stripPossessive(raw);
      current.push(token);
      if (token !== raw) flush();
    } else if (current.length > 0 && pending.length === 0 && (CONNECTORS.has(raw.text) || NAME_PARTICLES.has(raw.text))) {
      pending = [raw];
    } else if (pending.length === 1 && NAME_PARTICLES.has(pending[0].text) && NAME_PARTICLES.has(raw.text) && raw.text !== pending[0].text) {
      // "Karel de la Osk", "Anna van der Velde": two particles between the parts of one name.
      pending.push(raw);
    } else if (pending.length === 1 && raw.text === 'the' && (pending[0].text === 'of' || pending[0].text === 'for')) {
      // "Society for the Blind", "Bank for the Poor": the article belongs to the connector.
      pending.push(raw);
    } else {
      flush();
    }
  }
  flush();
  return runs;
}
