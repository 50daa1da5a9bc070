import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Corpus } from '../engine/corpus/corpus';
import { findingText } from '../engine/rules/runRules';
import type { Finding, Severity } from '../engine/rules/types';
import { analysisSpanToRange, location } from '../lsp/positions';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'crosscheck';

/** What a diagnostic carries for its code actions. */
export interface DiagnosticData {
  rule: string;
  text: string;
  fix?: { title: string; replacement: string; spans: Array<{ start: number; end: number }> };
  /** Where the finding starts and how many related sources it has, when more than its related information shows. */
  related?: { start: number; total: number };
}

/** Lists every related source of a finding (arguments: uri, start, rule); answered by the server. */
export const LIST_RELATED_COMMAND = 'crosscheck.listRelated';

/** Diagnostics per article: each finding on its own article, with every conflicting span as related information. */
export function findingsToDiagnostics(corpus: Corpus, findings: Finding[]): Map<string, Diagnostic[]> {
  const byArticle = new Map<string, Diagnostic[]>();
  for (const finding of findings) {
    const analysis = corpus.get(finding.article);
    if (!analysis) continue;
    const data: DiagnosticData = { rule: finding.rule, text: findingText(corpus, finding) };
    if (finding.fix) data.fix = { title: finding.fix.title, replacement: finding.fix.replacement, spans: finding.fix.spans };
    if (finding.relatedTotal) data.related = { start: finding.start, total: finding.relatedTotal };
    const diagnostic: Diagnostic = {
      range: analysisSpanToRange(analysis, finding),
      severity: SEVERITY[finding.severity],
      source: DIAGNOSTIC_SOURCE,
      code: finding.rule,
      message: finding.message,
      relatedInformation: finding.related.flatMap((r) => {
        const other = corpus.get(r.article);
        return other ? [{ location: location(r.article, other, r), message: r.message }] : [];
      }),
      data,
    };
    const list = byArticle.get(finding.article) ?? [];
    list.push(diagnostic);
    byArticle.set(finding.article, list);
  }
  return byArticle;
}
