import { hasAnyTag, hasTag } from '../lexicon/lexicon';
import { CLOSED_CLASS } from './wordLists';

/** Common nouns that say a name next to them is an organisation's: "the band X", "X, a mining company". */
export const ORGANIZATION_NOUNS = new Set([
  'band', 'group', 'label', 'company', 'firm', 'network', 'channel', 'broadcaster', 'newspaper', 'magazine', 'journal',
  'club', 'team', 'party', 'airline', 'carrier', 'retailer', 'manufacturer', 'maker', 'publisher', 'studio', 'charity',
  'organisation', 'organization', 'agency', 'bank', 'insurer', 'union', 'startup', 'conglomerate', 'subsidiary',
  'supermarket', 'chain', 'brand', 'franchise', 'orchestra', 'choir', 'ensemble', 'duo', 'trio', 'quartet', 'outlet',
  'authority', 'corporation', 'association', 'federation', 'league', 'society', 'institute', 'university', 'college',
  'operator', 'producer', 'developer', 'provider', 'cooperative', 'foundation', 'ministry', 'department', 'council',
]);

/** Common nouns that say a name next to them is a place's: "the village of X". */
export const PLACE_NOUNS = new Set([
  'village', 'town', 'city', 'hamlet', 'suburb', 'municipality', 'commune', 'parish', 'county', 'province', 'region',
  'district', 'island', 'river', 'lake', 'capital', 'port', 'resort', 'neighbourhood', 'neighborhood',
]);

// Two-word kind nouns whose last word alone would say something else: a radio station is a broadcaster, a school
// district an authority.
const COMPOUND_NOUNS = new Map([
  ['radio station', 'station'], ['television station', 'station'], ['tv station', 'station'], ['school district', 'district'],
]);

// Words that end a noun phrase, some of which the lexicon does not tag as prepositions.
const PHRASE_ENDS = new Set(['near', 'in', 'on', 'at', 'from', 'of', 'with', 'by', 'for', 'to', 'into', 'outside', 'inside',
  'around', 'between', 'across', 'along', 'off', 'since', 'until', 'during', 'that', 'which', 'who', 'whose', 'and', 'or', 'but']);

// An appositive or a copula after a name, with an optional parenthesis between ("X (or Y) is a …"), then the
// noun phrase: up to six words, capitalised modifiers ("a Swedish chain") and slashes ("a folk / jazz band") allowed.
const DESCRIPTION_AFTER = /^(?:\s*\([^()]{0,60}\))?(?:\s*,|\s+(?:is|was|are|were|has been|had been))\s+(?:a|an|the)\s+((?:[\p{L}\d-]+(?:\s*\/\s*|\s+)){0,5}[\p{L}-]+)/u;

/**
 * The common noun that says what a name is: the lower-case word right before it ("the band X", "record label X",
 * "the village of X"), or the head noun of an appositive or a copula right after it ("X, a mining company based in
 * …", "X is a small village", "X are a Welsh folk band"). The head is the last word before a function word or a
 * verb, so that "a band member" or "a company spokesperson" names no kind.
 */
export function kindNounNear(folded: string, start: number, end: number): string | null {
  const before = /(?:^|[^\p{L}])(\p{Ll}+)( of)?\s+$/u.exec(folded.slice(Math.max(0, start - 30), start));
  // "the village of X" names X, but "the band of X" is X's band.
  if (before && (PLACE_NOUNS.has(before[1]) || (ORGANIZATION_NOUNS.has(before[1]) && !before[2]))) return before[1];
  const after = DESCRIPTION_AFTER.exec(folded.slice(end, end + 120));
  if (!after) return null;
  // A copula says what its subject is: the name must begin its clause ("… 40 Days to Kessa is a band" says nothing
  // of "Kessa"). An appositive may follow a name anywhere.
  if (!after[0].trimStart().startsWith(',') && !/(?:^|[.!?;:("\n]|,)[ \t]*(?:the\s+)?$/i.test(folded.slice(Math.max(0, start - 30), start))) return null;
  const words = after[1].split(/\s*\/\s*|\s+/);
  let head = -1;
  for (const [i, word] of words.entries()) {
    if (PHRASE_ENDS.has(word) || hasAnyTag(word, CLOSED_CLASS) || hasTag(word, 'PastTense', 'PresentTense') || /^\p{Ll}{3,}ed$/u.test(word)) break;
    // Capitalised words ("Swedish", "Kessa") modify the noun; they are never its head.
    if (/^\p{Ll}/u.test(word)) head = i;
  }
  if (head < 0) return null;
  // "X was the team's star": a noun that owns the next one is not what X is.
  const lastWord = head === words.length - 1;
  if (lastWord && /^\s?'s?\b/.test(folded.slice(end + after[0].length, end + after[0].length + 3))) return null;
  const noun = words[head];
  const compound = head > 0 ? COMPOUND_NOUNS.get(`${words[head - 1]} ${noun}`) : undefined;
  if (compound) return compound === 'station' ? 'broadcaster' : 'authority';
  return ORGANIZATION_NOUNS.has(noun) || PLACE_NOUNS.has(noun) ? noun : null;
}

/**
 * The kind a plural common noun gives the list that follows it: "bands such as X, Y and Z", "companies including X",
 * "cities like X". Returns the singular noun, or null.
 */
export function listKindNounBefore(folded: string, start: number): string | null {
  const before = folded.slice(Math.max(0, start - 40), start);
  if (!/(?:as|like|includ\w*|the)\s+$/.test(before)) return null;
  const match = /\b(\p{Ll}+)\s+(?:such as|like|including|include|includes|included)\s+(?:the\s+)?$/u.exec(before);
  if (!match) return null;
  const plural = match[1];
  const singular = plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.replace(/(?:(?<=[sxz]|ch|sh)es|s)$/, '');
  if (singular === plural) return null;
  return ORGANIZATION_NOUNS.has(singular) || PLACE_NOUNS.has(singular) ? singular : null;
}
