import { hasTag } from '../lexicon/lexicon';
import { stem } from '../quantities/wording';
import type { EntityMention } from '../types';
import type { NameContext } from './types';

/** What follows each name ("the X coal mine"), for telling spelling variants of one referent. */
export function nameContexts(folded: string, entities: EntityMention[]): NameContext[] {
  return entities.map((entity) => {
    const match = /^\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)/u.exec(folded.slice(entity.end, entity.end + 50));
    const words = match ? match[1].split(/[\s-]+/) : [];
    const stop = words.findIndex((w) => hasTag(w, 'Preposition', 'Conjunction', 'Determiner', 'Copula', 'Modal', 'PastTense', 'PresentTense'));
    return { start: entity.start, headNouns: (stop < 0 ? words : words.slice(0, stop)).map(stem) };
  });
}
