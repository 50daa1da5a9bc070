import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * A position inside the document: a line past the last is the document's end, a character past the line's end is
 * the line's end (as the protocol says for characters).
 */
function clampPosition(document: TextDocument, position: Position): Position {
  const lastLine = document.lineCount - 1;
  if (position.line > lastLine) return document.positionAt(document.getText().length);
  const line = Math.max(0, position.line);
  const start = document.offsetAt({ line, character: 0 });
  const next = line === lastLine ? document.getText().length : document.offsetAt({ line: line + 1, character: 0 });
  const length = document.getText().slice(start, next).replace(/\r?\n$|\r$/, '').length;
  return { line, character: Math.max(0, Math.min(position.character, length)) };
}

/** A change's range within the document. */
export function clampRange(document: TextDocument, range: Range): Range {
  return { start: clampPosition(document, range.start), end: clampPosition(document, range.end) };
}

/**
 * Applies a client's changes with their ranges clamped to the document first. vscode-languageserver-textdocument
 * 1.0.16 keeps wrong line starts after a change whose range begins past the last line (an edit at line 2 of a
 * two-line text): every position computed afterwards is NaN, which reaches the client as null in ranges and
 * semantic tokens. Each change is clamped against the text the changes before it left.
 */
export function updateDocument(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  let current = document;
  for (const change of changes) {
    const safe = 'range' in change && change.range ? { range: clampRange(current, change.range), text: change.text } : change;
    current = TextDocument.update(current, [safe], version);
  }
  return current;
}

/** The text-document configuration for TextDocuments: the library's, with clamped changes. */
export const CLAMPED_DOCUMENTS = { create: TextDocument.create, update: updateDocument };
