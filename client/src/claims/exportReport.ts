import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** The server's request for the corpus report as text (see docs/EDITORS.md). */
export const REPORT_REQUEST = 'crosscheck/report';

const FORMATS = [
  { label: 'HTML', description: 'one self-contained page that prints well', format: 'html', extension: 'html' },
  { label: 'Markdown', description: 'for notes and pull requests', format: 'md', extension: 'md' },
  { label: 'CSV', description: 'one row per value, for a spreadsheet', format: 'csv', extension: 'csv' },
] as const;

/**
 * Crosscheck: Export Report — asks for a format and a file, asks the server for the report of the corpus's disputed
 * stories, and writes it where the user chose (the only file this extension writes, and only when asked to).
 */
export function registerExportReport(client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand('crosscheck.exportReport', async () => {
    const current = client();
    if (!current?.isRunning()) {
      void vscode.window.showWarningMessage('Crosscheck: the server is not running, so there is nothing to report yet.');
      return;
    }
    const choice = await vscode.window.showQuickPick(FORMATS.map((f) => ({ ...f })), { title: 'Export the Crosscheck report as' });
    if (!choice) return;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      title: 'Save the Crosscheck report',
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `crosscheck-report.${choice.extension}`) } : {}),
      filters: { [choice.label]: [choice.extension] },
    });
    if (!target) return;
    const report = await current.sendRequest<{ text: string; stories: number } | null>(REPORT_REQUEST, { format: choice.format });
    if (!report) {
      void vscode.window.showWarningMessage('Crosscheck: the corpus is still being indexed; try again when it is ready.');
      return;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(report.text));
    const open = 'Open';
    const said = report.stories === 0 ? 'no story with a disputed fact' : `${report.stories} ${report.stories === 1 ? 'story' : 'stories'} with disputed facts`;
    if ((await vscode.window.showInformationMessage(`Crosscheck: report saved (${said}).`, open)) === open) {
      if (choice.format === 'html') await vscode.env.openExternal(target);
      else await vscode.window.showTextDocument(target);
    }
  });
}
