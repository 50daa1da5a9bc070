import type { Location, Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lineStarts, offsetToLineColumn } from '../engine/text/lineIndex';
import type { ArticleAnalysis, Span } from '../engine/types';

/**
 * The one place where engine offsets (UTF-16 indices, end exclusive) become LSP positions and back. LSP positions
 * count UTF-16 code units too, so the conversion is exact for any text, astral characters included. Open documents
 * convert with their TextDocument; articles known only from disk with the line starts their analysis recorded.
 */
export function spanToRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function positionToOffset(document: TextDocument, position: Position): number {
  return document.offsetAt(position);
}

export function rangeToSpan(document: TextDocument, range: Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

export function offsetToPosition(analysis: ArticleAnalysis, offset: number): Position {
  const { line, column } = offsetToLineColumn(analysis.lineStarts, Math.min(offset, analysis.length));
  return { line, character: column };
}

export function analysisSpanToRange(analysis: ArticleAnalysis, span: Span): Range {
  return { start: offsetToPosition(analysis, span.start), end: offsetToPosition(analysis, span.end) };
}

export function location(uri: string, analysis: ArticleAnalysis, span: Span): Location {
  return { uri, range: analysisSpanToRange(analysis, span) };
}

/** Splits a span at line breaks, since semantic tokens cannot cross lines. */
export function spanToLineRanges(document: TextDocument, span: Span): Array<{ line: number; character: number; length: number }> {
  const pieces: Array<{ line: number; character: number; length: number }> = [];
  const start = document.positionAt(span.start);
  const end = document.positionAt(span.end);
  for (let line = start.line; line <= end.line; line++) {
    const from = line === start.line ? start.character : 0;
    const lineEndOffset = line === end.line ? span.end : document.offsetAt({ line: line + 1, character: 0 });
    const lineStartOffset = document.offsetAt({ line, character: 0 });
    const text = document.getText().slice(lineStartOffset + from, lineEndOffset).replace(/[\r\n]+$/, '');
    if (text.length > 0) pieces.push({ line, character: from, length: text.length });
  }
  return pieces;
}

/** Offsets in any other text the server edits (crosscheck.json), by the same line arithmetic. */
export function textOffsetToPosition(text: string, offset: number): Position {
  const { line, column } = offsetToLineColumn(lineStarts(text), offset);
  return { line, character: column };
}
