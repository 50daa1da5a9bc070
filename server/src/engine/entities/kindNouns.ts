import { hasTag } from '../lexicon/lexicon';
import { CLOSED_CLASS } from './wordLists';

/** Common nouns that say a name next to them is an organisation's: "the band X", "X, a mining company". */
export const ORGANIZATION_NOUNS = new Set([
  'band', 'group', 'label', 'company', 'firm', 'network', 'channel', 'broadcaster', 'newspaper', 'magazine', 'journal',
  'club', 'team', 'party', 'airline', 'carrier', 'retailer', 'manufacturer', 'maker', 'publisher', 'studio', 'charity',
  'organisation', 'organization', 'agency', 'bank', 'insurer', 'union', 'startup', 'conglomerate', 'subsidiary',
  'supermarket', 'chain', 'brand', 'franchise', 'orchestra', 'choir', 'ensemble', 'duo', 'trio', 'quartet', 'outlet',
]);

/** Common nouns that say a name next to them is a place's: "the village of X". */
export const PLACE_NOUNS = new Set([
  'village', 'town', 'city', 'hamlet', 'suburb', 'municipality', 'commune', 'parish', 'county', 'province', 'region',
  'district', 'island', 'river', 'lake', 'capital', 'port', 'resort', 'neighbourhood', 'neighborhood',
]);

/**
 * The common noun that says what a name is: the lower-case word right before it ("the band X", "record label X",
 * "the village of X"), or the noun of an appositive or a copula right after it ("X, a mining company based in …",
 * "X is a small village").
 */
export function kindNounNear(folded: string, start: number, end: number): string | null {
  const before = /(?:^|[^\p{L}])(\p{Ll}+)(?: of)?\s+$/u.exec(folded.slice(Math.max(0, start - 30), start));
  if (before && (ORGANIZATION_NOUNS.has(before[1]) || PLACE_NOUNS.has(before[1]))) return before[1];
  // An appositive ("X, a mining company") or a copula ("X is a mining company", "X was the band's label").
  const after = /^(?:\s*,|\s+(?:is|was|are|were|has been|had been))\s+(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u.exec(folded.slice(end, end + 60));
  if (!after) return null;
  const words = after[1].split(/\s+/);
  // "X was the team's star": a noun that owns the next one is not what X is.
  const ownsNext = /^\s?'s?\b/.test(folded.slice(end + after[0].length, end + after[0].length + 3));
  for (const [i, word] of words.entries()) {
    const possessive = ownsNext && i === words.length - 1;
    if ((ORGANIZATION_NOUNS.has(word) || PLACE_NOUNS.has(word)) && !possessive) return word;
    if (hasTag(word, ...CLOSED_CLASS) || hasTag(word, 'PastTense', 'PresentTense')) break;
  }
  return null;
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
