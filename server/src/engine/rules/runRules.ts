import type { EngineConfig } from '../config';
import type { Corpus } from '../corpus/corpus';
import { compareClaims, type Agreement } from './compareClaims';
import { ruleContext } from './context';
import { nameVariant } from './nameVariant';
import { roleConflict } from './roleConflict';
import { singleSource } from './singleSource';
import { StoryView } from './storyView';
import type { Finding } from './types';
import { weekdayMismatch } from './weekdayMismatch';

export interface RuleResults {
  findings: Finding[];
  agreement: Agreement;
}

/**
 * Runs every enabled rule over the corpus. `relativePath` turns an article id into the path that `ignore` entries
 * of the configuration name. Severities follow the configuration; ignored findings are dropped.
 */
export function runRules(corpus: Corpus, config: EngineConfig, relativePath: (article: string) => string): RuleResults {
  const ctx = ruleContext(corpus);
  const agreement: Agreement = { disputed: new Set(), corroborated: new Set() };
  const on = (id: keyof EngineConfig['rules']) => config.rules[id].enabled;
  // Claims are compared only within a story, and never from boilerplate: each story is compared on its own view.
  const findings: Finding[] = [];
  for (const members of corpus.allStories().values()) {
    if (members.length < 2) continue;
    const story = { ...ctx, corpus: new StoryView(corpus, members) };
    findings.push(
      ...compareClaims(story, 'ordinal', 'ordinal-conflict', agreement),
      ...compareClaims(story, 'figure', 'figure-conflict', agreement),
      ...compareClaims(story, 'date', 'date-conflict', agreement),
    );
  }
  findings.splice(0, findings.length, ...findings.filter((f) => on(f.rule)));
  if (on('weekday-mismatch')) findings.push(...weekdayMismatch(ctx));
  if (on('name-variant')) findings.push(...nameVariant(ctx, config.preferredSpellings));
  if (on('role-conflict')) findings.push(...roleConflict(ctx));
  if (on('single-source')) findings.push(...singleSource(ctx, agreement));
  const visible = findings.filter((finding) => !config.ignore.some((entry) =>
    (!entry.rule || entry.rule === finding.rule) &&
    (!entry.file || entry.file === relativePath(finding.article)) &&
    (!entry.text || entry.text === findingText(corpus, finding))));
  for (const finding of visible) finding.severity = config.rules[finding.rule].severity ?? finding.severity;
  return { findings: visible, agreement };
}

/** The text a finding points at, as the `text` field of an ignore entry names it. */
export function findingText(corpus: Corpus, finding: Finding): string {
  const analysis = corpus.get(finding.article);
  const mention = analysis && [...analysis.entities, ...analysis.dates, ...analysis.figures].find((m) => m.start === finding.start && m.end === finding.end);
  return mention?.text ?? '';
}
