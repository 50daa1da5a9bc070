import {
  createConnection,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis } from './engine/types';
import { provideHover } from './features/hover';
import { LEGEND, SemanticTokensProvider } from './features/semanticTokens';
import { AnalysisCache } from './lsp/analysisCache';
import { positionToOffset } from './lsp/positions';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './lsp/settings';

// createConnection picks stdio, IPC or a socket from the command line (--stdio, --node-ipc, --socket=N). Nothing
// else may write to stdout: with --stdio it carries the protocol. Logs go to connection.console.
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let settings: Settings = DEFAULT_SETTINGS;
let canPullConfiguration = false;
const cache = new AnalysisCache(() => settings.maxFileSize);
const semanticTokens = new SemanticTokensProvider();
const warnedSkipped = new Set<string>();

/**
 * Tells the user something without waiting for an answer: a window/showMessage notification, unlike the
 * showXMessage helpers, which send a request whose failure would otherwise be an unhandled rejection.
 */
function tellUser(type: MessageType, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type, message });
}

// A bug in one handler must not take the server down with it: log and carry on.
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${String(reason)}`));
process.on('uncaughtException', (error) => connection.console.error(`Uncaught exception: ${error.stack ?? String(error)}`));

connection.onInitialize((params): InitializeResult => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  const fromOptions = readSettings(params.initializationOptions?.settings);
  settings = fromOptions.settings;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      semanticTokensProvider: { legend: LEGEND, full: { delta: true }, range: true },
    },
    serverInfo: { name: 'crosscheck' },
  };
});

connection.onInitialized(async () => {
  if (canPullConfiguration) {
    await connection.client.register(DidChangeConfigurationNotification.type, { section: 'crosscheck' });
    await refreshSettings();
  }
});

async function refreshSettings(): Promise<void> {
  if (!canPullConfiguration) return;
  const raw: unknown = await connection.workspace.getConfiguration('crosscheck');
  const { settings: next, problems } = readSettings(raw);
  for (const problem of problems) {
    connection.console.warn(problem);
    tellUser(MessageType.Warning, `Crosscheck: ${problem}`);
  }
  const highlightingChanged = next.semanticHighlighting !== settings.semanticHighlighting;
  if (next.maxFileSize !== settings.maxFileSize) cache.clear();
  settings = next;
  if (highlightingChanged) connection.languages.semanticTokens.refresh();
}

connection.onDidChangeConfiguration(async (change) => {
  if (canPullConfiguration) await refreshSettings();
  else settings = readSettings((change.settings as { crosscheck?: unknown } | undefined)?.crosscheck).settings;
});

/**
 * The analysis for a document at its current version, or null when it is unknown, skipped for size, or the
 * request was cancelled. A skipped file is reported once, so a huge file costs one message and no work.
 */
function analysisFor(uri: string, token: CancellationToken): { document: TextDocument; analysis: ArticleAnalysis } | null {
  const document = documents.get(uri);
  if (!document || token.isCancellationRequested) return null;
  const entry = cache.get(document);
  if (entry.kind === 'skipped') {
    if (!warnedSkipped.has(uri)) {
      warnedSkipped.add(uri);
      connection.console.warn(`Skipped ${uri}: ${entry.reason}`);
      tellUser(MessageType.Info, `Crosscheck skipped this file: ${entry.reason}.`);
    }
    return null;
  }
  warnedSkipped.delete(uri);
  return { document, analysis: entry.analysis };
}

/** A result computed for one version of a document is never sent once the document has moved on. */
function ensureCurrent<T>(document: TextDocument, token: CancellationToken, result: T): T {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
  const current = documents.get(document.uri);
  if (!current || current.version !== document.version) {
    throw new ResponseError(LSPErrorCodes.ContentModified, 'document changed during the request');
  }
  return result;
}

const EMPTY_TOKENS = { data: [] };

connection.languages.semanticTokens.on((params, token) => {
  const found = settings.semanticHighlighting ? analysisFor(params.textDocument.uri, token) : null;
  if (!found) return EMPTY_TOKENS;
  return ensureCurrent(found.document, token, semanticTokens.full(found.document, found.analysis));
});

connection.languages.semanticTokens.onDelta((params, token) => {
  const found = settings.semanticHighlighting ? analysisFor(params.textDocument.uri, token) : null;
  if (!found) return EMPTY_TOKENS;
  return ensureCurrent(found.document, token, semanticTokens.delta(found.document, found.analysis, params.previousResultId));
});

connection.languages.semanticTokens.onRange((params, token) => {
  const found = settings.semanticHighlighting ? analysisFor(params.textDocument.uri, token) : null;
  if (!found) return EMPTY_TOKENS;
  const { document, analysis } = found;
  const range = { start: positionToOffset(document, params.range.start), end: positionToOffset(document, params.range.end) };
  return ensureCurrent(document, token, semanticTokens.full(document, analysis, range));
});

connection.onHover((params, token) => {
  const found = analysisFor(params.textDocument.uri, token);
  if (!found) return null;
  const offset = positionToOffset(found.document, params.position);
  return ensureCurrent(found.document, token, provideHover(found.document, found.analysis, offset));
});

documents.onDidClose((event) => {
  cache.delete(event.document.uri);
  semanticTokens.forget(event.document.uri);
  warnedSkipped.delete(event.document.uri);
});

documents.listen(connection);
connection.listen();
