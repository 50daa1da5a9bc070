import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

interface IndexStatus {
  articles: number;
  indexing: boolean;
  indexed: number;
  total: number;
}

interface WireLocation {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/**
 * Starts the Crosscheck language server for News Article documents. The client stays thin: it starts the server,
 * passes settings through, shows the corpus in the status bar and turns the server's code lens arguments into
 * VS Code's reference view; all analysis happens in the server.
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
    // clientCommands: this client implements crosscheck.showReferences (the code lens opens VS Code's reference
    // view); the server gives other editors a lens whose command it executes itself.
    initializationOptions: { settings: vscode.workspace.getConfiguration('crosscheck'), clientCommands: ['crosscheck.showReferences'] },
  };
  client = new LanguageClient('crosscheck', 'Crosscheck', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Crosscheck';
  status.command = 'crosscheck.showOutput';
  let index: IndexStatus | null = null;
  let state = State.Starting;
  const render = (): void => {
    if (state !== State.Running) {
      status.text = '$(sync~spin) Crosscheck';
      status.tooltip = 'Crosscheck is starting…';
    } else if (index?.indexing) {
      status.text = `$(sync~spin) Crosscheck: ${index.indexed.toLocaleString()} / ${index.total.toLocaleString()}`;
      status.tooltip = 'Crosscheck is indexing the corpus. Click for its output.';
    } else {
      const articles = index?.articles ?? 0;
      status.text = `$(checklist) Crosscheck: ${articles.toLocaleString()} article${articles === 1 ? '' : 's'}`;
      status.tooltip = `Crosscheck: ${articles.toLocaleString()} articles in the corpus (crosscheck.corpus). Click for its output.`;
    }
  };
  render();
  status.show();

  context.subscriptions.push(
    outputChannel,
    status,
    client.onDidChangeState((event) => {
      state = event.newState;
      render();
    }),
    client.onNotification('crosscheck/status', (next: IndexStatus) => {
      index = next;
      render();
    }),
    vscode.commands.registerCommand('crosscheck.showOutput', () => outputChannel.show(true)),
    vscode.commands.registerCommand('crosscheck.restartServer', async () => {
      await client?.restart();
      void vscode.window.setStatusBarMessage('Crosscheck: server restarted', 3000);
    }),
    // The server's code lens passes plain JSON; VS Code's reference view wants its own types.
    vscode.commands.registerCommand('crosscheck.showReferences', async (uri: string, position: { line: number; character: number }, locations: WireLocation[]) => {
      const toRange = (r: WireLocation['range']) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
      await vscode.commands.executeCommand(
        'editor.action.showReferences',
        vscode.Uri.parse(uri),
        new vscode.Position(position.line, position.character),
        locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), toRange(l.range))),
      );
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
