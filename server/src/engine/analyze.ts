import { readArticleMeta } from './article';
import { findBoilerplate } from './boilerplate/findBoilerplate';
import { lineFingerprints } from './boilerplate/lineFingerprints';
import { extractClaims } from './claims/extractClaims';
import { findDates } from './dates/findDates';
import { findEntities } from './entities/findEntities';
import { findFigures } from './figures/findFigures';
import { contentWords, countWords } from './stories/terms';
import { foldSameLength } from './text/fold';
import { lineStarts } from './text/lineIndex';
import { nonEmptyLines } from './text/lines';
import { splitSentences } from './text/sentences';
import { tokenize } from './text/tokens';
import type { ArticleAnalysis } from './types';

/**
 * Everything the engine reads from one article. Pure: the same text always gives the same result, so callers may
 * cache it by document version or content hash.
 */
export function analyzeArticle(text: string): ArticleAnalysis {
  const folded = foldSameLength(text);
  const sentences = splitSentences(folded);
  const meta = readArticleMeta(text, folded);
  const dates = findDates(text, folded, sentences, meta.published);
  const tokens = tokenize(folded);
  const entities = findEntities({
    original: text, folded, tokens, sentences, headline: meta.headline, dateline: meta.dateline, taken: dates,
  });
  const figures = findFigures(text, folded, [...dates, ...entities]);
  const { claims, names } = extractClaims({ published: meta.published, original: text, folded, sentences, entities, dates, figures });
  const lines = nonEmptyLines(folded);
  const boilerplate = findBoilerplate(lines, meta.headline);
  const words = contentWords(tokens, entities, boilerplate);
  return {
    length: text.length, lineStarts: lineStarts(text), meta, sentences, entities, dates, figures, claims, names, boilerplate,
    lineFingerprints: lineFingerprints(lines, words), words: countWords(words),
  };
}
