import type { Range } from 'vscode-languageserver';
import { buildStoryView, summaryLine, type StoryCell, type StoryFinding, type StoryRow, type StorySource, type StorySummary } from '../engine/workbench/storyView';
import { findingText } from '../engine/rules/runRules';
import type { Finding } from '../engine/rules/types';
import type { Span } from '../engine/types';
import { analysisSpanToRange } from '../lsp/positions';
import type { Corpus } from '../engine/corpus/corpus';
import { independentGroups } from '../engine/workbench/independence';
import type { FeatureContext } from './context';

/** The custom request a client sends for the story of an article (the claims view). */
export const STORY_REQUEST = 'crosscheck/story';

export interface StoryParams {
  uri: string;
}

/** A place in an article, as the protocol names it. */
export interface StoryLocation {
  uri: string;
  range: Range;
}

export type StoryCellResult = Omit<StoryCell, 'article' | 'start' | 'end'> & StoryLocation;
/** How crosscheck.json names a finding (its decisions and ignore entries): rule, file, flagged text. */
export interface FindingKey {
  rule: string;
  file: string;
  text: string;
}

export type StoryFindingResult = Omit<StoryFinding, 'article' | 'start' | 'end'> & StoryLocation & { key: FindingKey };
export type StoryRowResult = Omit<StoryRow, 'cells' | 'findings'> & { cells: StoryCellResult[]; findings: StoryFindingResult[] };
export type StorySourceResult = Omit<StorySource, 'article'> & { uri: string };

/** The result of `crosscheck/story`: the engine's story view with URIs and LSP ranges instead of ids and offsets. */
export interface StoryResult {
  story: string;
  uri: string;
  sources: StorySourceResult[];
  rows: StoryRowResult[];
  summary: StorySummary;
  /** The summary as one sentence: "2 disputed facts in 5 articles from 4 outlets, 3 independent sources". */
  summaryText: string;
}

/**
 * Answers `crosscheck/story` for an article of the corpus: null when the server does not know it. Texts of the
 * story's articles are read so that labels and cells use the words as written.
 */
export async function provideStory(context: FeatureContext, uri: string, findings: () => Finding[], relativePath: (article: string) => string = (a) => a): Promise<StoryResult | null> {
  const corpus = context.corpus;
  if (!corpus.has(uri)) return null;
  const members = corpus.storyMembers(uri);
  const texts = new Map(await Promise.all(members.map(async (id) => [id, await context.textOf(id)] as const)));
  // A text read from disk that differs from what was analysed would give wrong words at the offsets: only texts of
  // the analysed length are used, the rest fall back to what the analysis kept.
  const textOf = (id: string) => {
    const text = texts.get(id) ?? null;
    return text !== null && text.length === corpus.get(id)?.length ? text : null;
  };
  const view = buildStoryView(corpus, uri, { findings: findings(), textOf });
  const locate = (article: string, span: Span): StoryLocation => {
    const analysis = corpus.get(article);
    return { uri: article, range: analysis ? analysisSpanToRange(analysis, span) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  };
  return {
    story: view.story,
    uri,
    sources: view.sources.map(({ article, ...rest }) => ({ uri: article, ...rest })),
    rows: view.rows.map((row) => ({
      ...row,
      cells: row.cells.map(({ article, start, end, ...rest }) => ({ ...rest, ...locate(article, { start, end }) })),
      findings: row.findings.map(({ article, start, end, ...rest }) => ({
        ...rest, ...locate(article, { start, end }), key: { rule: rest.rule, file: relativePath(article), text: findingText(corpus, { article, start, end }) },
      })),
    })),
    summary: view.summary,
    summaryText: summaryLine(view.summary),
  };
}

/**
 * " (3 outlets, 1 independent source)" after a hover's story line when copies, agency credits or one outlet make
 * fewer independent sources than articles; empty otherwise. From the last grouping, never waiting for a new one.
 */
export function independenceNote(corpus: Corpus, uri: string): string {
  const members = corpus.peekStoryMembers(uri);
  if (members.length < 2) return '';
  const groups = independentGroups(corpus, members);
  const independent = new Set(members.map((id) => groups.groupOf(id))).size;
  if (independent === members.length) return '';
  const outlets = new Set(members.map((id) => corpus.get(id)?.meta.source ?? id)).size;
  return ` (${outlets} outlet${outlets === 1 ? '' : 's'}, ${independent} independent source${independent === 1 ? '' : 's'})`;
}
