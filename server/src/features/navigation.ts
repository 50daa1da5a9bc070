import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver';
import type { CanonicalEntity } from '../engine/corpus/resolveEntities';
import { location, spanToRange } from '../lsp/positions';
import type { CurrentArticle, FeatureContext } from './context';
import { mentionAt } from './mentions';

/** The canonical entity of the name under the cursor, if any. */
export function entityUnderCursor(ctx: FeatureContext, current: CurrentArticle, offset: number): CanonicalEntity | null {
  const found = mentionAt(current.analysis, offset);
  if (!found || found.type !== 'entity') return null;
  return ctx.corpus.entityAt(current.document.uri, found.mention.start) ?? null;
}

function toLocations(ctx: FeatureContext, entity: CanonicalEntity): Location[] {
  const locations: Location[] = [];
  for (const mention of entity.mentions) {
    const analysis = ctx.corpus.get(mention.article);
    if (analysis) locations.push(location(mention.article, analysis, mention));
  }
  return locations;
}

/**
 * Go to Definition: the entity's first mention in the corpus — in the earliest published article that names it
 * (articles without a date last, then by URI), at its first mention there.
 */
export function provideDefinition(ctx: FeatureContext, current: CurrentArticle, offset: number): Location | null {
  const entity = entityUnderCursor(ctx, current, offset);
  if (!entity) return null;
  const rank = (uri: string) => ctx.corpus.summary(uri).published ?? '9999';
  const first = [...entity.mentions].sort((a, b) => rank(a.article).localeCompare(rank(b.article)) || a.article.localeCompare(b.article) || a.start - b.start)[0];
  const analysis = first ? ctx.corpus.get(first.article) : undefined;
  return first && analysis ? location(first.article, analysis, first) : null;
}

/** Find All References: every mention of the entity in every article. */
export function provideReferences(ctx: FeatureContext, current: CurrentArticle, offset: number): Location[] {
  const entity = entityUnderCursor(ctx, current, offset);
  return entity ? toLocations(ctx, entity) : [];
}

/** Document highlights: the entity's other mentions in this article. */
export function provideDocumentHighlights(ctx: FeatureContext, current: CurrentArticle, offset: number): DocumentHighlight[] {
  const entity = entityUnderCursor(ctx, current, offset);
  if (!entity) return [];
  return entity.mentions
    .filter((m) => m.article === current.document.uri)
    .map((m) => ({ range: spanToRange(current.document, m), kind: DocumentHighlightKind.Text }));
}

