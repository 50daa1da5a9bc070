import type { RuleContext } from '../rules/context';
import { dayNumber } from '../dates/calendar';
import type { Placed } from '../slots/alignSlots';
import { enumeratedHeads } from '../rules/slotConflicts';

/**
 * The quantities of the given articles as slot alignment reads them: outside boilerplate, with their clauses'
 * entities as canonical ids. This is the placement slotConflicts makes for a whole corpus, done for one story.
 */
export function placeStory(ctx: RuleContext, articles: readonly string[]): Placed[] {
  const placed: Placed[] = [];
  for (const article of articles) {
    const analysis = ctx.corpus.get(article);
    if (!analysis) continue;
    const published = analysis.meta.published ? dayNumber(analysis.meta.published) : null;
    const enumerated = enumeratedHeads(analysis.quantities);
    for (const quantity of analysis.quantities) {
      if (ctx.isBoilerplate(article, quantity.start) || (quantity.dimension === 'ordinal' && enumerated.has(quantity.head ?? ''))) continue;
      const entities = quantity.entities.map((start) => ctx.entityAt(article, start)).filter((e) => e !== undefined);
      const entityIds = [...new Set(entities.map((e) => e.id))];
      const actorIds = [...new Set(entities.filter((e) => e.kind === 'person' || e.kind === 'organization').map((e) => e.id))];
      placed.push({ article, quantity, entityIds, actorIds, published });
    }
  }
  return placed;
}
