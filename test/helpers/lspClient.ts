/**
 * A real JSON-RPC client for the built server (dist/server.js) over stdio, for protocol tests. It answers the
 * server's own requests (configuration, capability registration) the way an editor would, and records messages
 * shown to the user. Any byte on stdout that is not a protocol message fails the reader and is recorded.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import {
  CodeLensRefreshRequest,
  ConfigurationRequest,
  ErrorCodes,
  ResponseError,
  type ClientCapabilities,
  type StarRequestHandler,
  type ConfigurationParams,
  type WorkDoneProgressCreateParams,
  InlayHintRefreshRequest,
  PublishDiagnosticsNotification,
  SemanticTokensRefreshRequest,
  type Diagnostic,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  RegistrationRequest,
  SemanticTokensRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  type Hover,
  type InitializeResult,
  type ProtocolConnection,
  type SemanticTokens,
  type SemanticTokensLegend,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SERVER_MODULE = path.join(REPO_ROOT, 'dist/server.js');

export interface IndexStatus {
  articles: number;
  indexing: boolean;
  indexed: number;
  total: number;
  skipped?: number;
}

export interface TestServer {
  connection: ProtocolConnection;
  /** The last crosscheck/status notification, and every work-done progress message seen. */
  status: IndexStatus | null;
  progressMessages: string[];
  /** The method of every request the server sent, in order. */
  requests: string[];
  /** The requests the server sent that this client did not declare it handles. */
  unhandledRequests(): string[];
  /** The last published diagnostics per URI. */
  diagnostics: Map<string, Diagnostic[]>;
  /** The URI of every publishDiagnostics notification, in order. */
  published: string[];
  process: ChildProcess;
  initializeResult: InitializeResult;
  shownMessages: string[];
  logMessages: string[];
  readerErrors: string[];
  settings: Record<string, unknown>;
  open(uri: string, text: string, version?: number): Promise<void>;
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void>;
  close(uri: string): Promise<void>;
  semanticTokens(uri: string): Promise<SemanticTokens | null>;
  hover(uri: string, line: number, character: number): Promise<Hover | null>;
  stop(): Promise<void>;
}

/** The client this helper plays by default: VS Code's, with the capabilities and options its extension sends. */
export const VSCODE_LIKE_CAPABILITIES: ClientCapabilities = {
  window: { workDoneProgress: true },
  workspace: {
    configuration: true,
    workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    workspaceFolders: true,
    semanticTokens: { refreshSupport: true },
    codeLens: { refreshSupport: true },
    inlayHint: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    semanticTokens: {
      requests: { full: { delta: true }, range: true },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ['relative'],
    },
  },
};

export interface StartOptions {
  workspaceFolder?: string;
  /** Several workspace folders (a multi-root workspace), instead of `workspaceFolder`. */
  workspaceFolders?: string[];
  /** The `crosscheck` section a folder's own settings give (by folder path), answered for that folder's scopeUri. */
  folderSettings?: Record<string, Record<string, unknown>>;
  /** Replaces the VS Code-like capabilities, clientInfo and initializationOptions (to play another editor). */
  capabilities?: ClientCapabilities;
  clientInfo?: { name: string; version?: string };
  initializationOptions?: unknown;
  /** The server executable and its arguments (default: node dist/server.js --stdio). */
  command?: { file: string; args: string[] };
  /** initializationOptions.cacheFolder, as the VS Code client sends it. */
  cacheFolder?: string;
  /** More initializationOptions next to the VS Code-like ones (analysisTimeLimit, skippedFiles). */
  extraInitializationOptions?: Record<string, unknown>;
  /** Environment variables for the server process, over this process's own (test hooks such as CROSSCHECK_TEST_STALL_ON). */
  env?: Record<string, string>;
}

export async function startServer(settings: Record<string, unknown> = {}, options: StartOptions = {}): Promise<TestServer> {
  const command = options.command ?? { file: process.execPath, args: [SERVER_MODULE, '--stdio'] };
  const folders = options.workspaceFolders ?? (options.workspaceFolder ? [options.workspaceFolder] : []);
  const child = spawn(command.file, command.args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  if (process.env.CROSSCHECK_SERVER_STDERR === '1') child.stderr!.pipe(process.stderr);
  else child.stderr!.resume();
  const reader = new StreamMessageReader(child.stdout!);
  const writer = new StreamMessageWriter(child.stdin!);
  const readerErrors: string[] = [];
  reader.onError((error) => readerErrors.push(String(error)));
  const connection = createProtocolConnection(reader, writer);
  const shownMessages: string[] = [];
  const logMessages: string[] = [];
  const state = { settings };
  const capabilities = options.capabilities ?? VSCODE_LIKE_CAPABILITIES;
  // Every request from the server is recorded; those the client declared it handles are answered, as an editor
  // would, and any other gets MethodNotFound, as Neovim and Eglot answer.
  const requests: string[] = [];
  const handled = new Map<string, (params: unknown) => unknown>();
  if (capabilities.workspace?.configuration) {
    handled.set(ConfigurationRequest.method, (params) =>
      (params as ConfigurationParams).items.map((item) => {
        if (item.section !== 'crosscheck') return null;
        // As VS Code does: a folder's value over the window's, key by key.
        const folder = item.scopeUri ? fileURLToPath(item.scopeUri) : undefined;
        return { ...state.settings, ...(folder ? options.folderSettings?.[folder] : undefined) };
      }));
  }
  if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration || capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    handled.set(RegistrationRequest.method, () => null);
  }
  if (capabilities.workspace?.semanticTokens?.refreshSupport) handled.set(SemanticTokensRefreshRequest.method, () => null);
  if (capabilities.workspace?.codeLens?.refreshSupport) handled.set(CodeLensRefreshRequest.method, () => null);
  if (capabilities.workspace?.inlayHint?.refreshSupport) handled.set(InlayHintRefreshRequest.method, () => null);
  const diagnostics = new Map<string, Diagnostic[]>();
  const published: string[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    diagnostics.set(params.uri, params.diagnostics);
    published.push(params.uri);
  });
  connection.onNotification(ShowMessageNotification.type, (params) => {
    shownMessages.push(params.message);
  });
  connection.onNotification(LogMessageNotification.type, (params) => {
    logMessages.push(params.message);
  });
  const indexState: { status: IndexStatus | null; progress: string[] } = { status: null, progress: [] };
  connection.onNotification('crosscheck/status', (status: IndexStatus) => {
    indexState.status = status;
  });
  // The server creates a progress token, then reports on it; listen on every token it creates.
  if (capabilities.window?.workDoneProgress) {
    handled.set(WorkDoneProgressCreateRequest.method, (params) => {
      connection.onProgress(WorkDoneProgress.type, (params as WorkDoneProgressCreateParams).token, (value) => {
        if ('message' in value && value.message) indexState.progress.push(value.message);
      });
      return null;
    });
  }
  // The protocol connection passes a star handler through to JSON-RPC, though its type does not list it.
  (connection as unknown as { onRequest(handler: StarRequestHandler): void }).onRequest((method, params) => {
    requests.push(method);
    const handler = handled.get(method);
    return handler ? handler(params) : new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
  });
  connection.listen();
  // The commands the VS Code extension implements and declares (client/src/extension.ts).
  const VS_CODE_CLIENT_COMMANDS = ['crosscheck.showReferences', 'crosscheck.decideWithNote', 'crosscheck.openClaimsView'];
  const initializeResult = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    clientInfo: options.capabilities ? options.clientInfo : { name: 'Visual Studio Code', version: '1.100.0' },
    rootUri: folders[0] ? pathToFileURL(folders[0]).href : null,
    workspaceFolders: folders.length > 0 ? folders.map((folder) => ({ uri: pathToFileURL(folder).href, name: path.basename(folder) })) : null,
    initializationOptions:
      options.initializationOptions ??
      (options.capabilities ? undefined : { settings, clientCommands: VS_CODE_CLIENT_COMMANDS, ...(options.cacheFolder ? { cacheFolder: options.cacheFolder } : {}), ...options.extraInitializationOptions }),
    capabilities,
  });
  await connection.sendNotification(InitializedNotification.type, {});

  return {
    connection,
    get status() {
      return indexState.status;
    },
    progressMessages: indexState.progress,
    requests,
    unhandledRequests: () => requests.filter((method) => !handled.has(method)),
    diagnostics,
    published,
    process: child,
    initializeResult,
    shownMessages,
    logMessages,
    readerErrors,
    get settings() {
      return state.settings;
    },
    set settings(value) {
      state.settings = value;
    },
    open: (uri, text, version = 1) =>
      connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'article', version, text } }),
    change: (uri, version, contentChanges) =>
      connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges }),
    close: (uri) => connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } }),
    semanticTokens: (uri) => connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }),
    hover: (uri, line, character) => connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } }),
    stop: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try {
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
      } catch {
        child.kill();
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      connection.dispose();
    },
  };
}

/** One semantic token at its absolute line and character, with its type's and modifiers' numbers. */
export interface AbsoluteToken {
  line: number;
  character: number;
  length: number;
  type: number;
  modifiers: number;
}

/** LSP's relative semantic-token data (five numbers per token) as absolute tokens. */
export function absoluteTokens(data: readonly number[]): AbsoluteToken[] {
  const tokens: AbsoluteToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    tokens.push({ line, character, length: data[i + 2], type: data[i + 3], modifiers: data[i + 4] });
  }
  return tokens;
}

/** Decodes LSP relative semantic tokens into (text, type) pairs using the server's legend. */
export function decodeTokens(text: string, data: number[], legend: SemanticTokensLegend): Array<[string, string]> {
  const lines = text.split(/\r\n|\r|\n/);
  return absoluteTokens(data).map(({ line, character, length, type }) => [lines[line].slice(character, character + length), legend.tokenTypes[type]]);
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
