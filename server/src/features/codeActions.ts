import { modify, parse, type JSONPath } from 'jsonc-parser';
import type { DecisionEntry } from '../engine/config';
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

/** Implemented by the VS Code extension: asks for a note, then records the decision through RECORD_DECISION_COMMAND. */
export const DECIDE_WITH_NOTE_COMMAND = 'crosscheck.decideWithNote';
/** Executed by the server: returns the WorkspaceEdit of crosscheck.json that records a decision (the client applies it). */
export const RECORD_DECISION_COMMAND = 'crosscheck.recordDecision';

/** Adds an entry to a list of crosscheck.json ("ignore", "decisions"): an edit of the file, or its creation. */
function listEntryEdit(target: IgnoreTarget, list: 'ignore' | 'decisions', entry: object, at = -1): WorkspaceEdit {
  if (target.text === null) {
    const content = `${JSON.stringify({ [list]: [entry] }, null, 2)}\n`;
    return {
      documentChanges: [
        { kind: 'create', uri: target.uri, options: { ignoreIfExists: true } },
        { textDocument: { uri: target.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] },
      ],
    };
  }
  // jsonc-parser edits the file in place, keeping the user's formatting and comments.
  const path: JSONPath = [list, at];
  const edits = modify(target.text, path, entry, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } });
  const text = target.text;
  const textEdits: TextEdit[] = edits.map((e) => ({
    range: { start: textOffsetToPosition(text, e.offset), end: textOffsetToPosition(text, e.offset + e.length) },
    newText: e.content,
  }));
  return { changes: { [target.uri]: textEdits } };
}

/**
 * The edit that records a decision: it replaces an earlier decision on the same finding (same rule, file and text),
 * else adds one at the end of "decisions". One object per decision keeps merges of the file line-based and simple.
 */
export function decisionEdit(target: IgnoreTarget, entry: DecisionEntry): WorkspaceEdit {
  const ordered: DecisionEntry = { rule: entry.rule, file: entry.file, text: entry.text, decision: entry.decision, ...(entry.note ? { note: entry.note } : {}) };
  let at = -1;
  if (target.text !== null) {
    const current = (parse(target.text, [], { allowTrailingComma: true }) as { decisions?: unknown } | undefined)?.decisions;
    if (Array.isArray(current)) {
      at = current.findIndex((d: Partial<DecisionEntry> | null) => d?.rule === entry.rule && d?.file === entry.file && d?.text === entry.text);
    }
  }
  return listEntryEdit(target, 'decisions', ordered, at);
}

/**
 * Quick fixes for Crosscheck's diagnostics: respell a name variant everywhere in the article, hide a finding, or
 * record a decision about it (confirmed, dismissed; with a note where the client can ask for one) in
 * crosscheck.json. All are edits the user applies (and can undo); the server writes nothing.
 */
export function provideCodeActions(document: TextDocument, diagnostics: Diagnostic[], ignoreTarget: IgnoreTarget | null, clientDecidesWithNote = false): CodeAction[] {
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
        edit: listEntryEdit(ignoreTarget, 'ignore', { rule: data.rule, file: ignoreTarget.relativePath, text: data.text }),
      });
      const finding = { rule: data.rule, file: ignoreTarget.relativePath, text: data.text };
      actions.push(
        {
          title: 'Confirm this finding: a real error (recorded in crosscheck.json)',
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: decisionEdit(ignoreTarget, { ...finding, decision: 'confirmed' }),
        },
        {
          title: 'Dismiss this finding: not an error (recorded in crosscheck.json)',
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: decisionEdit(ignoreTarget, { ...finding, decision: 'dismissed' }),
        },
      );
      if (clientDecidesWithNote) {
        actions.push({
          title: 'Confirm, dismiss or note this finding with a note…',
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: 'Record a decision with a note', command: DECIDE_WITH_NOTE_COMMAND, arguments: [finding] },
        });
      }
    }
  }
  return actions;
}
