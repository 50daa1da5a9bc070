import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../engine/types';

/**
 * The one place where engine offsets (UTF-16 indices, end exclusive) become LSP positions and back. LSP positions
 * count UTF-16 code units too, so the conversion is exact for any text, astral characters included.
 */
export function spanToRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function positionToOffset(document: TextDocument, position: Position): number {
  return document.offsetAt(position);
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
