import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { recordDecision } from '../decisions';
import type { HostMessage, ViewMessage, WireStoryView } from './storyTypes';

/** The server's request for one article's story (see docs/EDITORS.md). */
export const STORY_REQUEST = 'crosscheck/story';

/**
 * The claims view: one webview panel that shows the story of the active article as a matrix of claims by source,
 * with a timeline, and follows the active article and the findings as they change. The webview loads only the
 * extension's own script and style (a strict Content Security Policy: nothing from the network).
 */
export class ClaimsPanel {
  private static current: ClaimsPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private article: vscode.Uri | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;

  static show(extensionUri: vscode.Uri, client: () => LanguageClient | undefined, article: vscode.Uri | undefined): void {
    if (ClaimsPanel.current) {
      ClaimsPanel.current.panel.reveal(vscode.ViewColumn.Beside);
      if (article) ClaimsPanel.current.follow(article);
      return;
    }
    const panel = vscode.window.createWebviewPanel('crosscheck.claims', 'Claims', vscode.ViewColumn.Beside, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')],
      retainContextWhenHidden: false,
    });
    ClaimsPanel.current = new ClaimsPanel(panel, extensionUri, client, article);
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly client: () => LanguageClient | undefined,
    article: vscode.Uri | undefined,
  ) {
    this.article = article;
    panel.webview.html = pageHtml(panel.webview, extensionUri);
    panel.onDidDispose(() => this.dispose(), null, this.disposables);
    panel.webview.onDidReceiveMessage((message: ViewMessage) => this.received(message), null, this.disposables);
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor?.document.languageId === 'article') this.follow(editor.document.uri);
    }, null, this.disposables);
    // Findings change when any article of the story changes; the view asks again shortly after.
    vscode.languages.onDidChangeDiagnostics(() => this.scheduleRefresh(), null, this.disposables);
  }

  private follow(article: vscode.Uri): void {
    this.article = article;
    void this.refresh();
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), 300);
  }

  private async received(message: ViewMessage): Promise<void> {
    if (message.type === 'ready') await this.refresh();
    else if (message.type === 'open') {
      const range = new vscode.Range(message.range.start.line, message.range.start.character, message.range.end.line, message.range.end.character);
      await vscode.window.showTextDocument(vscode.Uri.parse(message.uri), { selection: range, viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    } else if (message.type === 'decide') {
      const client = this.client();
      if (message.decision && client) await recordDecision(client, message.key, message.decision, '');
      else await vscode.commands.executeCommand('crosscheck.decideWithNote', message.key);
    }
  }

  private async refresh(): Promise<void> {
    const client = this.client();
    const post = (message: HostMessage) => void this.panel.webview.postMessage(message);
    if (!this.article) return post({ type: 'empty', reason: 'Open an article to see its story.' });
    if (!client?.isRunning()) return post({ type: 'empty', reason: 'The Crosscheck server is not running.' });
    this.panel.title = `Claims: ${this.article.path.slice(this.article.path.lastIndexOf('/') + 1)}`;
    try {
      const view = await client.sendRequest<WireStoryView | null>(STORY_REQUEST, { uri: this.article.toString() });
      post(view ? { type: 'story', view } : { type: 'empty', reason: 'This article is not in the corpus (see crosscheck.corpus).' });
    } catch (error) {
      post({ type: 'empty', reason: `The story could not be read: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  private dispose(): void {
    ClaimsPanel.current = undefined;
    clearTimeout(this.refreshTimer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** The panel's page: the toolbar, the place the script renders into, and a policy that allows only our own files. */
function pageHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'claimsView.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'claimsView.css'));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Claims</title>
</head>
<body>
<div class="toolbar" role="toolbar" aria-label="Filters">
<label><input type="checkbox" id="only-disputed"> Only disputed</label>
<label>Kind <select id="kind">
<option value="all">all</option><option value="figure">figures</option><option value="ordinal">ordinals</option>
<option value="date">dates</option><option value="name">names</option><option value="role">roles</option>
</select></label>
</div>
<p id="status" role="status"></p>
<main id="root"></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
