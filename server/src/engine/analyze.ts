import { readArticleMeta } from './article';
import { findDates } from './dates/findDates';
import { capitalisedRuns, findEntities } from './entities/findEntities';
import { findFigures } from './figures/findFigures';
import { extractNames } from './names/extractNames';
import { extractQuantities } from './quantities/extractQuantities';
import { readRoles } from './roles/readRoles';
import { foldSameLength } from './text/fold';
import { lineStarts } from './text/lineIndex';
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
  const runs = capitalisedRuns(folded, tokens, sentences);
  const entities = findEntities({
    original: text, folded, tokens, sentences, headline: meta.headline, dateline: meta.dateline, taken: dates,
  }, runs);
  const figures = findFigures(text, folded, [...dates, ...entities]);
  const quantities = extractQuantities({ original: text, folded, sentences, meta, entities, dates, figures });
  const names = extractNames({ original: text, folded, tokens, sentences, entities, taken: [...dates, ...figures], runs });
  const roles = readRoles(text, folded, entities);
  return { length: text.length, lineStarts: lineStarts(text), meta, sentences, entities, dates, figures, quantities, names, roles };
}
