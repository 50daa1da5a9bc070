import type { InlayHint } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, DateMention, Span } from '../engine/types';

/**
 * The dates worth a hint: those whose value was resolved against the publication date ("Wednesday", "last May",
 * "two years ago"). A date written out in full needs none, and a date left without a value (a vague "several years
 * ago", or no publication date to count from) gets none rather than a guess.
 */
export function hintedDates(dates: readonly DateMention[]): DateMention[] {
  return dates.filter((d): d is DateMention & { value: string } => d.value !== null && d.relative && !d.text.includes(d.value));
}

/** "Monday ▸ 2025-03-03": the resolved value after relative dates, within the requested range. */
export function provideInlayHints(document: TextDocument, analysis: ArticleAnalysis, range: Span): InlayHint[] {
  return hintedDates(analysis.dates)
    .filter((d) => d.end > range.start && d.start < range.end)
    .map((d) => ({ position: document.positionAt(d.end), label: `▸ ${d.value}`, paddingLeft: true, tooltip: 'Resolved by Crosscheck against the publication date' }));
}
