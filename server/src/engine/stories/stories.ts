import { outletRepeatedLines } from '../boilerplate/repeatedLines';
import type { CanonicalEntity } from '../corpus/resolveEntities';
import type { ArticleAnalysis, Span } from '../types';
import { groupStories } from './groupStories';
import { storyArticles } from './storyTerms';

/**
 * How articles are grouped into stories: `auto` by what they are about (names, rare words, dates), `folder` one
 * story per folder, `corpus` one story for everything (every claim compared with every other article's).
 */
export type StoryMode = 'auto' | 'folder' | 'corpus';
export const STORY_MODES: readonly StoryMode[] = ['auto', 'folder', 'corpus'];

export interface Stories {
  /** Article id → story id. */
  storyOf: Map<string, string>;
  /** Story id → its articles, sorted. */
  members: Map<string, string[]>;
  /** Article id → lines its outlet repeats in articles of other stories, sorted and disjoint. */
  repeated: Map<string, Span[]>;
}

/** The folder of an article id (a path or URI): everything before the last slash. */
export const folderOf = (id: string): string => id.slice(0, Math.max(0, id.lastIndexOf('/')));

/** Groups the articles of a corpus into stories under `mode`, and finds the lines outlets repeat across stories. */
export function computeStories(articles: ReadonlyMap<string, ArticleAnalysis>, entities: readonly CanonicalEntity[], mode: StoryMode): Stories {
  // Lines an outlet repeats are left out of grouping; once stories are known, those that articles of one story
  // share are given back to the story (wire copy, an updated version of one report) and the rest are boilerplate.
  const repeatedLines = outletRepeatedLines(articles);
  const allRepeated = new Map([...repeatedLines].map(([id, lines]) => [id, [...lines].sort((a, b) => a.start - b.start)]));
  let storyOf: Map<string, string>;
  if (mode === 'corpus') storyOf = new Map([...articles.keys()].map((id) => [id, 'corpus']));
  else if (mode === 'folder') storyOf = new Map([...articles.keys()].map((id) => [id, `folder:${folderOf(id)}`]));
  else storyOf = new Map([...groupStories(storyArticles(articles, entities, allRepeated))].map(([id, first]) => [id, `story:${first}`]));
  const members = new Map<string, string[]>();
  for (const [id, story] of storyOf) {
    const list = members.get(story) ?? [];
    list.push(id);
    members.set(story, list);
  }
  for (const list of members.values()) list.sort();
  // A repeated line is boilerplate for all its articles when they belong to two or more stories, and for none
  // when they all belong to one; counted once per line.
  const acrossStories = new Map<readonly string[], boolean>();
  const spansStories = (sharedBy: readonly string[]): boolean => {
    let across = acrossStories.get(sharedBy);
    if (across === undefined) {
      across = new Set(sharedBy.map((other) => storyOf.get(other))).size > 1;
      acrossStories.set(sharedBy, across);
    }
    return across;
  };
  const repeated = new Map<string, Span[]>();
  for (const [id, lines] of repeatedLines) {
    const spans = lines.filter((line) => spansStories(line.sharedBy)).map(({ start, end }) => ({ start, end }));
    if (spans.length > 0) repeated.set(id, spans.sort((a, b) => a.start - b.start));
  }
  return { storyOf, members, repeated };
}
