import * as path from 'path';
import * as vscode from 'vscode';
import { ClaimsPanel } from './claims/claimsPanel';
import { registerExportReport } from './claims/exportReport';
import { registerDecisionCommand } from './decisions';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { addToCorpus, corpusState, type CorpusState } from './corpusNotice';
import { RestartPolicy } from './restartPolicy';
import { newlySkippedLines, skippedTooltip, type SkippedFile } from './skippedFiles';

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

/** What the extension exports, for its tests: where an open article stands against crosscheck.corpus. */
export interface CrosscheckApi {
  corpusState(document: vscode.TextDocument): CorpusState;
}

/** The active editor's article, when it is one. */
function activeArticle(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'article' ? document : undefined;
}

/**
 * Starts the Crosscheck language server for News Article documents. The client stays thin: it starts the server,
 * passes settings through, shows the corpus in the status bar and turns the server's code lens arguments into
 * VS Code's reference view; all analysis happens in the server.
 */
export async function activate(context: vscode.ExtensionContext): Promise<CrosscheckApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('Crosscheck', { log: true });
  // A server that stops unexpectedly (a crash, running out of memory) is started again, at most four times in three
  // minutes; the first restart is said once in a message, every one in the output channel.
  const restarts = new RestartPolicy(4, 3 * 60_000);
  let toldRestart = false;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'article' },
      { scheme: 'untitled', language: 'article' },
    ],
    outputChannel,
    errorHandler: {
      // As the default handler: a few write or read errors are let pass, more shut the connection down.
      error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: () => {
        const { restart, recent } = restarts.crashed(Date.now());
        if (!restart) {
          const message = `The Crosscheck server stopped ${recent} times in three minutes and will not be restarted. Run "Crosscheck: Restart Server" to try again; the output channel has its last messages.`;
          outputChannel.error(message);
          void vscode.window.showErrorMessage(message);
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        outputChannel.warn(`The Crosscheck server stopped unexpectedly; restarting it (${recent} of at most ${restarts.maxRestarts} in three minutes).`);
        if (!toldRestart) {
          toldRestart = true;
          void vscode.window.showWarningMessage('The Crosscheck server stopped unexpectedly and was restarted. The Crosscheck output channel has the details.');
        }
        return { action: CloseAction.Restart, handled: true };
      },
    },
    // clientCommands: this client implements crosscheck.showReferences (the code lens opens VS Code's reference
    // view; the server gives other editors a lens whose command it executes itself) and crosscheck.decideWithNote
    // (asks for a decision's note; other editors get the decisions without a note).
    // lineAnchors: VS Code opens file://…#L3 links in hover cards at that line.
    // restricted: in Restricted Mode (an untrusted folder) the server analyses the open articles only: it neither
    // scans nor watches the folders, reads no crosscheck.json and offers no edit that creates a file. A function,
    // so that the restart after the folder is trusted starts the server in full.
    initializationOptions: () => ({
      settings: vscode.workspace.getConfiguration('crosscheck'),
      clientCommands: ['crosscheck.showReferences', 'crosscheck.decideWithNote', 'crosscheck.openClaimsView'],
      lineAnchors: true,
      restricted: !vscode.workspace.isTrusted,
      // Analyses are cached in the extension's storage for this workspace, so that reopening it does not re-analyse.
      cacheFolder: vscode.Uri.joinPath(context.storageUri ?? context.globalStorageUri, 'analyses').fsPath,
      // This client lists the files the server skipped (crosscheck/skippedFiles): status bar, output, a command.
      skippedFiles: true,
    }),
  };
  client = new LanguageClient('crosscheck', 'Crosscheck', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Crosscheck';
  status.command = 'crosscheck.showOutput';
  let index: IndexStatus | null = null;
  let skipped: SkippedFile[] = [];
  // Every file said in the output channel, across server restarts, so that each is said once.
  let announced: SkippedFile[] = [];
  let state = State.Starting;
  const render = (): void => {
    const article = activeArticle();
    const outside = article && vscode.workspace.isTrusted ? corpusState(article) : null;
    status.command = 'crosscheck.showOutput';
    if (!vscode.workspace.isTrusted) {
      status.text = '$(shield) Crosscheck: this article only';
      status.tooltip = 'Restricted Mode: Crosscheck highlights the open articles but reads no other file of this folder. Trust the folder to compare articles.';
      status.command = 'workbench.trust.manage';
    } else if (outside?.kind === 'out') {
      // The article is read but compared with nothing: say so where the article count would be.
      status.text = '$(warning) Crosscheck: not in the corpus';
      status.tooltip = `This article does not match crosscheck.corpus, so no other article is compared with it. Click to add '${outside.pattern}' to crosscheck.corpus.`;
      status.command = 'crosscheck.addToCorpus';
    } else if (outside?.kind === 'no-folder') {
      status.text = '$(warning) Crosscheck: no folder';
      status.tooltip = 'This article is outside the workspace folders: Crosscheck reads the corpus from the open folders. Open the folder that holds your articles.';
    } else if (state !== State.Running) {
      status.text = '$(sync~spin) Crosscheck';
      status.tooltip = 'Crosscheck is starting…';
    } else if (index?.indexing) {
      status.text = `$(sync~spin) Crosscheck: ${index.indexed.toLocaleString()} / ${index.total.toLocaleString()}`;
      status.tooltip = `Crosscheck is indexing the corpus. Click for its output.${skippedTooltip(skipped)}`;
    } else {
      const articles = index?.articles ?? 0;
      status.text = `$(checklist) Crosscheck: ${articles.toLocaleString()} article${articles === 1 ? '' : 's'}`;
      // A Markdown tooltip with links: the claims view of the active article, and the output.
      const tooltip = new vscode.MarkdownString(
        `Crosscheck: ${articles.toLocaleString()} articles in the corpus (crosscheck.corpus). Click for its output.${skippedTooltip(skipped)}\n\n` +
        '[$(table) Open Claims View](command:crosscheck.openClaimsView) · [$(output) Show Output](command:crosscheck.showOutput)',
        true,
      );
      tooltip.isTrusted = { enabledCommands: ['crosscheck.openClaimsView', 'crosscheck.showOutput'] };
      status.tooltip = tooltip;
    }
  };
  render();
  status.show();

  // One notice per folder and pattern: an article outside the corpus looks like an article nothing else mentions.
  const noticed = new Set<string>();
  const noticeOutsideCorpus = async (): Promise<void> => {
    // In Restricted Mode no article has a corpus, and the action would write the folder's settings.
    if (!vscode.workspace.isTrusted) return;
    const article = activeArticle();
    const where = article ? corpusState(article) : null;
    if (where?.kind !== 'out') return;
    const key = `${where.folder.uri.toString()}\u0000${where.pattern}`;
    if (noticed.has(key)) return;
    noticed.add(key);
    const action = `Add '${where.pattern}' to crosscheck.corpus`;
    const choice = await vscode.window.showInformationMessage(
      'This article is outside crosscheck.corpus: Crosscheck compares it with no other article, and no other article with it.',
      action,
    );
    if (choice === action) await addToCorpus(where);
  };
  void noticeOutsideCorpus();

  context.subscriptions.push(
    outputChannel,
    status,
    client.onDidChangeState((event) => {
      state = event.newState;
      // A new server sends its own list (only when it has one).
      if (state === State.Starting) skipped = [];
      render();
    }),
    client.onNotification('crosscheck/status', (next: IndexStatus) => {
      index = next;
      render();
    }),
    client.onNotification('crosscheck/skippedFiles', ({ files }: { files: SkippedFile[] }) => {
      for (const line of newlySkippedLines(announced, files, (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri)))) outputChannel.warn(line);
      announced = [...new Map([...announced, ...files].map((file) => [`${file.uri}\u0000${file.reason}`, file])).values()];
      skipped = files;
      render();
    }),
    vscode.commands.registerCommand('crosscheck.showOutput', () => outputChannel.show(true)),
    vscode.commands.registerCommand('crosscheck.showSkippedFiles', async () => {
      if (skipped.length === 0) {
        void vscode.window.showInformationMessage('Crosscheck skipped no file: every article of the corpus is analysed.');
        return;
      }
      const items = skipped.map((file) => {
        const uri = vscode.Uri.parse(file.uri);
        return { label: path.basename(uri.fsPath), description: vscode.workspace.asRelativePath(uri), detail: file.reason, uri };
      });
      const picked = await vscode.window.showQuickPick(items, { title: `Crosscheck: ${skipped.length} skipped file${skipped.length === 1 ? '' : 's'}`, matchOnDescription: true, matchOnDetail: true });
      // A binary file opens in VS Code's own binary notice; the others as text.
      if (picked) await vscode.commands.executeCommand('vscode.open', picked.uri);
    }),
    // Trusting the folder lifts Restricted Mode: the server starts again, this time scanning the folders.
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      render();
      await client?.restart();
      void noticeOutsideCorpus();
    }),
    vscode.commands.registerCommand('crosscheck.addToCorpus', async () => {
      if (!vscode.workspace.isTrusted) {
        void vscode.window.showInformationMessage('Restricted Mode: trust this folder first; Crosscheck then reads its articles as a corpus.');
        return;
      }
      const article = activeArticle();
      const where = article ? corpusState(article) : null;
      if (where?.kind === 'out') await addToCorpus(where);
      else void vscode.window.showInformationMessage(where?.kind === 'in' ? 'This article is already in the corpus.' : 'Open an article inside a workspace folder first.');
    }),
    vscode.window.onDidChangeActiveTextEditor(() => {
      render();
      void noticeOutsideCorpus();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('crosscheck.corpus')) render();
    }),
    vscode.workspace.onDidOpenTextDocument((document) => {
      // A .txt mapped to articles only after opening (Change Language Mode) counts too.
      if (document === vscode.window.activeTextEditor?.document) {
        render();
        void noticeOutsideCorpus();
      }
    }),
    vscode.commands.registerCommand('crosscheck.restartServer', async () => {
      await client?.restart();
      void vscode.window.setStatusBarMessage('Crosscheck: server restarted', 3000);
    }),
    registerDecisionCommand(() => client),
    registerExportReport(() => client),
    vscode.commands.registerCommand('crosscheck.openClaimsView', (uri?: string) => {
      const active = vscode.window.activeTextEditor?.document;
      const article = uri ? vscode.Uri.parse(uri) : active?.languageId === 'article' ? active.uri : undefined;
      ClaimsPanel.show(context.extensionUri, () => client, article);
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
  return { corpusState };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
