import type { EngineConfig } from '../config';
import type { Corpus } from '../corpus/corpus';
import { acronymVariant } from './acronymVariant';
import { applyDecisions } from './decisions';
import { slotConflicts, type Agreement } from './slotConflicts';
import { ruleContext } from './context';
import { nameVariant } from './nameVariant';
import { roleConflict } from './roleConflict';
import { singleSource } from './singleSource';
import type { Finding } from './types';
import { weekdayMismatch } from './weekdayMismatch';

export interface RuleResults {
  findings: Finding[];
  agreement: Agreement;
}

/**
 * Runs every enabled rule over the corpus, one story at a time. `relativePath` turns an article id into the path
 * that `ignore` entries of the configuration name. Severities follow the configuration; ignored findings are dropped.
 */
export function runRules(corpus: Corpus, config: EngineConfig, relativePath: (article: string) => string): RuleResults {
  const findings: Finding[] = [];
  const agreement: Agreement = { disputed: new Set(), corroborated: new Set() };
  for (const members of corpus.allStories().values()) {
    const results = storyRules(corpus, members, config, relativePath);
    findings.push(...results.findings);
    for (const key of results.agreement.disputed) agreement.disputed.add(key);
    for (const key of results.agreement.corroborated) agreement.corroborated.add(key);
  }
  return { findings, agreement };
}

/**
 * Every enabled rule over the articles of one story. Every rule compares articles of one story only and reads
 * nothing of other stories (their entities come through the corpus's resolution, their boilerplate through its
 * stories), so the findings of a corpus are the union of its stories' findings, and a story's findings stay valid
 * while its members and what the rules read of them are unchanged (see StoryFindings).
 */
export function storyRules(corpus: Corpus, members: readonly string[], config: EngineConfig, relativePath: (article: string) => string): RuleResults {
  const ctx = ruleContext(corpus, members);
  const agreement: Agreement = { disputed: new Set(), corroborated: new Set() };
  const on = (id: keyof EngineConfig['rules']) => config.rules[id].enabled;
  // Claims are compared only within a story and never from boilerplate: slotConflicts reads both from the context.
  const findings: Finding[] = slotConflicts(ctx, agreement).filter((f) => on(f.rule));
  if (on('weekday-mismatch')) findings.push(...weekdayMismatch(ctx));
  if (on('name-variant')) {
    // A definition that differs is reported once: by the acronym rule, which names the acronym.
    const acronyms = acronymVariant(ctx);
    const covered = (f: Finding) => acronyms.some((a) => a.article === f.article && a.start <= f.start && f.end <= a.end);
    findings.push(...acronyms, ...nameVariant(ctx, config.preferredSpellings).filter((f) => !covered(f)));
  }
  if (on('role-conflict')) findings.push(...roleConflict(ctx));
  if (on('single-source')) findings.push(...singleSource(ctx, agreement));
  const visible = findings.filter((finding) => !config.ignore.some((entry) =>
    (!entry.rule || entry.rule === finding.rule) &&
    (!entry.file || entry.file === relativePath(finding.article)) &&
    (!entry.text || entry.text === findingText(corpus, finding))));
  for (const finding of visible) finding.severity = config.rules[finding.rule].severity ?? finding.severity;
  const decided = applyDecisions(visible, config.decisions, (f) => ({ rule: f.rule, file: relativePath(f.article), text: findingText(corpus, f) }));
  return { findings: decided, agreement };
}

/** The text a finding points at, as the `text` field of an ignore entry names it. */
export function findingText(corpus: Corpus, finding: Pick<Finding, 'article' | 'start' | 'end'>): string {
  const analysis = corpus.get(finding.article);
  const words = analysis ? analysis.names.flatMap((n) => [n, ...n.tokens]) : [];
  const mention = analysis && [...analysis.entities, ...analysis.dates, ...analysis.figures, ...words].find((m) => m.start === finding.start && m.end === finding.end);
  return mention?.text ?? '';
}
