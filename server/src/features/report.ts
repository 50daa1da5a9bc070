import { REPORT_FORMATS, reportCsv, reportHtml, reportMarkdown, reportStories, type ReportFormat } from '../cli/reportFormats';
import type { Finding } from '../engine/rules/types';
import type { FeatureContext } from './context';

/** The custom request for the report of the corpus (the VS Code command "Crosscheck: Export Report"). */
export const REPORT_REQUEST = 'crosscheck/report';

export interface ReportParams {
  format: ReportFormat;
  /** Every story, not only those with a disputed fact. */
  all?: boolean;
}

export function isReportParams(params: unknown): params is ReportParams {
  const p = params as Partial<ReportParams> | null;
  return !!p && (REPORT_FORMATS as readonly unknown[]).includes(p.format) && (p.all === undefined || typeof p.all === 'boolean');
}

/**
 * The same report as `crosscheck report`, for the workspace's corpus: the texts of the articles in stories with a
 * finding are read first (the quotes need them), then the stories are written in the format asked for. Findings
 * already carry the fact-checker's decisions (dismissed ones are gone, confirmed and noted ones have their note).
 */
export async function provideReport(context: FeatureContext, params: ReportParams, findings: readonly Finding[]): Promise<{ text: string; stories: number }> {
  const corpus = context.corpus;
  const flagged = new Set(findings.map((f) => f.article));
  const needed = new Set<string>();
  for (const members of corpus.allStories().values()) {
    if (params.all || members.some((id) => flagged.has(id))) for (const id of members) needed.add(id);
  }
  const texts = new Map<string, string | null>();
  for (const id of needed) {
    const text = await context.textOf(id);
    // A text that changed on disk since it was analysed would put quotes at the wrong offsets; leave it out.
    texts.set(id, text !== null && text.length === corpus.get(id)?.length ? text : null);
  }
  const stories = reportStories(corpus, findings, (id) => texts.get(id) ?? null, params.all === true);
  const text = params.format === 'html' ? reportHtml(stories, corpus.size) : params.format === 'csv' ? reportCsv(stories) : reportMarkdown(stories, corpus.size);
  return { text, stories: stories.length };
}
