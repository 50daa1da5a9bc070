import type { InlayHint } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, Span } from '../engine/types';

/** "Monday ▸ 2025-03-03": the resolved value after relative and partial dates, within the requested range. */
export function provideInlayHints(document: TextDocument, analysis: ArticleAnalysis, range: Span): InlayHint[] {
  return analysis.dates
    .filter((d) => d.value && d.end > range.start && d.start < range.end && (d.relative || d.granularity !== 'day') && !d.text.includes(d.value))
    .map((d) => ({ position: document.positionAt(d.end), label: `▸ ${d.value}`, paddingLeft: true, tooltip: 'Resolved by Crosscheck against the publication date' }));
}
