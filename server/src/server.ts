import { promises as fs } from 'fs';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  InlayHintRefreshRequest,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  LSPErrorCodes,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type FileSystemWatcher,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type SemanticTokens,
  type SemanticTokensDelta,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'path';
import { cardFormatFor, MARKDOWN_WITH_LINE_ANCHORS, type CardFormat } from './features/cardFormat';
import { isDecisionEntry } from './engine/config';
import { decisionEdit, DECIDE_WITH_NOTE_COMMAND, provideCodeActions, RECORD_DECISION_COMMAND, type IgnoreTarget } from './features/codeActions';
import { LIST_RELATED_COMMAND } from './features/diagnostics';
import { describeSharedMentions, LIST_SHARED_MENTIONS_COMMAND, OPEN_CLAIMS_COMMAND, provideCodeLenses, SHOW_REFERENCES_COMMAND } from './features/codeLens';
import { provideInlayHints } from './features/inlayHints';
import type { CurrentArticle, FeatureContext } from './features/context';
import { provideHover } from './features/hover';
import { isReportParams, provideReport, REPORT_REQUEST } from './features/report';
import { provideStory, STORY_REQUEST, type StoryParams, type StoryResult } from './features/story';
import { provideDefinition, provideDocumentHighlights, provideReferences } from './features/navigation';
import { CORROBORATED, DISPUTED, LEGEND, SemanticTokensProvider, tokenSpans, type ModifierLookup, type TokenLookups } from './features/semanticTokens';
import { sameTokens, type TokenSpan } from './features/tokenSpans';
import { provideDocumentSymbols, provideWorkspaceSymbols } from './features/symbols';
import { AnalysisCache, isStale } from './lsp/analysisCache';
import { CLAMPED_DOCUMENTS } from './lsp/documentEdits';
import { AnalysisPool, DEFAULT_IDLE_TRIM_MS, DEFAULT_TIME_LIMIT_MS } from './lsp/analysisPool';
import { commandLineAction } from './lsp/commandLine';
import { warmUpInSteps } from './lsp/warmUp';
import { DiagnosticsPublisher } from './lsp/diagnosticsPublisher';
import { CONFIG_FILE, FindingsService } from './lsp/findings';
import { FolderWatcher, type FileChange } from './lsp/folderWatcher';
import { positionToOffset, rangeToSpan } from './lsp/positions';
import { DEFAULT_SETTINGS, layerSettings, readSettings, type Settings } from './lsp/settings';
import { uriToPath, WorkspaceIndex, type IndexProgress, type IndexStatus, type SkippedFile } from './lsp/workspaceIndex';
import { VERSION } from './version';

// `crosscheck-language-server --version`, `--help`, or no transport at all: answer and stop before connecting.
const commandLine = commandLineAction(process.argv.slice(2));
if (commandLine) {
  process[commandLine.stream].write(`${commandLine.text}\n`);
  process.exit(commandLine.exitCode);
}

// createConnection picks stdio, IPC or a socket from the command line (--stdio, --node-ipc, --socket=N). Nothing
// else may write to stdout: with --stdio it carries the protocol. Logs go to connection.console.
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(CLAMPED_DOCUMENTS);
let settings: Settings = DEFAULT_SETTINGS;
/** initializationOptions.settings: the base that workspace/configuration and didChangeConfiguration add to. */
let initialSettings: unknown = undefined;
let clientCapabilities: InitializeParams['capabilities'] = {};
let cardFormat: CardFormat = MARKDOWN_WITH_LINE_ANCHORS;
let clientShowsReferences = false;
let clientOpensClaims = false;
/** The client asks for a note itself (initializationOptions.clientCommands has DECIDE_WITH_NOTE_COMMAND). */
let clientDecidesWithNote = false;
/** Problems in initializationOptions.settings, told once the client is initialized (nothing may come before). */
let initialProblems: string[] = [];
let workspaceFolders: WorkspaceFolder[] = [];
/**
 * crosscheck.corpus of each workspace folder (by folder URI) as the client answers for that folder's scope: in a
 * multi-root workspace a folder's own .vscode/settings.json may name other files. Folders missing here use
 * `settings.corpus`.
 */
let folderCorpus = new Map<string, string[]>();
/**
 * Restricted Mode (an untrusted workspace, initializationOptions.restricted): only the open articles are analysed;
 * the folders are neither scanned nor watched, crosscheck.json is not read and no edit creates a file.
 */
let restricted = false;
/** initializationOptions.analysisTimeLimit: seconds one article may take to analyse before it is skipped. */
let timeLimitMs = DEFAULT_TIME_LIMIT_MS;
/** initializationOptions.workerIdleTrim: seconds without work after which all workers but one stop (0: never). */
let idleTrimMs = DEFAULT_IDLE_TRIM_MS;
const pool = new AnalysisPool((message) => connection.console.log(message), { timeLimitMs: () => timeLimitMs, idleTrimMs: () => idleTrimMs });
// Open documents are analysed in the pool's workers too, so that a large one never delays a request about another.
const cache = new AnalysisCache(() => settings.maxFileSize, (uri, text) => pool.analyzeText(uri, text));
const semanticTokens = new SemanticTokensProvider();
/** Open documents skipped for size or time, by URI: said once each, and listed with the skipped corpus files. */
const warnedSkipped = new Map<string, string>();
/** initializationOptions.skippedFiles: the client handles crosscheck/skippedFiles notifications. */
let clientListsSkipped = false;
const index = new WorkspaceIndex(
  pool,
  () => settings.maxFileSize,
  (message) => connection.console.log(message),
  (status: IndexStatus) => {
    void connection.sendNotification('crosscheck/status', { ...status, skipped: skippedFiles().length });
    scheduleSkippedFiles();
  },
);

const findings = new FindingsService(() => index.corpus);
const publisher = new DiagnosticsPublisher(index, findings, {
  sendDiagnostics: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
  afterPublish: () => refreshSemanticTokens(),
});
const RECHECK_COMMAND = 'crosscheck.recheck';
const folderWatcher = new FolderWatcher((changes) => void filesChanged(changes), (message) => connection.console.log(message));

/*
 * Requests the server sends on its own are sent only to clients that declared they handle them: a client that
 * did not offer a request answers MethodNotFound, which editors such as Neovim and Eglot show to the user.
 */
function refreshSemanticTokens(): void {
  if (clientRefreshesTokens()) void connection.languages.semanticTokens.refresh();
}

function clientRefreshesTokens(): boolean {
  return clientCapabilities.workspace?.semanticTokens?.refreshSupport === true;
}

function refreshCodeLenses(): void {
  if (clientCapabilities.workspace?.codeLens?.refreshSupport) void connection.sendRequest(CodeLensRefreshRequest.type);
}

function refreshInlayHints(): void {
  if (clientCapabilities.workspace?.inlayHint?.refreshSupport) void connection.sendRequest(InlayHintRefreshRequest.type);
}

/** The client can watch files for the server (dynamic registration of workspace/didChangeWatchedFiles). */
function clientWatchesFiles(): boolean {
  return clientCapabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
}

/**
 * The client applies workspace edits that create files (needed to create crosscheck.json from a quick fix). File
 * creation exists only inside documentChanges, so a client that lists `create` (Neovim 0.7 lists it without
 * declaring documentChanges) is taken to apply them.
 */
function clientCreatesFiles(): boolean {
  return (clientCapabilities.workspace?.workspaceEdit?.resourceOperations ?? []).includes('create');
}

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

const context: FeatureContext = {
  get corpus() {
    return index.corpus;
  },
  textOf: async (uri) => {
    const open = documents.get(uri);
    if (open) return open.getText();
    const file = uriToPath(uri);
    return file ? fs.readFile(file, 'utf8').catch(() => null) : null;
  },
  get settings() {
    return { codeLens: settings.codeLens };
  },
  get cardFormat() {
    return cardFormat;
  },
  get clientOpensClaims() {
    return clientOpensClaims;
  },
  get clientShowsReferences() {
    return clientShowsReferences;
  },
  findings: () => findings.latest().findings,
};

connection.onInitialize((params): InitializeResult => {
  clientCapabilities = params.capabilities;
  const options = (params.initializationOptions ?? {}) as { settings?: unknown; clientCommands?: unknown; lineAnchors?: unknown; restricted?: unknown; cacheFolder?: unknown; analysisTimeLimit?: unknown; skippedFiles?: unknown; workerIdleTrim?: unknown };
  clientListsSkipped = options.skippedFiles === true;
  if (typeof options.analysisTimeLimit === 'number' && options.analysisTimeLimit > 0) timeLimitMs = options.analysisTimeLimit * 1000;
  if (typeof options.workerIdleTrim === 'number' && options.workerIdleTrim >= 0) idleTrimMs = options.workerIdleTrim * 1000;
  // A folder the client owns for this workspace (VS Code's storage folder): analyses are kept there between sessions.
  index.cacheFolder = typeof options.cacheFolder === 'string' && options.cacheFolder.length > 0 ? options.cacheFolder : null;
  initialSettings = options.settings;
  restricted = options.restricted === true;
  const initial = readSettings(initialSettings);
  settings = initial.settings;
  initialProblems = initial.problems;
  cardFormat = cardFormatFor(params.capabilities.textDocument?.hover?.contentFormat, params.clientInfo?.name, options.lineAnchors);
  clientShowsReferences = Array.isArray(options.clientCommands) && options.clientCommands.includes(SHOW_REFERENCES_COMMAND);
  clientDecidesWithNote = Array.isArray(options.clientCommands) && options.clientCommands.includes(DECIDE_WITH_NOTE_COMMAND);
  clientOpensClaims = Array.isArray(options.clientCommands) && options.clientCommands.includes(OPEN_CLAIMS_COMMAND);
  index.corpus.storyMode = settings.stories;
  workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      semanticTokensProvider: { legend: LEGEND, full: { delta: true }, range: true },
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: { label: 'Crosscheck' },
      workspaceSymbolProvider: true,
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      inlayHintProvider: true,
      executeCommandProvider: { commands: [RECHECK_COMMAND, LIST_SHARED_MENTIONS_COMMAND, LIST_RELATED_COMMAND, RECORD_DECISION_COMMAND] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'crosscheck', version: VERSION },
  };
});

connection.onInitialized(async () => {
  for (const problem of initialProblems) {
    connection.console.warn(`initializationOptions.settings: ${problem}`);
    tellUser(MessageType.Warning, `Crosscheck: ${problem}`);
  }
  if (clientCapabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
    await connection.client.register(DidChangeConfigurationNotification.type, { section: 'crosscheck' });
  }
  if (clientCapabilities.workspace?.configuration) await refreshSettings(false);
  if (clientCapabilities.workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(async (event) => {
      workspaceFolders = workspaceFolders.filter((f) => !event.removed.some((r) => r.uri === f.uri)).concat(event.added);
      // A new folder may have its own crosscheck.corpus.
      if (clientCapabilities.workspace?.configuration) await refreshSettings(false);
      await startIndexing();
    });
  }
  await startIndexing();
  // Provisional semantic tokens read edited lines on this thread: warm its analysis while the corpus is indexed,
  // before the first edit.
  if (clientRefreshesTokens()) warmUpInSteps();
});

/**
 * Asks the client for the `crosscheck` section, once for the window and once per workspace folder (for each
 * folder's crosscheck.corpus); what it does not give keeps its initializationOptions value.
 */
async function refreshSettings(reindexOnChange: boolean): Promise<void> {
  const answers: unknown[] = await connection.workspace.getConfiguration([
    { section: 'crosscheck' },
    ...workspaceFolders.map((folder) => ({ scopeUri: folder.uri, section: 'crosscheck' })),
  ]);
  const previous = corpusKey();
  // A folder's answer lies over the window's, which lies over initializationOptions: a client that answers null for
  // a folder scope leaves that folder with the window's corpus.
  const windowSettings = layerSettings(initialSettings, answers[0]);
  folderCorpus = new Map(workspaceFolders.map((folder, i) => [folder.uri, readSettings(layerSettings(windowSettings, answers[i + 1])).settings.corpus]));
  await applySettings(answers[0], reindexOnChange, previous);
}

/** The corpus patterns of every folder, to tell whether a settings change needs a new scan. */
function corpusKey(): string {
  return JSON.stringify([settings.corpus, [...folderCorpus]]);
}

/** The corpus patterns of one workspace folder (a path): its own setting when the client gave one. */
function corpusOf(folderUri: string): string[] {
  return folderCorpus.get(folderUri) ?? settings.corpus;
}

/** Applies settings given by the client over initializationOptions.settings, then refreshes what they change. */
async function applySettings(raw: unknown, reindexOnChange: boolean, previousCorpus = corpusKey()): Promise<void> {
  const { settings: next, problems } = readSettings(layerSettings(initialSettings, raw));
  for (const problem of problems) {
    connection.console.warn(problem);
    tellUser(MessageType.Warning, `Crosscheck: ${problem}`);
  }
  const previous = settings;
  settings = next;
  if (next.maxFileSize !== previous.maxFileSize) cache.clear();
  if (next.semanticHighlighting !== previous.semanticHighlighting) refreshSemanticTokens();
  if (next.codeLens !== previous.codeLens) refreshCodeLenses();
  if (next.inlayHints !== previous.inlayHints) refreshInlayHints();
  applyStoryMode();
  if (reindexOnChange && (corpusKey() !== previousCorpus || next.maxFileSize !== previous.maxFileSize)) {
    await startIndexing();
  }
}

// A client that answers workspace/configuration is asked again; any other client may push the section in the
// notification itself ({"settings": {"crosscheck": {...}}}). A notification without it changes nothing.
connection.onDidChangeConfiguration(async (change) => {
  if (clientCapabilities.workspace?.configuration) await refreshSettings(true);
  else {
    const pushed = (change.settings as { crosscheck?: unknown } | null | undefined)?.crosscheck;
    if (pushed !== undefined && pushed !== null) await applySettings(pushed, true);
  }
});

/** A new story mode regroups the corpus: the findings are recomputed and republished, and lenses refreshed. */
function applyStoryMode(): void {
  if (index.corpus.storyMode === settings.stories) return;
  index.corpus.storyMode = settings.stories;
  publisher.schedule(0);
  refreshCodeLenses();
}

let watcherRegistration: { dispose(): void } | null = null;

/**
 * Watches the corpus patterns in every folder (through the client when it can, else from the server), then indexes
 * the folders in the background.
 */
async function startIndexing(): Promise<void> {
  if (restricted) return;
  const folders = workspaceFolders.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== null);
  const folderUris = new Map(workspaceFolders.flatMap((f) => {
    const file = uriToPath(f.uri);
    return file ? [[file, f.uri] as const] : [];
  }));
  if (!clientWatchesFiles()) await folderWatcher.watch(folders);
  else {
    watcherRegistration?.dispose();
    const relative = clientCapabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
    const watchers: FileSystemWatcher[] = relative
      ? workspaceFolders.flatMap((folder) => [...corpusOf(folder.uri), CONFIG_FILE].map((pattern) => ({ globPattern: { baseUri: folder.uri, pattern } })))
      : [{ globPattern: '**/*' }];
    watcherRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
  }
  let progress: IndexProgress | undefined;
  if (clientCapabilities.window?.workDoneProgress) {
    const reporter = await connection.window.createWorkDoneProgress();
    progress = {
      begin: (total) => reporter.begin('Crosscheck', 0, `Indexing 0 / ${total.toLocaleString('en')} articles`, false),
      report: (done, total) => reporter.report(Math.round((100 * done) / Math.max(1, total)), `Indexing ${done.toLocaleString('en')} / ${total.toLocaleString('en')} articles`),
      end: () => reporter.done(),
    };
  }
  await loadConfig(folders);
  void index.rebuild(folders, (folder) => corpusOf(folderUris.get(folder) ?? ''), progress).then(() => {
    refreshCodeLenses();
    publisher.schedule(0);
  });
}

/** Reads crosscheck.json; its problems show as diagnostics on the file itself and once as a message. */
async function loadConfig(folders: string[]): Promise<void> {
  const problems = await findings.loadConfig(folders);
  publisher.configProblems();
  if (problems.length > 0) tellUser(MessageType.Warning, `Crosscheck: ${CONFIG_FILE} has ${problems.length} problem(s); the defaults are used for them (see the Problems panel).`);
  publisher.schedule(0);
}

/** Files created, changed or deleted on disk, as the client or the server's own watcher reports them. */
async function filesChanged(changes: FileChange[]): Promise<void> {
  for (const { file, deleted } of changes) {
    if (path.basename(file) === CONFIG_FILE) {
      await loadConfig(workspaceFolders.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== null));
    } else if (deleted) index.fileDeleted(file);
    else await index.fileChanged(file);
  }
  publisher.schedule();
}

connection.onDidChangeWatchedFiles(({ changes }) =>
  filesChanged(changes.flatMap((change) => {
    const file = uriToPath(change.uri);
    return file ? [{ file, deleted: change.type === FileChangeType.Deleted }] : [];
  })));

connection.onExecuteCommand(async (params) => {
  if (params.command === LIST_SHARED_MENTIONS_COMMAND) {
    const [uri] = (params.arguments ?? []) as unknown[];
    if (typeof uri === 'string') tellUser(MessageType.Info, describeSharedMentions(context, uri));
    return undefined;
  }
  if (params.command === LIST_RELATED_COMMAND) {
    const [uri, start, rule] = (params.arguments ?? []) as unknown[];
    const finding = findings.latest().findings.find((f) => f.article === uri && f.start === start && (rule === undefined || f.rule === rule));
    if (!finding) return [];
    const related = finding.allRelated?.() ?? finding.related;
    const total = finding.relatedTotal ?? related.length;
    tellUser(MessageType.Info, [`${total} related source${total === 1 ? '' : 's'}${related.length < total ? ` (the first ${related.length})` : ''}:`, ...related.map((r) => r.message)].join('\n'));
    return related.map((r) => ({ uri: r.article, start: r.start, end: r.end, message: r.message }));
  }
  if (params.command === RECORD_DECISION_COMMAND) {
    // [{ rule, file, text }, decision, note?]: the edit of crosscheck.json, for the client to apply (or not).
    const [finding, decision, note] = (params.arguments ?? []) as unknown[];
    const target = findings.configUri ? await configTarget(findings.configUri) : null;
    const entry = { ...(finding as object), decision, ...(typeof note === 'string' && note.trim() ? { note: note.trim() } : {}) };
    if (!target || !isDecisionEntry(entry)) return null;
    return decisionEdit({ ...target, relativePath: entry.file }, entry);
  }
  if (params.command !== RECHECK_COMMAND) return undefined;
  publisher.reset();
  await startIndexing();
  return undefined;
});

/**
 * The analysis of a document's text as it is now (computed in a worker), or null when it is skipped for size or
 * time. A skipped file is reported once, so a huge file costs one message and no work. The document's analysis
 * also replaces its disk version in the corpus, unless the document moved on meanwhile.
 */
async function analysisFor(document: TextDocument): Promise<CurrentArticle | 'superseded' | null> {
  const entry = await cache.get(document);
  if (entry.kind === 'superseded') return 'superseded';
  const uri = document.uri;
  if (entry.kind === 'skipped') {
    if (warnedSkipped.get(uri) !== entry.reason) {
      warnedSkipped.set(uri, entry.reason);
      connection.console.warn(`Skipped ${uri}: ${entry.reason}`);
      tellUser(MessageType.Info, `Crosscheck skipped this file: ${entry.reason}.`);
      scheduleSkippedFiles();
    }
    return null;
  }
  if (warnedSkipped.delete(uri)) scheduleSkippedFiles();
  if (!isStale(documents.get(uri), entry.version, entry.text)) index.setOpenDocument(uri, entry.analysis, entry.hash);
  return { document, analysis: entry.analysis };
}

/** Corpus files not indexed and open documents not analysed, with why; an open document's reason comes first. */
function skippedFiles(): SkippedFile[] {
  const open = [...warnedSkipped].map(([uri, reason]) => ({ uri, reason }));
  return open.concat(index.skipped.filter((file) => !warnedSkipped.has(file.uri)));
}

let skippedTimer: NodeJS.Timeout | undefined;
let lastSkipped = '[]';

/**
 * Sends the skipped files to a client that asked for them (initializationOptions.skippedFiles), when the list has
 * changed, at most twice a second: a folder of binary files changes it once per file while indexing. Other clients
 * find each file once in the log ("Not indexed: …").
 */
function scheduleSkippedFiles(): void {
  if (!clientListsSkipped || skippedTimer) return;
  skippedTimer = setTimeout(() => {
    skippedTimer = undefined;
    const files = skippedFiles();
    const key = JSON.stringify(files);
    if (key === lastSkipped) return;
    lastSkipped = key;
    void connection.sendNotification('crosscheck/skippedFiles', { files });
  }, 500);
}

/**
 * A result computed for one version of a document is never sent once the document has moved on. The version is
 * the one captured when the request started: the document object itself is updated in place by later edits, so
 * comparing it with what `documents` holds now would compare it with itself.
 */
function ensureCurrent<T>(uri: string, version: number, text: string, token: CancellationToken, result: T): T {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
  if (isStale(documents.get(uri), version, text)) throw new ResponseError(LSPErrorCodes.ContentModified, 'document changed during the request');
  return result;
}

const EMPTY_TOKENS: SemanticTokens = { data: [] };

/**
 * What colours a document beyond its own analysis: disputed and corroborated figures and dates (from the last
 * computed findings) and the corpus-wide kind of each entity.
 */
function lookupsFor(uri: string): TokenLookups {
  const kindOf = (start: number) => index.corpus.peekEntityAt(uri, start)?.kind;
  if (index.status.indexing) return { modifiers: () => 0, kindOf };
  const { agreement } = findings.latest();
  const modifiers: ModifierLookup = (start) => {
    const key = `${uri}\u0000${start}`;
    return agreement.disputed.has(key) ? DISPUTED : agreement.corroborated.has(key) ? CORROBORATED : 0;
  };
  return { modifiers, kindOf };
}

/**
 * Answers a request about one document: `empty` when the document is unknown, skipped or the request cancelled;
 * otherwise what `compute` returns, unless the document changed meanwhile.
 */
async function answer<T>(uri: string, token: CancellationToken, empty: T, compute: (article: CurrentArticle) => T | Promise<T>): Promise<T> {
  const document = documents.get(uri);
  if (!document || token.isCancellationRequested) return empty;
  // The version and text the request is about, captured now: the document object changes in place with edits.
  const version = document.version;
  const text = document.getText();
  // A request about a document edited while its analysis runs is refused at once, not when the analysis ends.
  const edit = untilEdited(uri);
  const found = await Promise.race([analysisFor(document), edit.edited]).finally(edit.stop);
  ensureCurrent(uri, version, text, token, null);
  if (found === 'edited') throw new ResponseError(LSPErrorCodes.ContentModified, 'document changed during the request');
  if (found === null || found === 'superseded') return empty;
  return ensureCurrent(uri, version, text, token, await compute(found));
}

const editListeners = new Map<string, Set<() => void>>();

/** Resolves when the document is next edited or closed; `stop` forgets the listener. */
function untilEdited(uri: string): { edited: Promise<'edited'>; stop: () => void } {
  let listener = (): void => undefined;
  const edited = new Promise<'edited'>((resolve) => {
    listener = () => resolve('edited');
  });
  const listeners = editListeners.get(uri) ?? new Set();
  editListeners.set(uri, listeners.add(listener));
  return {
    edited,
    stop: () => {
      listeners.delete(listener);
      if (listeners.size === 0 && editListeners.get(uri) === listeners) editListeners.delete(uri);
    },
  };
}

function documentEdited(uri: string): void {
  for (const listener of editListeners.get(uri) ?? []) listener();
}

const offsetOf = ({ document }: CurrentArticle, position: Position) => positionToOffset(document, position);

/** The tokens of a full analysis, kept as the base that the tokens after the next edits are patched from. */
function fullTokens({ document, analysis }: CurrentArticle): TokenSpan[] {
  const tokens = tokenSpans(analysis, lookupsFor(document.uri));
  semanticTokens.remember(document.uri, document.getText(), tokens);
  return tokens;
}

/** Provisional tokens sent for a text whose full analysis has not landed yet, by URI. */
const awaitingFull = new Map<string, { text: string; tokens: TokenSpan[] }>();

/**
 * Semantic tokens from the full analysis when it is ready. Otherwise, after an edit, they are answered at once from
 * the tokens of the last fully analysed text, patched over the edited region (features/provisionalTokens.ts),
 * while the full analysis runs on in the pool; when it lands and its tokens differ from what was sent, the client is
 * asked to refresh. Only a client that declared refreshSupport gets provisional tokens: another could keep them.
 */
function answerTokens<T>(uri: string, token: CancellationToken, build: (document: TextDocument, tokens: readonly TokenSpan[]) => T): Promise<T | SemanticTokens> | SemanticTokens {
  if (!settings.semanticHighlighting) return EMPTY_TOKENS;
  const document = documents.get(uri);
  if (document && !token.isCancellationRequested && clientRefreshesTokens() && document.getText().length <= settings.maxFileSize && !cache.peek(document)) {
    const tokens = semanticTokens.provisional(document);
    if (tokens) {
      settleProvisional(document, tokens);
      return Promise.resolve(build(document, tokens));
    }
  }
  return answer<T | SemanticTokens>(uri, token, EMPTY_TOKENS, (article) => build(article.document, fullTokens(article)));
}

/** Once the full analysis of a text answered provisionally lands, a refresh when its tokens differ from those sent. */
function settleProvisional(document: TextDocument, sent: TokenSpan[]): void {
  const { uri, version } = document;
  const text = document.getText();
  const waiting = awaitingFull.get(uri)?.text === text;
  awaitingFull.set(uri, { text, tokens: sent });
  if (waiting) return;
  void analysisFor(document).then((found) => {
    const latest = awaitingFull.get(uri);
    if (latest?.text !== text) return;
    awaitingFull.delete(uri);
    if (found === null || found === 'superseded' || isStale(documents.get(uri), version, text)) return;
    if (!sameTokens(fullTokens(found), latest.tokens)) refreshSemanticTokens();
  }, (error: unknown) => connection.console.error(`Analysis after provisional tokens: ${String(error)}`));
}

connection.languages.semanticTokens.on(({ textDocument }, token) =>
  answerTokens(textDocument.uri, token, (document, tokens) => semanticTokens.full(document, tokens)));

connection.languages.semanticTokens.onDelta(({ textDocument, previousResultId }, token) =>
  answerTokens<SemanticTokens | SemanticTokensDelta>(textDocument.uri, token, (document, tokens) => semanticTokens.delta(document, tokens, previousResultId)));

connection.languages.semanticTokens.onRange(({ textDocument, range }, token) =>
  answerTokens(textDocument.uri, token, (document, tokens) => semanticTokens.full(document, tokens, rangeToSpan(document, range))));

connection.onHover(({ textDocument, position }, token) =>
  answer(textDocument.uri, token, null, (article) => provideHover(context, article, offsetOf(article, position))));

connection.onDefinition(({ textDocument, position }, token) =>
  answer(textDocument.uri, token, null, (article) => provideDefinition(context, article, offsetOf(article, position))));

connection.onReferences(({ textDocument, position }, token) =>
  answer(textDocument.uri, token, [], (article) => provideReferences(context, article, offsetOf(article, position))));

connection.onDocumentHighlight(({ textDocument, position }, token) =>
  answer(textDocument.uri, token, [], (article) => provideDocumentHighlights(context, article, offsetOf(article, position))));

connection.onDocumentSymbol(({ textDocument }, token) => answer(textDocument.uri, token, [], (article) => provideDocumentSymbols(context, article)));

connection.onWorkspaceSymbol((params, token) => {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
  return provideWorkspaceSymbols(context, params.query);
});

connection.onCodeLens(({ textDocument }, token) => answer(textDocument.uri, token, [], (article) => provideCodeLenses(context, article)));

// The claims view asks for an article's story (docs/EDITORS.md, custom requests); open or not, any indexed article.
connection.onRequest(STORY_REQUEST, async (params: StoryParams, token): Promise<StoryResult | null> => {
  if (typeof params?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'crosscheck/story needs { uri }');
  // An open document's latest text enters the corpus first, so that the story shows what the editor shows.
  const open = documents.get(params.uri);
  if (open) await analysisFor(open);
  const result = await provideStory(context, params.uri, () => findings.results().findings, (article) => findings.relativePath(article));
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
  return result;
});

// "Crosscheck: Export Report" asks for the report of the corpus; null while indexing is still under way.
connection.onRequest(REPORT_REQUEST, async (params: unknown, token): Promise<{ text: string; stories: number } | null> => {
  if (!isReportParams(params)) throw new ResponseError(ErrorCodes.InvalidParams, 'crosscheck/report needs { format: "md" | "html" | "csv", all?: boolean }');
  if (index.status.indexing) return null;
  const result = await provideReport(context, params, findings.results().findings);
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
  return result;
});

// Unsaved edits reach the corpus shortly after typing pauses, so other articles' hovers see them too.
const pendingCorpusUpdates = new Map<string, NodeJS.Timeout>();
documents.onDidChangeContent(({ document }) => {
  documentEdited(document.uri);
  clearTimeout(pendingCorpusUpdates.get(document.uri));
  pendingCorpusUpdates.set(
    document.uri,
    setTimeout(() => {
      pendingCorpusUpdates.delete(document.uri);
      const current = documents.get(document.uri);
      if (!current) return;
      // analysisFor puts the analysis in the corpus when the document has not moved on meanwhile.
      void analysisFor(current).then(() => publisher.schedule(0));
    }, 300),
  );
});

/** crosscheck.json as the target of an edit, or null when it is missing and the client cannot create files. */
async function configTarget(articleUri: string): Promise<IgnoreTarget | null> {
  const configUri = findings.configUri;
  const configText = configUri ? await context.textOf(configUri) : null;
  // Creating a missing crosscheck.json needs a client that applies file creations; without one, no such fix.
  return configUri && (configText !== null || clientCreatesFiles())
    ? { uri: configUri, text: configText, relativePath: findings.relativePath(articleUri) }
    : null;
}

connection.onCodeAction(({ textDocument, context: { diagnostics } }, token) =>
  answer(textDocument.uri, token, [], async ({ document }) =>
    provideCodeActions(document, diagnostics, await configTarget(document.uri), clientDecidesWithNote)));

connection.languages.inlayHint.on(({ textDocument, range }, token) =>
  settings.inlayHints
    ? answer(textDocument.uri, token, [], ({ document, analysis }) => provideInlayHints(document, analysis, rangeToSpan(document, range)))
    : []);

documents.onDidOpen(({ document }) => publisher.republish(document.uri));

documents.onDidClose((event) => {
  documentEdited(event.document.uri);
  clearTimeout(pendingCorpusUpdates.get(event.document.uri));
  pendingCorpusUpdates.delete(event.document.uri);
  cache.delete(event.document.uri);
  semanticTokens.forget(event.document.uri);
  awaitingFull.delete(event.document.uri);
  if (warnedSkipped.delete(event.document.uri)) scheduleSkippedFiles();
  index.closeDocument(event.document.uri);
  publisher.schedule();
});

connection.onShutdown(async () => {
  await folderWatcher.dispose();
  await pool.dispose();
});

documents.listen(connection);
connection.listen();

