import type { Corpus } from '../corpus/corpus';
import type { CanonicalEntity } from '../corpus/resolveEntities';

/** What the rules read from the corpus, and how they name an article in a message. */
export interface RuleContext {
  corpus: Corpus;
  entityAt(article: string, start: number): CanonicalEntity | undefined;
  /** A short name for an article in messages: its file name. */
  label(article: string): string;
}

export function ruleContext(corpus: Corpus): RuleContext {
  return {
    corpus,
    entityAt: (article, start) => corpus.entityAt(article, start),
    label: (article) => decodeURIComponent(article.slice(article.lastIndexOf('/') + 1)),
  };
}
