import type { ArticleAnalysis, DateMention, EntityMention, FigureMention } from '../engine/types';

export type AnyMention =
  | { type: 'entity'; mention: EntityMention }
  | { type: 'date'; mention: DateMention }
  | { type: 'figure'; mention: FigureMention };

/** Every annotation of an article in text order: the list that highlighting and hovers both read. */
export function allMentions(analysis: ArticleAnalysis): AnyMention[] {
  const mentions: AnyMention[] = [
    ...analysis.entities.map((mention): AnyMention => ({ type: 'entity', mention })),
    ...analysis.dates.map((mention): AnyMention => ({ type: 'date', mention })),
    ...analysis.figures.map((mention): AnyMention => ({ type: 'figure', mention })),
  ];
  return mentions.sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end);
}

/** The annotation under an offset; an offset at a mention's end still counts, as editors place the cursor there. */
export function mentionAt(analysis: ArticleAnalysis, offset: number): AnyMention | null {
  return allMentions(analysis).find(({ mention }) => mention.start <= offset && offset <= mention.end) ?? null;
}
