import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient, type WorkspaceEdit } from 'vscode-languageclient/node';

/** A finding as crosscheck.json names it: rule, article path relative to the file's folder, flagged text. */
export interface FindingKey {
  rule: string;
  file: string;
  text: string;
}

const CHOICES = [
  { label: 'Confirmed', description: 'a real error', decision: 'confirmed' },
  { label: 'Dismissed', description: 'not an error; leaves the Problems panel', decision: 'dismissed' },
  { label: 'Noted', description: 'keep it, with a note', decision: 'noted' },
] as const;

/**
 * crosscheck.decideWithNote, offered by the server's code actions: asks what was decided and a note, then applies
 * the edit of crosscheck.json that the server computes (an ordinary, undoable edit; nothing is saved for the user).
 */
export function registerDecisionCommand(client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand('crosscheck.decideWithNote', async (finding: FindingKey) => {
    const choice = await vscode.window.showQuickPick(CHOICES.map((c) => ({ ...c })), { title: `Decision on “${finding.text}” (${finding.rule})` });
    if (!choice) return;
    const note = await vscode.window.showInputBox({ title: `Note for “${finding.text}”`, prompt: 'Why (optional): a source, a call, a correction', ignoreFocusOut: true });
    if (note === undefined) return;
    const current = client();
    if (current) await recordDecision(current, finding, choice.decision, note);
  });
}

/** Asks the server for the edit of crosscheck.json that records a decision, and applies it (an undoable edit). */
export async function recordDecision(client: LanguageClient, finding: FindingKey, decision: 'confirmed' | 'dismissed' | 'noted', note: string): Promise<void> {
  const edit = await client.sendRequest(ExecuteCommandRequest.type, { command: 'crosscheck.recordDecision', arguments: [finding, decision, note] }) as WorkspaceEdit | null;
  if (!edit) {
    void vscode.window.showWarningMessage('Crosscheck: there is no crosscheck.json to record the decision in.');
    return;
  }
  await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
}
