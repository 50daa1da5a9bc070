/**
 * One corpus size of the comparison benchmark: the full comparison as the server runs it (a fresh Corpus, then
 * runRules, which resolves entities, groups stories and runs every enabled rule), timed as a median after a
 * warm-up; then the same work phase by phase; then the candidate pairs each index scored.
 */
import { performance } from 'perf_hooks';
import { defaultConfig, type EngineConfig } from '../server/src/engine/config';
import { Corpus } from '../server/src/engine/corpus/corpus';
import { acronymVariant } from '../server/src/engine/rules/acronymVariant';
import { ruleContext } from '../server/src/engine/rules/context';
import { nameVariant } from '../server/src/engine/rules/nameVariant';
import { roleConflict } from '../server/src/engine/rules/roleConflict';
import { runRules } from '../server/src/engine/rules/runRules';
import { singleSource } from '../server/src/engine/rules/singleSource';
import { slotConflicts, type Agreement } from '../server/src/engine/rules/slotConflicts';
import { weekdayMismatch } from '../server/src/engine/rules/weekdayMismatch';
import type { StoryMode } from '../server/src/engine/stories/stories';
import type { ArticleAnalysis } from '../server/src/engine/types';
import { meters, resetMeters, sampleHeap, slotCandidatePairs, storyCandidatePairs } from './instrument';
import { median } from './table';

export const PHASES = [
  'corpus index (set)', 'entity resolution', 'story grouping', '  of which groupStories', 'slot conflicts',
  '  of which alignSlots', 'weekday mismatch', 'acronym variant', 'name variant', '  of which candidate index',
  'role conflict', 'single source',
] as const;
export type Phase = (typeof PHASES)[number];

export interface ComparisonResult {
  articles: number;
  runs: number[];
  findings: number;
  stories: number;
  largestStory: number;
  phases: Record<Phase, number>;
  storyPairs: number;
  slotPairs: number;
  slotAllPairs: number;
  quantities: number;
  namePairs: number;
}

function buildCorpus(analyses: ReadonlyArray<[string, ArticleAnalysis]>, mode: StoryMode): Corpus {
  const corpus = new Corpus();
  corpus.storyMode = mode;
  for (const [id, analysis] of analyses) corpus.set(id, analysis);
  return corpus;
}

const timed = <T>(run: () => T): [T, number] => {
  const t0 = performance.now();
  const value = run();
  return [value, performance.now() - t0];
};

/** One pass of the work runRules does, each phase timed on its own; the lazy caches are filled in order. */
function phasePass(analyses: ReadonlyArray<[string, ArticleAnalysis]>, config: EngineConfig, mode: StoryMode): Record<Phase, number> {
  resetMeters();
  const on = (id: keyof EngineConfig['rules']) => config.rules[id].enabled;
  const [corpus, index] = timed(() => buildCorpus(analyses, mode));
  const [, resolution] = timed(() => corpus.entities());
  const [, stories] = timed(() => corpus.allStories());
  const ctx = ruleContext(corpus);
  const agreement: Agreement = { disputed: new Set(), corroborated: new Set() };
  const [, slots] = timed(() => slotConflicts(ctx, agreement));
  const rule = (enabled: boolean, run: () => unknown): number => (enabled ? timed(run)[1] : 0);
  const weekday = rule(on('weekday-mismatch'), () => weekdayMismatch(ctx));
  const acronym = rule(on('name-variant'), () => acronymVariant(ctx));
  const names = rule(on('name-variant'), () => nameVariant(ctx, config.preferredSpellings));
  const role = rule(on('role-conflict'), () => roleConflict(ctx));
  const single = rule(on('single-source'), () => singleSource(ctx, agreement));
  sampleHeap();
  return {
    'corpus index (set)': index, 'entity resolution': resolution, 'story grouping': stories,
    '  of which groupStories': meters.groupMs, 'slot conflicts': slots, '  of which alignSlots': meters.alignMs,
    'weekday mismatch': weekday, 'acronym variant': acronym, 'name variant': names,
    '  of which candidate index': meters.nameCandidatesMs, 'role conflict': role, 'single source': single,
  };
}

/**
 * Measures the comparison over these analyses with stories grouped under `mode`: `runs` timed full comparisons
 * after one warm-up, then up to `passes` passes phase by phase.
 */
export function measureComparison(analyses: ReadonlyArray<[string, ArticleAnalysis]>, runs: number, mode: StoryMode = 'auto', passes = 3): ComparisonResult {
  const config = defaultConfig();
  let findings = 0;
  let corpus = buildCorpus(analyses, mode);
  runRules(corpus, config, (id) => id);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    corpus = buildCorpus(analyses, mode);
    findings = runRules(corpus, config, (id) => id).findings.length;
    times.push(performance.now() - t0);
    sampleHeap();
  }
  const stories = corpus.allStories();
  const timings = Array.from({ length: Math.max(1, Math.min(passes, runs)) }, () => phasePass(analyses, config, mode));
  const phases = Object.fromEntries(PHASES.map((phase) => [phase, median(timings.map((pass) => pass[phase]))])) as Record<Phase, number>;
  // The inputs kept from the last phase pass give the candidate counts, computed outside any timed run.
  const slotCounts = slotCandidatePairs();
  const namePairs = meters.nameCandidatePairs;
  return {
    articles: analyses.length,
    runs: times,
    findings,
    stories: stories.size,
    largestStory: Math.max(...[...stories.values()].map((members) => members.length)),
    phases,
    storyPairs: mode === 'auto' ? storyCandidatePairs() : 0,
    slotPairs: slotCounts.scored,
    slotAllPairs: slotCounts.allInStory,
    quantities: slotCounts.quantities,
    namePairs,
  };
}
