/**
 * Timing and counting inside the comparison without touching the engine: the engine's modules are compiled to
 * CommonJS and call each other through their export objects, so replacing an export here (for this process only)
 * wraps every call another module makes. Wrapped: slot alignment per story, story grouping, and the name-variant
 * candidate index. Each wrapper adds its time to a meter and keeps its last inputs, from which candidate counts are
 * computed afterwards, outside any timed run.
 */
import { getHeapStatistics } from 'v8';
import { performance } from 'perf_hooks';
import * as slots from '../server/src/engine/slots/alignSlots';
import * as grouping from '../server/src/engine/stories/groupStories';
import * as spellings from '../server/src/engine/names/spellings';
import type { Placed } from '../server/src/engine/slots/alignSlots';
import type { StoryArticle } from '../server/src/engine/stories/groupStories';

export interface Meters {
  alignMs: number;
  groupMs: number;
  nameCandidatesMs: number;
  nameCandidatePairs: number;
  /** The highest heap use seen at any wrapped call (garbage included: an estimate of the peak, from below). */
  peakHeap: number;
  /** The quantities of each story as alignment last saw them. */
  lastPlaced: Placed[][];
  /** The articles story grouping last saw. */
  lastStoryArticles: readonly StoryArticle[];
}

export const meters: Meters = { alignMs: 0, groupMs: 0, nameCandidatesMs: 0, nameCandidatePairs: 0, peakHeap: 0, lastPlaced: [], lastStoryArticles: [] };

export function resetMeters(): void {
  Object.assign(meters, { alignMs: 0, groupMs: 0, nameCandidatesMs: 0, nameCandidatePairs: 0, lastPlaced: [] });
}

export function sampleHeap(): void {
  meters.peakHeap = Math.max(meters.peakHeap, getHeapStatistics().used_heap_size);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Replaces `name` of `module` by a wrapper that times each call into the meter `meter` and hands the arguments and
 * result to `after` (outside the timed part).
 */
type Args<F> = F extends (...args: infer A) => unknown ? A : never;
type Result<F> = F extends (...args: never[]) => infer R ? R : never;

function wrap<M, K extends keyof M>(module: M, name: K, meter: 'alignMs' | 'groupMs' | 'nameCandidatesMs', after: (args: Args<M[K]>, result: Result<M[K]>) => void): void {
  const target = module as Mutable<M>;
  const original = target[name] as unknown as (...args: unknown[]) => unknown;
  target[name] = ((...args: unknown[]) => {
    const t0 = performance.now();
    const result = original(...args);
    meters[meter] += performance.now() - t0;
    after(args as Args<M[K]>, result as Result<M[K]>);
    return result;
  }) as unknown as M[K];
}

/** Installs the wrappers once. */
export function instrument(): void {
  wrap(slots, 'alignSlots', 'alignMs', ([placed]) => {
    meters.lastPlaced.push(placed);
    sampleHeap();
  });
  wrap(grouping, 'groupStoriesWithModel', 'groupMs', ([articles]) => {
    meters.lastStoryArticles = articles;
    sampleHeap();
  });
  wrap(spellings, 'candidatePairs', 'nameCandidatesMs', (_args, result) => {
    meters.nameCandidatePairs += result.length;
  });
}

/** Candidate article pairs story grouping scored last time (its inverted index, run again untimed). */
export function storyCandidatePairs(): number {
  return grouping.storyLinks(meters.lastStoryArticles).length;
}

/**
 * Quantity pairs alignment scored last time, and for comparison the pairs of different articles within one story
 * that scoring all pairs would take.
 */
export function slotCandidatePairs(): { scored: number; allInStory: number; quantities: number } {
  let scored = 0;
  let allInStory = 0;
  let quantities = 0;
  for (const placed of meters.lastPlaced) {
    quantities += placed.length;
    const perArticle = new Map<string, number>();
    for (const p of placed) perArticle.set(p.article, (perArticle.get(p.article) ?? 0) + 1);
    allInStory += (placed.length * placed.length - [...perArticle.values()].reduce((sum, n) => sum + n * n, 0)) / 2;
    let pairs = 0;
    slots.forEachCandidatePair(placed, () => pairs++);
    scored += pairs;
  }
  return { scored, allInStory, quantities };
}
