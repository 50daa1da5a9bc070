import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/**
 * Starts the Crosscheck language server for News Article documents. The client stays thin: it starts the server,
 * passes settings through, and shows state in the status bar; all analysis happens in the server.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('Crosscheck', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'article' },
      { scheme: 'untitled', language: 'article' },
    ],
    outputChannel,
    initializationOptions: { settings: vscode.workspace.getConfiguration('crosscheck') },
  };
  client = new LanguageClient('crosscheck', 'Crosscheck', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.name = 'Crosscheck';
  status.command = 'crosscheck.showOutput';
  const showState = (state: State): void => {
    status.text = state === State.Running ? '$(checklist) Crosscheck' : '$(sync~spin) Crosscheck';
    status.tooltip = state === State.Running ? 'Crosscheck is running. Click for its output.' : 'Crosscheck is starting…';
  };
  showState(State.Starting);
  status.show();

  context.subscriptions.push(
    outputChannel,
    status,
    client.onDidChangeState((event) => showState(event.newState)),
    vscode.commands.registerCommand('crosscheck.showOutput', () => outputChannel.show(true)),
    vscode.commands.registerCommand('crosscheck.restartServer', async () => {
      await client?.restart();
      void vscode.window.setStatusBarMessage('Crosscheck: server restarted', 3000);
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
