import { acronymKeyOf, compact, isAcronymText, PLACE_SUFFIXES, type KeyedMentions } from './resolveEntities';

const count = (map: Map<string, number>, key: string, by: number): void => {
  const next = (map.get(key) ?? 0) + by;
  if (next > 0) map.set(key, next);
  else map.delete(key);
};

/** The base of a place key with a generic last word ("kessa prefecture" → "kessa"), compacted; null without one. */
const placeBase = (key: string): string | null => {
  const words = key.split(' ');
  return words.length >= 2 && PLACE_SUFFIXES.has(words[words.length - 1]) ? compact(words.slice(0, -1).join(' ')) : null;
};

/** The words a full name lends to a lone name: the first and last of a person's, the last of an organisation's. */
const nameParts = (key: string): string[] => {
  const words = key.split(' ');
  return words.length < 2 ? [] : [words[0], words[words.length - 1]];
};

/**
 * What each grouping rule of resolveEntities matches keys by (compact form, place base, name parts, acronym targets),
 * counted over a set of keys, so that a key can be checked for any tie to the others without reading them all. A
 * key with no tie forms an entity of its own and changes no other grouping, whether it is added or removed; the
 * checks ignore kinds and so answer "maybe tied" more often than the rules would tie.
 */
export class KeyRelations {
  private readonly compacts = new Map<string, number>();
  private readonly bases = new Map<string, number>();
  private readonly parts = new Map<string, number>();
  private readonly acronyms = new Set<string>();

  /**
   * Counts the keys of a corpus as its last resolution knew them: the keys of `byKey`, without those `added` since
   * and with those `removed` since. Acronym targets are read once: an edit that changes them resolves everything,
   * and removed keys define none (their acronym links would have differed).
   */
  constructor(byKey: ReadonlyMap<string, KeyedMentions[]>, removed: Iterable<string>, added: ReadonlySet<string>) {
    for (const key of removed) this.add(key);
    for (const [key, groups] of byKey) {
      if (!added.has(key)) this.add(key);
      for (const group of groups) {
        for (const mention of group.mentions) {
          if (!isAcronymText(mention.text)) continue;
          const target = acronymKeyOf(mention.text);
          if (target !== key) this.acronyms.add(target);
        }
      }
    }
  }

  add(key: string): void {
    this.change(key, 1);
  }

  remove(key: string): void {
    this.change(key, -1);
  }

  /**
   * True when `key` may be grouped with another key by any rule: one of the counted keys (`counted` says whether
   * `key` is among them itself), or one of `others`. `present` says whether a key is in the corpus.
   */
  tied(key: string, counted: boolean, others: Iterable<string>, present: (key: string) => boolean): boolean {
    const own = compact(key);
    const base = placeBase(key);
    if ((this.compacts.get(own) ?? 0) > (counted ? 1 : 0) || this.bases.has(own)) return true;
    if (base !== null && this.compacts.has(base)) return true;
    if (this.acronyms.has(key)) return true;
    if (!key.includes(' ') && this.parts.has(key)) return true;
    if (nameParts(key).some((part) => present(part))) return true;
    for (const other of others) if (other !== key && related(key, other)) return true;
    return false;
  }

  private change(key: string, by: number): void {
    count(this.compacts, compact(key), by);
    const base = placeBase(key);
    if (base !== null) count(this.bases, base, by);
    for (const part of new Set(nameParts(key))) count(this.parts, part, by);
  }
}

/** Whether two keys may be grouped with each other by any rule (kinds aside). */
function related(a: string, b: string): boolean {
  if (compact(a) === compact(b) || placeBase(a) === compact(b) || placeBase(b) === compact(a)) return true;
  return nameParts(a).includes(b) || nameParts(b).includes(a);
}
