import type { Span } from '../types';

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
