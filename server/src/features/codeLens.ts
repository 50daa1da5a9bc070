import type { CodeLens, Location } from 'vscode-languageserver';
import type { CanonicalEntity } from '../engine/corpus/resolveEntities';
import { location, spanToRange } from '../lsp/positions';
import { storyLine, type CurrentArticle, type FeatureContext } from './context';

export const SHOW_REFERENCES_COMMAND = 'crosscheck.showReferences';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A lens over the headline: how many people, places and organisations the article names, and how many other
 * articles share a person, organisation or other named thing with it. Clicking lists those shared mentions.
 */
export function provideCodeLenses(ctx: FeatureContext, current: CurrentArticle): CodeLens[] {
  const { document, analysis } = current;
  if (!ctx.settings.codeLens) return [];
  const headline = analysis.meta.headline ?? { start: 0, end: 0 };
  const entities = new Map<string, CanonicalEntity>();
  for (const mention of analysis.entities) {
    const entity = ctx.corpus.entityAt(document.uri, mention.start);
    if (entity) entities.set(entity.id, entity);
  }
  const count = (kind: string) => [...entities.values()].filter((e) => e.kind === kind).length;
  const shared: Location[] = [];
  const citing = new Set<string>();
  for (const entity of entities.values()) {
    if (entity.kind === 'place') continue; // Places are shared by everything; they do not link two stories.
    for (const mention of entity.mentions) {
      if (mention.article === document.uri || citing.has(mention.article)) continue;
      const other = ctx.corpus.get(mention.article);
      if (!other) continue;
      citing.add(mention.article);
      shared.push(location(mention.article, other, mention));
    }
  }
  const title = [
    plural(count('person'), 'person', 'people'),
    plural(count('place'), 'place', 'places'),
    plural(count('organization'), 'organisation', 'organisations'),
    `cited by ${plural(citing.size, 'other article', 'other articles')}`,
    storyLine(ctx.corpus, document.uri),
  ].join(' · ');
  const range = spanToRange(document, { start: headline.start, end: headline.start });
  return [{ range, command: { title, command: SHOW_REFERENCES_COMMAND, arguments: [document.uri, range.start, shared] } }];
}
