import { hasTag, isCityName, isDictionaryWord, isGivenName, isPlaceWord, knownPlace } from '../lexicon/lexicon';
import type { Token } from '../text/tokens';
import { COMPASS_WORDS, ORGANIZATION_HEADS, OTHER_HEADS, PLACE_HEADS, PLACE_PREFIXES } from './wordLists';

/**
 * Sports reports name teams after their towns and countries: "Velora beat Karlin 2-1", "a late goal for Karlin".
 * In an article that reads like a match report, a place written next to a score or a match verb is a team, and so
 * are its other mentions there; a place that never stands in such a spot (the venue's town) stays a place.
 */

// A score: "2-1", "3 – 0", "41-12" (folded text has plain hyphens for dashes).
const SCORE = /\b\d{1,3}\s*-\s*\d{1,3}\b/g;
const SPORTS_WORDS = /\b(?:goals?|match(?:es)?|scored|striker|midfielder|defender|goalkeeper|coach|league|tournament|championship|cup|season|innings|touchdowns?|penalty|kick-off|fixture|semi-finals?|quarter-finals?|playoffs?)\b/gi;

/** True when the text reads like a sports report: scores and the words of matches, several times over. */
export function isSportsReport(folded: string): boolean {
  const scores = (folded.match(SCORE) ?? []).length;
  const words = (folded.match(SPORTS_WORDS) ?? []).length;
  return scores >= 1 && scores + words >= 5;
}

const MATCH_VERB_AFTER = /^\s*(?:\d{1,3}\s*-\s*\d{1,3}\b|(?:beat|beats|defeated|defeat|drew|draw|faced|face|faces|lost|lose|loses|won|win|wins|edged|thrashed|hosted|host|hosts|trailed|led|scored|eliminated|advanced|equalised|equalized)\b)/i;
const MATCH_WORD_BEFORE = /(?:\b(?:against|beat|beating|defeated|defeating|faced|facing|versus|vs\.?|to|over|for)\s+|\d{1,3}\s*-\s*\d{1,3}\s+)$/i;
const SCORE_BEFORE = /\d{1,3}\s*-\s*\d{1,3}\s+$/;

/**
 * True when a name at [start, end) stands where a team stands: before a score or a match verb, after a score, or
 * after "against", "beat", "faced" … (after "to", "over" and "for" only with a score or match verb nearby).
 */
export function inTeamPosition(folded: string, start: number, end: number): boolean {
  const after = folded.slice(end, end + 30);
  const before = folded.slice(Math.max(0, start - 30), start);
  if (MATCH_VERB_AFTER.test(after) || SCORE_BEFORE.test(before)) return true;
  if (!MATCH_WORD_BEFORE.test(before)) return false;
  if (!/\b(?:to|over|for)\s+$/i.test(before)) return true;
  // "lost 1-2 to X", "a 3-0 win over X", "a goal for X": the score or the match word is in the same clause.
  return /(?:\d{1,3}\s*-\s*\d{1,3}|\b(?:lost|losing|win|victory|goal|penalty|points?)\b)[^.;]{0,25}$/i.test(before.replace(/\b(?:to|over|for)\s+$/i, ''));
}

/** A known place, or a city's name that is not also an ordinary word ("Bath", "Nice"). */
export function placeLike(lower: string): boolean {
  return knownPlace(lower) || (isCityName(lower) && !isDictionaryWord(lower));
}

// Club abbreviations written before or after a club's name ("FC Velora", "Karlin AFC").
const CLUB_ABBREVIATIONS = new Set(['fc', 'afc', 'cf', 'sc', 'hc', 'ac', 'bc', 'fk', 'sk', 'cd', 'sv']);

/**
 * A club or team: a place followed by a plural nickname ("Karlin Harriers", "St. Velora Comets", "New Kessa
 * Otters"), or a name with a club abbreviation ("FC Karlin"). A plural that ends place names ("Falls", "Heights",
 * "Islands") keeps its place.
 */
export function isTeamName(tokens: Token[]): boolean {
  if (tokens.length < 2 || tokens.length > 4) return false;
  const words = tokens.map((t) => t.text.toLowerCase().replace(/\.$/, ''));
  if (CLUB_ABBREVIATIONS.has(words[0]) || CLUB_ABBREVIATIONS.has(words[words.length - 1])) return true;
  const last = tokens[tokens.length - 1].text;
  const lastLower = words[words.length - 1];
  if (isGivenName(last)) return false;
  if (!/^\p{Lu}\p{Ll}{2,}s$/u.test(last) || /ss$/.test(lastLower) || PLACE_HEADS.has(lastLower) || isPlaceWord(lastLower) ||
    ORGANIZATION_HEADS.has(lastLower) || OTHER_HEADS.has(lastLower) || hasTag(lastLower, 'Demonym') || hasTag(lastLower.slice(0, -1), 'Demonym')) return false;
  const place = words.slice(0, -1);
  const placeName = place.join(' ');
  // The place as written too, with its dots: "St. Velora" is listed so among cities.
  const written = tokens.slice(0, -1).map((t) => t.text.toLowerCase()).join(' ');
  return placeLike(placeName) || placeLike(written) || placeLike(place[place.length - 1]) ||
    (place.length > 1 && (PLACE_PREFIXES.has(place[0]) || COMPASS_WORDS.has(place[0])) && !isDictionaryWord(place[1]));
}
