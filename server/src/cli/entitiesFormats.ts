import type { CanonicalEntity } from '../engine/corpus/resolveEntities';

/** The JSON contract of `crosscheck entities --format json`; field names are fixed, extra fields are allowed. */
export function entitiesJson(entities: CanonicalEntity[]): string {
  return JSON.stringify(
    {
      entities: entities.map((e) => ({
        id: e.id,
        name: e.name,
        kind: e.kind,
        aliases: e.aliases,
        titles: e.titles,
        articles: new Set(e.mentions.map((m) => m.article)).size,
        mentions: e.mentions.map((m) => ({ file: m.article, start: m.start, end: m.end, text: m.text })),
      })),
    },
    null,
    2,
  );
}

/** One line per entity: kind, name, counts, other spellings. */
export function entitiesText(entities: CanonicalEntity[]): string {
  return entities
    .map((e) => {
      const articles = new Set(e.mentions.map((m) => m.article)).size;
      const aliases = e.aliases.length > 0 ? `  (also ${e.aliases.map((a) => `"${a}"`).join(', ')})` : '';
      return `${e.kind.padEnd(12)} ${e.name}  · ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}${aliases}`;
    })
    .join('\n');
}
