import { modify } from 'jsonc-parser';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { spanToRange, textOffsetToPosition } from '../lsp/positions';
import { DIAGNOSTIC_SOURCE, LIST_RELATED_COMMAND, type DiagnosticData } from './diagnostics';

export interface IgnoreTarget {
  /** URI of crosscheck.json, and its current text, or null when the file does not exist yet. */
  uri: string;
  text: string | null;
  /** The article's path as ignore entries name it. */
  relativePath: string;
}

/** Adds an entry to crosscheck.json's "ignore" list: an edit of the file, or its creation. */
function ignoreEdit(target: IgnoreTarget, entry: { rule: string; file: string; text: string }): WorkspaceEdit {
  if (target.text === null) {
    const content = `${JSON.stringify({ ignore: [entry] }, null, 2)}\n`;
    return {
      documentChanges: [
        { kind: 'create', uri: target.uri, options: { ignoreIfExists: true } },
        { textDocument: { uri: target.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] },
      ],
    };
  }
  // jsonc-parser edits the file in place, keeping the user's formatting and comments.
  const edits = modify(target.text, ['ignore', -1], entry, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } });
  const text = target.text;
  const textEdits: TextEdit[] = edits.map((e) => ({
    range: { start: textOffsetToPosition(text, e.offset), end: textOffsetToPosition(text, e.offset + e.length) },
    newText: e.content,
  }));
  return { changes: { [target.uri]: textEdits } };
}

/**
 * Quick fixes for Crosscheck's diagnostics: respell a name variant everywhere in the article, and hide a finding
 * by adding it to crosscheck.json. Both are edits the user applies (and can undo); the server writes nothing.
 */
export function provideCodeActions(document: TextDocument, diagnostics: Diagnostic[], ignoreTarget: IgnoreTarget | null): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || !diagnostic.data) continue;
    const data = diagnostic.data as DiagnosticData;
    if (data.fix) {
      actions.push({
        title: data.fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [document.uri]: data.fix.spans.map((span) => ({ range: spanToRange(document, span), newText: data.fix!.replacement })) } },
      });
    }
    if (data.related) {
      actions.push({
        title: `List all ${data.related.total} related sources`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'List related sources', command: LIST_RELATED_COMMAND, arguments: [document.uri, data.related.start, data.rule] },
      });
    }
    if (ignoreTarget) {
      actions.push({
        title: `Ignore this finding (${data.rule}) in ${ignoreTarget.uri.slice(ignoreTarget.uri.lastIndexOf('/') + 1)}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: ignoreEdit(ignoreTarget, { rule: data.rule, file: ignoreTarget.relativePath, text: data.text }),
      });
    }
  }
  return actions;
}
