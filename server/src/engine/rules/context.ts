import type { Corpus } from '../corpus/corpus';
import type { CanonicalEntity } from '../corpus/resolveEntities';
import { articleLabel } from './label';

/** What the rules read from the corpus, and how they name an article in a message. */
export interface RuleContext {
  corpus: Corpus;
  /** The articles the rules compare: one story's, or the whole corpus. */
  articles: readonly string[];
  entityAt(article: string, start: number): CanonicalEntity | undefined;
  /** A short name for an article in messages: its outlet and publication day when known, else its headline, else its file name. */
  label(article: string): string;
  /** The story an article belongs to: claims are compared only between articles of one story. */
  story(article: string): string;
  /** True where an offset of an article lies in boilerplate (link lists, navigation, credits, other stories' headlines). */
  isBoilerplate(article: string, offset: number): boolean;
}

export function ruleContext(corpus: Corpus, articles: readonly string[] = corpus.ids()): RuleContext {
  return {
    corpus,
    articles,
    entityAt: (article, start) => corpus.entityAt(article, start),
    label: (article) => articleLabel(article, corpus.get(article)),
    story: (article) => corpus.storyOf(article),
    isBoilerplate: (article, offset) => corpus.isBoilerplate(article, offset),
  };
}
