import type { ArticleAnalysis, EntityKind } from '../types';
import { KeyRelations } from './keyRelations';
import { MentionTable } from './mentionTable';
import { acronymLinks, canonicalEntity, keyGroups, keyKind, sortEntities, type CanonicalEntity, type EntityOccurrence, type KeyedMentions } from './resolveEntities';

/** One article as it was when the index last saw it and as it is now (undefined: absent). */
export interface ArticleChange {
  article: string;
  before: ArticleAnalysis | undefined;
  after: ArticleAnalysis | undefined;
}

// More keys than this appearing or vanishing at once (a pasted paragraph, a new article) resolve everything.
const MAX_NEW_KEYS = 64;

/**
 * Replaces one article's mentions in an entity's mention list, which is sorted by article and then offset: the
 * article's mentions are one run, found by binary search.
 */
function replaceArticle(mentions: EntityOccurrence[], article: string, own: readonly EntityOccurrence[]): void {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle].article < article) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < mentions.length && mentions[end].article === article) end++;
  mentions.splice(low, end - low, ...own);
}

/**
 * The canonical entities of a corpus, kept up to date one article at a time where that gives the same answer as
 * resolving the whole corpus again. Which keys form one entity depends only on the set of keys, their majority kinds
 * and the acronyms articles define (see keyGroups); an edit that changes none of them (typing inside a sentence,
 * an edited figure) keeps every group, and only the entities whose keys the article mentions are rebuilt from their
 * mentions. A key that appears or vanishes with nothing that could tie it to another key (a new name) is an entity
 * of its own. An edit that adds or removes a key that may be tied to others, flips a key's kind or defines another
 * acronym resolves everything.
 */
export class EntityIndex {
  private readonly groupOf = new Map<string, number>();
  private readonly groupKeys: string[][] = [];
  /** Each group's entity; null for a group whose only key left the corpus. */
  private readonly entityOf: Array<CanonicalEntity | null> = [];
  private readonly kindOf: Map<string, EntityKind>;
  /** Made on the first key that appears or vanishes (a whole resolution needs none). */
  private relationsMade: KeyRelations | null = null;
  readonly byMention = new MentionTable<CanonicalEntity>();
  readonly byId = new Map<string, CanonicalEntity>();
  private sorted: CanonicalEntity[] | null = null;

  /** Resolves every key of the corpus. */
  constructor(byKey: Map<string, KeyedMentions[]>) {
    const { groups, kindOf } = keyGroups(byKey);
    this.kindOf = kindOf;
    groups.forEach((keys, group) => {
      for (const key of keys) this.groupOf.set(key, group);
      this.groupKeys.push(keys);
      const entity = canonicalEntity(keys, byKey);
      this.entityOf.push(entity);
      this.add(entity);
    });
  }

  /** Every entity, most mentioned first (sorted again only after a change). */
  entities(): CanonicalEntity[] {
    this.sorted ??= sortEntities(this.entityOf.filter((entity) => entity !== null));
    return this.sorted;
  }

  /**
   * Applies changed articles when they leave the groups of keys as they are, and returns the articles whose mentions
   * now resolve to an entity with another id, kind or name (besides the changed ones); returns null, changing
   * nothing, when the groups may differ and the corpus must be resolved again.
   */
  update(byKey: Map<string, KeyedMentions[]>, changes: readonly ArticleChange[]): Set<string> | null {
    const touched = new Set<string>();
    const added = new Set<string>();
    const removed = new Set<string>();
    for (const { before, after } of changes) {
      const keysBefore = new Set((before?.entities ?? []).map((m) => m.key));
      const keysAfter = new Set((after?.entities ?? []).map((m) => m.key));
      for (const key of [...keysBefore, ...keysAfter]) {
        const list = byKey.get(key);
        const known = this.groupOf.has(key);
        // A key whose kind flipped can regroup keys anywhere.
        if (list && known && keyKind(list) !== this.kindOf.get(key)) return null;
        if (list && known) touched.add(key);
        else if (list) added.add(key);
        else if (known) removed.add(key);
      }
      if (acronymLinks(before?.entities ?? []).join('\u0001') !== acronymLinks(after?.entities ?? []).join('\u0001')) return null;
    }
    // A key that appeared or vanished keeps the other groups only when nothing ties it to another key (a new name
    // being typed: "Vossb", "Vossbe", …); a key that was grouped with others, or may be, resolves everything.
    if (added.size + removed.size > MAX_NEW_KEYS) return null;
    const changing = [...added, ...removed];
    const present = (key: string) => this.groupOf.has(key) || added.has(key);
    if (changing.length > 0) this.relationsMade ??= new KeyRelations(byKey, removed, added);
    for (const key of removed) {
      if (this.groupKeys[this.groupOf.get(key)!].length > 1 || this.relationsMade!.tied(key, true, changing, present)) return null;
    }
    for (const key of added) if (this.relationsMade!.tied(key, false, changing, present)) return null;
    for (const key of removed) {
      const group = this.groupOf.get(key)!;
      const old = this.entityOf[group]!;
      for (const m of old.mentions) this.byMention.delete(m.article, m.start);
      this.byId.delete(old.id);
      this.entityOf[group] = null;
      this.groupKeys[group] = [];
      this.groupOf.delete(key);
      this.kindOf.delete(key);
      this.relationsMade!.remove(key);
    }
    const affected = new Set<string>();
    const groups = [...new Set([...touched].map((key) => this.groupOf.get(key)!))];
    // A group whose mentions in every changed article are the same names, kinds and titles as before (typing
    // elsewhere moved them, or nothing moved) keeps its entity: only those articles' mention offsets are patched,
    // without rebuilding an entity that may have thousands of mentions.
    const same = new Set(groups);
    for (const { before, after } of changes) {
      const was = this.describe(before);
      const is = this.describe(after);
      for (const group of groups) if ((was.get(group) ?? '') !== (is.get(group) ?? '')) same.delete(group);
    }
    const rebuilt = groups.filter((group) => !same.has(group));
    const olds = rebuilt.map((group) => this.entityOf[group]!);
    // All old mentions go first: a mention of a changed article may move from one rebuilt entity to another.
    for (const old of olds) {
      for (const m of old.mentions) this.byMention.delete(m.article, m.start);
      this.byId.delete(old.id);
    }
    for (const { article, before } of changes) {
      for (const m of before?.entities ?? []) {
        const group = this.groupOf.get(m.key);
        if (group !== undefined && same.has(group)) this.byMention.delete(article, m.start);
      }
    }
    for (const { article, after } of changes) {
      const moved = new Map<number, EntityOccurrence[]>();
      for (const m of after?.entities ?? []) {
        const group = this.groupOf.get(m.key);
        if (group === undefined || !same.has(group)) continue;
        const list = moved.get(group) ?? [];
        list.push({ article, start: m.start, end: m.end, text: m.text });
        moved.set(group, list);
      }
      for (const group of same) {
        const entity = this.entityOf[group]!;
        const own = (moved.get(group) ?? []).sort((x, y) => x.start - y.start);
        replaceArticle(entity.mentions, article, own);
        for (const m of own) this.byMention.set(article, m.start, entity);
      }
    }
    rebuilt.forEach((group, i) => {
      const old = olds[i];
      const entity = canonicalEntity(this.groupKeys[group], byKey);
      this.entityOf[group] = entity;
      this.add(entity);
      if (entity.id !== old.id || entity.kind !== old.kind || entity.name !== old.name) {
        for (const m of old.mentions) affected.add(m.article);
        for (const m of entity.mentions) affected.add(m.article);
      }
    });
    for (const key of added) {
      const group = this.groupKeys.length;
      this.groupKeys.push([key]);
      this.groupOf.set(key, group);
      this.kindOf.set(key, keyKind(byKey.get(key)!));
      this.relationsMade!.add(key);
      const entity = canonicalEntity([key], byKey);
      this.entityOf.push(entity);
      this.add(entity);
    }
    if (rebuilt.length === 0 && added.size === 0 && removed.size === 0) return affected;
    this.sorted = null;
    return affected;
  }

  /** Per group, what an article's mentions in it say apart from their offsets, in order. */
  private describe(analysis: ArticleAnalysis | undefined): Map<number, string> {
    const described = new Map<number, string>();
    for (const m of analysis?.entities ?? []) {
      const group = this.groupOf.get(m.key);
      if (group === undefined) continue;
      described.set(group, `${described.get(group) ?? ''}${m.key}\u0000${m.kind}\u0000${m.canonical}\u0000${m.text}\u0000${m.titles.join('\u0002')}\u0001`);
    }
    return described;
  }

  private add(entity: CanonicalEntity): void {
    this.byId.set(entity.id, entity);
    for (const m of entity.mentions) this.byMention.set(m.article, m.start, entity);
  }
}

/**
 * What the rules read of an article's entities: each mention's entity id, kind and name. Two resolutions that give
 * an article the same signature give its findings the same input.
 */
export function entitySignature(article: string, analysis: ArticleAnalysis, byMention: MentionTable<CanonicalEntity>): string {
  let signature = '';
  for (const mention of analysis.entities) {
    const entity = byMention.get(article, mention.start);
    signature += `${mention.start}\u0000${entity?.id}\u0000${entity?.kind}\u0000${entity?.name}\u0001`;
  }
  return signature;
}
