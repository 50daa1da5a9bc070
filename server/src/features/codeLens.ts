import type { CodeLens, Command, Location } from 'vscode-languageserver';
import type { CanonicalEntity } from '../engine/corpus/resolveEntities';
import type { ArticleAnalysis } from '../engine/types';
import { location, spanToRange } from '../lsp/positions';
import { readablePath } from './cardFormat';
import { articleLabel, storyLine, type CurrentArticle, type FeatureContext } from './context';

/** Implemented by the VS Code extension: opens the reference view on the locations given. */
export const SHOW_REFERENCES_COMMAND = 'crosscheck.showReferences';
/** Executed by the server (workspace/executeCommand) for every other client: lists the shared mentions in a message. */
export const LIST_SHARED_MENTIONS_COMMAND = 'crosscheck.listSharedMentions';
/** Implemented by the VS Code extension: opens the claims view on an article's story. */
export const OPEN_CLAIMS_COMMAND = 'crosscheck.openClaimsView';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The canonical entities an article names. */
function entitiesOf(ctx: FeatureContext, uri: string, analysis: ArticleAnalysis): Map<string, CanonicalEntity> {
  const entities = new Map<string, CanonicalEntity>();
  for (const mention of analysis.entities) {
    const entity = ctx.corpus.entityAt(uri, mention.start);
    if (entity) entities.set(entity.id, entity);
  }
  return entities;
}

/**
 * One mention in each other article that shares a person, organisation or other named thing with this one (places
 * are shared by everything; they do not link two stories).
 */
function sharedMentions(ctx: FeatureContext, entities: Map<string, CanonicalEntity>, uri: string): Location[] {
  const shared: Location[] = [];
  const citing = new Set<string>();
  for (const entity of entities.values()) {
    if (entity.kind === 'place') continue;
    for (const mention of entity.mentions) {
      if (mention.article === uri || citing.has(mention.article)) continue;
      const other = ctx.corpus.get(mention.article);
      if (!other) continue;
      citing.add(mention.article);
      shared.push(location(mention.article, other, mention));
    }
  }
  return shared;
}

/**
 * A lens over the headline: how many people, places and organisations the article names, and how many other
 * articles share a person, organisation or other named thing with it. Clicking lists those shared mentions: in
 * VS Code's reference view when the client implements that command, else in a message the server sends. A second
 * lens opens the claims view, for a client that has one.
 */
export function provideCodeLenses(ctx: FeatureContext, current: CurrentArticle): CodeLens[] {
  const { document, analysis } = current;
  if (!ctx.settings.codeLens) return [];
  const headline = analysis.meta.headline ?? { start: 0, end: 0 };
  const entities = entitiesOf(ctx, document.uri, analysis);
  const count = (kind: string) => [...entities.values()].filter((e) => e.kind === kind).length;
  const shared = sharedMentions(ctx, entities, document.uri);
  const title = [
    plural(count('person'), 'person', 'people'),
    plural(count('place'), 'place', 'places'),
    plural(count('organization'), 'organisation', 'organisations'),
    // Counted are articles that name one of this article's people, organisations or other names: shared names,
    // not citations.
    `${plural(shared.length, 'other article shares', 'other articles share')} names with it`,
    storyLine(ctx.corpus, document.uri),
  ].join(' · ');
  const range = spanToRange(document, { start: headline.start, end: headline.start });
  const command: Command = ctx.clientShowsReferences
    ? { title, command: SHOW_REFERENCES_COMMAND, arguments: [document.uri, range.start, shared] }
    : { title, command: LIST_SHARED_MENTIONS_COMMAND, arguments: [document.uri] };
  const lenses: CodeLens[] = [{ range, command }];
  if (ctx.clientOpensClaims) {
    const disputed = (ctx.findings?.() ?? []).filter((f) => f.article === document.uri && (f.severity === 'warning' || f.severity === 'error')).length;
    const claimsTitle = disputed > 0 ? `Claims view · ${plural(disputed, 'disagreement', 'disagreements')} here` : 'Claims view';
    lenses.push({ range, command: { title: claimsTitle, command: OPEN_CLAIMS_COMMAND, arguments: [document.uri] } });
  }
  return lenses;
}

/** The text of the message LIST_SHARED_MENTIONS_COMMAND shows: one line per other article, with `path:line`. */
export function describeSharedMentions(ctx: FeatureContext, uri: string): string {
  const analysis = ctx.corpus.get(uri);
  if (!analysis) return 'Crosscheck: this article is not in the corpus (see crosscheck.corpus).';
  const shared = sharedMentions(ctx, entitiesOf(ctx, uri, analysis), uri);
  if (shared.length === 0) return `Crosscheck: no other article shares a name with “${articleLabel(ctx.corpus, uri)}”.`;
  const lines = shared.map((l) => `- ${articleLabel(ctx.corpus, l.uri)} (${readablePath(l.uri)}:${l.range.start.line + 1})`);
  return [`Crosscheck: ${plural(shared.length, 'other article shares', 'other articles share')} names with “${articleLabel(ctx.corpus, uri)}”:`, ...lines].join('\n');
}
