import type { Corpus } from '../corpus/corpus';
import { UnionFind } from '../corpus/unionFind';
import { containment } from './copySignature';
import { agencyKeys } from './wireCredit';

/** Which articles of a story are one source: copies of one text, one agency's report, or one outlet's articles. */
export interface SourceGroups {
  /** A group key per article; articles with the same key are one independent source. */
  groupOf(article: string): string;
  /** The agency each article credits, when it credits one. */
  credit: Map<string, string>;
  /** Why an article shares its group: "copies text of …", "credits AP", "same outlet"; absent when alone. */
  reasons: Map<string, string[]>;
}

/** Two texts whose sampled shingles overlap this much (of the shorter) are one text copied, lightly edited. */
export const COPY_CONTAINMENT = 0.5;
// Fewer sampled shingles than this (a text of a few dozen words) say too little to call it a copy.
const MIN_SIGNATURE = 6;

/**
 * Groups a story's articles into independent sources: articles whose text one copies from the other (copy
 * signatures, compared only within the story), articles that credit one agency or whose outlet is that agency, and
 * articles of one outlet. Pairwise over the story's articles, each comparison linear in the signatures' size.
 */
export function independentGroups(corpus: Corpus, members: readonly string[], label: (article: string) => string | null = () => null): SourceGroups {
  const union = new UnionFind();
  const reasons = new Map<string, string[]>();
  const credit = new Map<string, string>();
  const give = (article: string, reason: string) => {
    const list = reasons.get(article) ?? [];
    if (!list.includes(reason)) list.push(reason);
    reasons.set(article, list);
  };
  const byAgency = new Map<string, string[]>();
  for (const id of members) {
    union.find(id);
    const analysis = corpus.get(id);
    if (!analysis) continue;
    const agency = analysis.credit?.text ?? null;
    if (agency) credit.set(id, agency);
    const names = [agency, analysis.meta.source].filter((n): n is string => n !== null);
    for (const key of new Set(names.flatMap(agencyKeys))) byAgency.set(key, [...(byAgency.get(key) ?? []), id]);
  }
  for (const ids of byAgency.values()) {
    for (const id of ids.slice(1)) {
      if (union.find(id) === union.find(ids[0])) continue;
      union.union(ids[0], id);
    }
    if (ids.length > 1) {
      for (const id of ids) {
        const agency = credit.get(id);
        give(id, agency ? `credits ${agency}` : `same outlet as ${ids.filter((o) => o !== id).length} other article(s)`);
      }
    }
  }
  const signatures = members.map((id) => corpus.get(id)?.copySignature ?? []);
  for (let i = 0; i < members.length; i++) {
    if (signatures[i].length < MIN_SIGNATURE) continue;
    for (let j = i + 1; j < members.length; j++) {
      if (signatures[j].length < MIN_SIGNATURE || containment(signatures[i], signatures[j]) < COPY_CONTAINMENT) continue;
      union.union(members[i], members[j]);
      give(members[i], `shares its text with ${label(members[j]) ?? nameOf(corpus, members[j])}`);
      give(members[j], `shares its text with ${label(members[i]) ?? nameOf(corpus, members[i])}`);
    }
  }
  return { groupOf: (article) => union.find(article), credit, reasons };
}

const nameOf = (corpus: Corpus, id: string): string =>
  corpus.get(id)?.meta.source ?? corpus.get(id)?.meta.headline?.text ?? decodeURIComponent(id.slice(id.lastIndexOf('/') + 1));
