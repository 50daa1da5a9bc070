import { insideSpans } from '../boilerplate/findBoilerplate';
import { matchKey } from '../text/fold';
import type { ArticleAnalysis, Span } from '../types';
import { wordStem } from './terms';

// Connectors inside names ("Bank of England") say nothing about a story.
const NAME_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'le', 'al', 'von', 'van', 'da', 'del', 'du', 'in', 'on', 'at']);

/**
 * The story-grouping view of one article: its names (outside boilerplate) and its content words as one term map.
 * A name counts twice over: as its canonical entity (so that "Marta Vidal" and a later "Vidal" are one name) and as
 * the words it is made of, which share their keys with the content words. The words make grouping robust where
 * entity finding is not: a company written as a name in one article, in lower case or inside a longer run
 * ("Denver-based Norvell"-like runs) in another, still shares its word. `entityAt` gives the canonical entity id of
 * a mention by its start; `repeated` are the lines the article's outlet repeats in other articles.
 */
export function articleStoryTerms(analysis: ArticleAnalysis, entityAt: (start: number) => string | undefined, repeated: readonly Span[]): Map<string, number> {
  const map = new Map(Object.entries(analysis.words ?? {}));
  // Lines the outlet repeats in other articles (sign-offs, newsletter pitches) would tie its articles together.
  for (const line of analysis.lineFingerprints ?? []) {
    if (!insideSpans(repeated, line.start)) continue;
    for (const stem of line.words) {
      const left = (map.get(stem) ?? 0) - 1;
      if (left > 0) map.set(stem, left);
      else map.delete(stem);
    }
  }
  const add = (term: string) => map.set(term, (map.get(term) ?? 0) + 1);
  for (const mention of analysis.entities) {
    const entity = entityAt(mention.start);
    if (entity === undefined || insideSpans(analysis.boilerplate ?? [], mention.start) || insideSpans(repeated, mention.start)) continue;
    add(`\u0000${entity}`);
    for (const word of matchKey(mention.text).split(/[^\p{L}\p{N}]+/u)) {
      if (word.length >= 2 && !NAME_CONNECTORS.has(word)) add(wordStem(word));
    }
  }
  return map;
}
