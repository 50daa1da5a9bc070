import { readArticleMeta } from './article';
import { findBoilerplate } from './boilerplate/findBoilerplate';
import { lineFingerprints } from './boilerplate/lineFingerprints';
import { findDates } from './dates/findDates';
import { capitalisedRuns, findEntities } from './entities/findEntities';
import { findFigures } from './figures/findFigures';
import { extractNames } from './names/extractNames';
import { extractQuantities } from './quantities/extractQuantities';
import { readRoles } from './roles/readRoles';
import { contentWords, countWords } from './stories/terms';
import { foldSameLength } from './text/fold';
import { lineStarts } from './text/lineIndex';
import { nonEmptyLines } from './text/lines';
import { splitSentences } from './text/sentences';
import { tokenize } from './text/tokens';
import type { ArticleAnalysis, TextSpan } from './types';
import { findAttributions } from './workbench/attribution';
import { copySignature } from './workbench/copySignature';
import { findWireCredit } from './workbench/wireCredit';

/**
 * Everything the engine reads from one article. Pure: the same text always gives the same result, so callers may
 * cache it by document version or content hash.
 */
export function analyzeArticle(text: string): ArticleAnalysis {
  const folded = foldSameLength(text);
  const sentences = splitSentences(folded);
  const lines = nonEmptyLines(folded);
  const meta = readArticleMeta(text, folded, lines);
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
  const boilerplate = findBoilerplate(lines, meta.headline);
  const words = contentWords(tokens, entities, boilerplate);
  return {
    length: text.length, lineStarts: lineStarts(text), meta, sentences, entities, dates, figures, quantities, names, roles,
    boilerplate, lineFingerprints: lineFingerprints(lines, words), words: countWords(words),
    credit: originalSpan(text, findWireCredit(lines)), copySignature: copySignature(folded, sentences, boilerplate),
    attributions: findAttributions(text, folded, sentences),
  };
}

/** A span found in the folded text with the original's words. */
function originalSpan(text: string, span: TextSpan | null): TextSpan | null {
  return span ? { ...span, text: text.slice(span.start, span.end) } : null;
}
