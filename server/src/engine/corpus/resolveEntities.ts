import type { EntityKind, EntityMention } from '../types';
import { UnionFind } from './unionFind';

/** One mention of a canonical entity, in one article. */
export interface EntityOccurrence {
  article: string;
  start: number;
  end: number;
  text: string;
}

export interface CanonicalEntity {
  /** Stable across runs for the same names: kind and the main matching key, e.g. "person:anna doe". */
  id: string;
  name: string;
  kind: EntityKind;
  /** Other ways the entity is written in the corpus ("Doe", "Tōdai-ji"). */
  aliases: string[];
  /** Titles and roles written before the name, for people. */
  titles: string[];
  mentions: EntityOccurrence[];
}

/** Mentions of one matching key in one article, as the corpus index keeps them. */
export interface KeyedMentions {
  article: string;
  mentions: EntityMention[];
}

// Generic place words that a name may drop: "Kessa Prefecture" is "Kessa", "Foo Temple" is "Foo".
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  'prefecture', 'province', 'county', 'city', 'district', 'region', 'temple', 'shrine', 'island', 'islands',
  'municipality', 'oblast', 'governorate', 'state', 'town', 'village',
]);

export const compact = (key: string): string => key.replace(/ /g, '');
export const isAcronymText = (text: string): boolean => /^(?:\p{Lu}[\p{Lu}\d&]{1,7}|(?:\p{Lu}\.){2,})$/u.test(text.trim());

function majority<T>(values: T[]): T {
  const counts = new Map<T, number>();
  let best = values[0];
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > (counts.get(best) ?? 0)) best = value;
  }
  return best;
}

/**
 * Groups the entity mentions of a corpus into canonical entities. Works on distinct matching keys (not on every
 * mention), so that it stays cheap as the corpus grows. Keys merge when they are
 * - the same name written with or without spaces or hyphens ("Todaiji" / "Tōdai-ji");
 * - a place with and without its generic word ("Kessa Prefecture" / "Kessa");
 * - an acronym and the expansion an article defined for it in parentheses, anywhere in the corpus;
 * - a lone surname or given name and the one full name in the corpus that starts or ends with it; a lone name
 *   shared by two full names stays apart, and two full names are never merged because they share a part.
 */
export function resolveEntities(byKey: Map<string, KeyedMentions[]>): CanonicalEntity[] {
  const { groups } = keyGroups(byKey);
  return sortEntities(groups.map((keys) => canonicalEntity(keys, byKey)));
}

/** The order `resolveEntities` returns: most mentioned first, then by name. */
export function sortEntities(entities: CanonicalEntity[]): CanonicalEntity[] {
  return entities.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** The majority kind of a key's mentions, as grouping reads it. */
export function keyKind(groups: readonly KeyedMentions[]): EntityKind {
  return majority(byArticle(groups).flatMap((g) => g.mentions.map((m) => m.kind)));
}

/** Groups of mentions in article order (a copy; one group is returned as it is). */
const byArticle = (groups: readonly KeyedMentions[]): readonly KeyedMentions[] =>
  groups.length < 2 ? groups : [...groups].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));

/**
 * The acronym links one article's mentions make: "key→acronym key" for each mention written as an acronym under
 * another key (the article defined the acronym). Grouping unions such keys when both are in the corpus.
 */
export function acronymLinks(mentions: readonly EntityMention[]): string[] {
  const links: string[] = [];
  for (const mention of mentions) {
    if (!isAcronymText(mention.text)) continue;
    const acronymKey = acronymKeyOf(mention.text);
    if (acronymKey !== mention.key) links.push(`${mention.key}\u0000${acronymKey}`);
  }
  return links.sort();
}

export const acronymKeyOf = (text: string): string => text.replace(/\./g, ' ').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Which matching keys form one entity (the rules above), and each key's majority kind. Depends only on the set of
 * keys, their kinds and the acronym links: an edit that changes none of them leaves the groups as they are.
 */
export function keyGroups(byKey: Map<string, KeyedMentions[]>): { groups: string[][]; kindOf: Map<string, EntityKind> } {
  const sets = new UnionFind();
  const kindOf = new Map<string, EntityKind>();
  for (const [key, groups] of byKey) {
    sets.find(key);
    kindOf.set(key, keyKind(groups));
  }
  const keys = [...byKey.keys()];

  // Spacing and hyphenation variants.
  const byCompact = new Map<string, string>();
  for (const key of keys) {
    const c = compact(key);
    const seen = byCompact.get(c);
    if (seen) sets.union(seen, key);
    else byCompact.set(c, key);
  }

  // Places with and without a generic word.
  for (const key of keys) {
    if (kindOf.get(key) !== 'place') continue;
    const words = key.split(' ');
    if (words.length < 2 || !PLACE_SUFFIXES.has(words[words.length - 1])) continue;
    const base = words.slice(0, -1).join(' ');
    const baseKey = byKey.has(base) ? base : byCompact.get(compact(base));
    if (baseKey && kindOf.get(baseKey) === 'place') sets.union(baseKey, key);
  }

  // Acronyms defined in one article: the article gave the acronym's mentions the expansion's key.
  for (const [key, groups] of byKey) {
    for (const group of groups) {
      for (const mention of group.mentions) {
        if (!isAcronymText(mention.text)) continue;
        const acronymKey = acronymKeyOf(mention.text);
        if (acronymKey !== key && byKey.has(acronymKey)) sets.union(key, acronymKey);
      }
    }
  }

  // Lone surnames and given names of people; lone last words of organisations ("Cubs" for "Chicago Cubs").
  for (const kind of ['person', 'organization'] as const) {
    const fullNamesByPart = new Map<string, Set<string>>();
    for (const key of keys) {
      if (kindOf.get(key) !== kind) continue;
      const words = key.split(' ');
      if (words.length < 2) continue;
      const parts = kind === 'person' ? [words[0], words[words.length - 1]] : [words[words.length - 1]];
      for (const part of parts) {
        const owners = fullNamesByPart.get(part) ?? new Set<string>();
        owners.add(sets.find(key));
        fullNamesByPart.set(part, owners);
      }
    }
    for (const key of keys) {
      if (kindOf.get(key) !== kind || key.includes(' ')) continue;
      const owners = fullNamesByPart.get(key);
      if (owners && owners.size === 1) sets.union([...owners][0], key);
    }
  }

  // Collect the groups.
  const members = new Map<string, string[]>();
  for (const key of keys) {
    const root = sets.find(key);
    const list = members.get(root) ?? [];
    list.push(key);
    members.set(root, list);
  }
  return { groups: [...members.values()], kindOf };
}

/** The canonical entity of one group of keys, from their mentions. */
export function canonicalEntity(groupKeys: readonly string[], byKey: ReadonlyMap<string, KeyedMentions[]>): CanonicalEntity {
  const mentions: EntityOccurrence[] = [];
  const canonicals: string[] = [];
  const kinds: EntityKind[] = [];
  const surfaces = new Set<string>();
  const titles = new Set<string>();
  let mainKey = groupKeys[0];
  let mainCount = -1;
  // Keys and articles in a fixed order, so that ties fall the same way whatever order the corpus was built in.
  for (const key of [...groupKeys].sort()) {
    let count = 0;
    for (const group of byArticle(byKey.get(key) ?? [])) {
      for (const mention of group.mentions) {
        mentions.push({ article: group.article, start: mention.start, end: mention.end, text: mention.text });
        canonicals.push(mention.canonical);
        kinds.push(mention.kind);
        surfaces.add(mention.text);
        mention.titles.forEach((t) => titles.add(t));
        count++;
      }
    }
    const better = key.split(' ').length > mainKey.split(' ').length ||
      (key.split(' ').length === mainKey.split(' ').length && count > mainCount);
    if (better) {
      mainKey = key;
      mainCount = count;
    }
  }
  // A bare acronym's kind is a guess; the names it stands for decide when there are any.
  const spelledOut = kinds.filter((_, i) => !isAcronymText(mentions[i].text));
  const kind = majority(spelledOut.length > 0 ? spelledOut : kinds);
  // The fullest name (most words), and among those the one most mentions use; then the longer.
  const counts = new Map<string, number>();
  for (const canonical of canonicals) counts.set(canonical, (counts.get(canonical) ?? 0) + 1);
  const words = (name: string) => name.split(/[\s\u00a0\u202f]+/).length;
  const name = [...counts.keys()].sort((a, b) => words(b) - words(a) || counts.get(b)! - counts.get(a)! || b.length - a.length)[0];
  mentions.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));
  return {
    id: `${kind}:${mainKey}`,
    name,
    kind,
    aliases: [...surfaces].filter((s) => s !== name).sort(),
    titles: kind === 'person' ? [...titles].sort() : [],
    mentions,
  };
}
