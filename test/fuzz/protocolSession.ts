/**
 * Random LSP traffic against the built server over stdio, and the properties every answer must keep: the server stays
 * up and writes nothing but protocol to stdout, every request is answered (a result or an error) within a deadline,
 * the only errors are ContentModified and RequestCancelled, and no answer was computed for another text than the one
 * the request was about. The traffic: opens and closes, incremental edits (ranges past the end of a line or of the
 * document included), versions reused or lowered, whole-text replacements, $/cancelRequest, requests about URIs
 * never opened, hovers, definitions, symbols and semantic tokens at random positions, several requests in flight
 * while edits arrive. Shared by the short run in the protocol suite (test/protocol/protocolFuzz.test.ts), `npm run
 * fuzz` (scripts/fuzzProtocol.ts) and `npm run soak` (scripts/soak.ts).
 *
 * How staleness is caught: the client keeps a mirror of every open document, updated with the same text-document
 * library as the server's (and the same clamping of ranges past the end), so the text a request was sent about is known (the server reads messages in order). The
 * engine is pure, so the client analyses that text itself: every range of an answer (a hover's, each semantic token,
 * each symbol, each definition in the document) must lie within the text and be exactly the span of something the
 * analysis of that text found; a hover's range must contain the position asked about. An answer computed from an
 * older analysis carries spans of the old text, which the edits since have moved. Semantic tokens answered before
 * the full analysis of an edited text is ready are provisional (server/src/features/provisionalTokens.ts): an answer
 * that is not the analysis's tokens must be a patch of an earlier text of the document — outside the window read
 * again, exactly that text's tokens, moved by the edit; inside it, within the window (docs/RELIABILITY.md).
 */
import { performance } from 'node:perf_hooks';
import {
  CancellationTokenSource,
  DefinitionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  LSPErrorCodes,
  SemanticTokensRequest,
  type Location,
  type LocationLink,
  type Position,
  type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { random } from '../../bench/perturb';
import { analyzeArticle } from '../../server/src/engine/analyze';
import { keptTokens } from '../../server/src/features/provisionalTokens';
import { tokenSpans, type TokenSpan } from '../../server/src/features/tokenSpans';
import { updateDocument } from '../../server/src/lsp/documentEdits';
import { absoluteTokens, type TestServer } from '../helpers/lspClient';
import { PIECES } from './engineProperties';

export interface ProtocolFuzzOptions {
  seed: number;
  /** Requests to send (the run also ends when `until` returns true). */
  requests: number;
  until?: () => boolean;
  /** Requests in flight at once (default 6). */
  inFlight?: number;
  /** A request unanswered this long is a hang (default 10 s). */
  deadlineMs?: number;
  /** Largest text of a document, in pieces (default 80). */
  maxPieces?: number;
  /** The URI of document `i` of the session (default file:///fuzz/doc-i.article; a soak puts them in its folder). */
  documentUri?: (i: number) => string;
  /** Called after every step with the open documents' texts, for a soak's own file operations and samples. */
  onStep?: (step: number, open: ReadonlyMap<string, TextDocument>) => Promise<void> | void;
}

export interface ProtocolFuzzReport {
  requests: number;
  answered: number;
  contentModified: number;
  cancelled: number;
  edits: number;
  opens: number;
  closes: number;
  /** Answers that do not fit the text they were asked about. */
  stale: string[];
  /** Semantic-tokens answers that differ from the full analysis and fit a provisional patch of an earlier text. */
  provisional: number;
  /** Requests not answered within the deadline. */
  hangs: string[];
  /** Other errors, and the server exiting. */
  failures: string[];
  crashed: boolean;
  latencyMs: { median: number; p99: number; max: number };
  seconds: number;
}

const DOCUMENTS = 5;
/** Earlier texts of a document kept as the possible bases of a provisional semantic-tokens answer. */
const HISTORY = 64;
const UNKNOWN = 'file:///fuzz/never-opened.article';

/** Every span ("start:end") anything in the analysis of `text` has: the spans an answer about the text may carry. */
export function spansOf(text: string): Set<string> {
  const spans = new Set<string>();
  const seen = new Set<object>();
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    const { start, end } = value as { start?: unknown; end?: unknown };
    if (typeof start === 'number' && typeof end === 'number') spans.add(`${start}:${end}`);
    for (const child of value instanceof Map ? value.values() : Object.values(value)) walk(child);
  };
  walk(analyzeArticle(text));
  return spans;
}

/**
 * True when [from, to) is one line's piece of a span that crosses lines: a semantic token cannot cross a line, so the
 * server splits such a span ("the\nprevious day") into a token per line. The piece begins at the span's start or at a
 * line's start, and ends at the span's end or at its line's end.
 */
function isLinePiece(document: TextDocument, spans: Set<string>, from: number, to: number): boolean {
  const text = document.getText();
  const startsLine = from === 0 || text[from - 1] === '\n' || text[from - 1] === '\r';
  const endsLine = to === text.length || text[to] === '\n' || text[to] === '\r';
  for (const span of spans) {
    const [s, e] = span.split(':').map(Number);
    if (s <= from && to <= e && (from === s || startsLine) && (to === e || endsLine) && (s < from || e > to)) return true;
  }
  return false;
}

/**
 * The problem with `range` in the document, or null when it fits: inside the text, not empty, and (given the spans
 * of the text's analysis) exactly one of them, or with `linePiece` (semantic tokens) one line's piece of one.
 */
export function rangeProblem(document: TextDocument, range: Range, spans?: Set<string>, linePiece = false): string | null {
  const lines = document.lineCount;
  const { start, end } = range;
  if (![start.line, start.character, end.line, end.character].every(Number.isInteger)) {
    return `range ${JSON.stringify(range)} is not whole numbers, in the text ${JSON.stringify(document.getText().slice(0, 2000))}`;
  }
  if (start.line < 0 || end.line >= lines || start.line > end.line || (start.line === end.line && start.character >= end.character)) {
    return `range ${JSON.stringify(range)} outside or empty in a text of ${lines} lines`;
  }
  const lineLength = (line: number) => document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '').length;
  if (end.character > lineLength(end.line) || start.character > lineLength(start.line)) return `range ${JSON.stringify(range)} past the end of its line`;
  const from = document.offsetAt(start);
  const to = document.offsetAt(end);
  if (spans && !spans.has(`${from}:${to}`) && !(linePiece && isLinePiece(document, spans, from, to))) {
    return `range ${JSON.stringify(range)} (${JSON.stringify(document.getText().slice(from, to))}) is no span of the text's analysis`;
  }
  return null;
}

/** A span's pieces on each line, [from, to) without line breaks: the semantic tokens the server sends for it. */
function linePieces(text: string, span: { start: number; end: number }): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let from = span.start;
  while (from < span.end) {
    let to = from;
    while (to < span.end && text[to] !== '\n' && text[to] !== '\r') to++;
    if (to > from) pieces.push([from, to]);
    while (to < span.end && (text[to] === '\n' || text[to] === '\r')) to++;
    from = to;
  }
  return pieces;
}

/**
 * True when semantic tokens (as ranges) fit a provisional answer patched from one of the earlier texts of the
 * document (server/src/features/provisionalTokens.ts): outside the window read again, exactly the earlier text's
 * tokens (those after the window moved by the change in length); inside it, anything within the window. The window
 * and the kept tokens depend only on the two texts, so they are computed here as the server computes them.
 */
export function fitsProvisional(document: TextDocument, ranges: readonly Range[], earlier: readonly string[], tokensFor: (text: string) => TokenSpan[]): boolean {
  const content = document.getText();
  const answered = ranges.map((range) => [document.offsetAt(range.start), document.offsetAt(range.end)] as const);
  for (const before of earlier) {
    if (before === content) continue;
    const kept = keptTokens({ text: before, tokens: tokensFor(before) }, content);
    if (!kept) continue;
    const { window } = kept;
    const outside = answered.filter(([from, to]) => to <= window.start || from >= window.end).map(String);
    const inside = answered.filter(([from, to]) => !(to <= window.start || from >= window.end));
    const expected = [...kept.before, ...kept.after].flatMap((token) => linePieces(content, token)).map(String);
    if (inside.every(([from, to]) => window.start <= from && to <= window.end) && outside.join(' ') === expected.join(' ')) return true;
  }
  return false;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export async function fuzzProtocol(server: TestServer, options: ProtocolFuzzOptions): Promise<ProtocolFuzzReport> {
  const next = random(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const int = (max: number) => Math.floor(next() * max);
  const maxPieces = options.maxPieces ?? 80;
  const uriOf = options.documentUri ?? ((i: number) => `file:///fuzz/doc-${i}.article`);
  const deadline = options.deadlineMs ?? 10_000;
  const inFlight = options.inFlight ?? 6;
  const legend = server.initializeResult.capabilities.semanticTokensProvider?.legend;
  const began = performance.now();
  const report: ProtocolFuzzReport = {
    requests: 0, answered: 0, contentModified: 0, cancelled: 0, edits: 0, opens: 0, closes: 0,
    stale: [], provisional: 0, hangs: [], failures: [], crashed: false, latencyMs: { median: 0, p99: 0, max: 0 }, seconds: 0,
  };
  const latencies: number[] = [];
  let exited = server.process.exitCode !== null;
  const onExit = (code: number | null, signal: string | null) => {
    exited = true;
    report.crashed = true;
    report.failures.push(`server exited (code ${code}, signal ${signal})`);
  };
  server.process.once('exit', onExit);

  const mirrors = new Map<string, TextDocument>();
  const versions = new Map<string, number>();
  /**
   * The texts each open document has had since it was opened, oldest first (the last HISTORY): the texts a
   * provisional semantic-tokens answer may have been patched from.
   */
  const histories = new Map<string, string[]>();
  const remember = (uri: string, content: string) => {
    const history = histories.get(uri) ?? [];
    if (history.at(-1) !== content) history.push(content);
    if (history.length > HISTORY) history.shift();
    histories.set(uri, history);
  };

  const text = (): string => {
    const parts: string[] = [];
    const count = 1 + int(maxPieces);
    for (let i = 0; i < count; i++) {
      const roll = next();
      if (roll < 0.85) parts.push(pick(PIECES));
      else if (roll < 0.95) parts.push(pick(['Anna Doe', 'Velora', 'Karlin', 'Kessa Prefecture', 'Mayor Anna Doe of Velora said 12 people died on Monday.']));
      else parts.push(pick(PIECES).repeat(2 + int(300)));
    }
    return parts.join(next() < 0.5 ? ' ' : '');
  };

  /** A position in the document, sometimes past the end of its line or of the document. */
  const position = (document: TextDocument | undefined): Position => {
    const lines = document?.lineCount ?? 1;
    const line = next() < 0.9 ? int(lines) : lines + int(3);
    const length = document ? document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).length : 10;
    return { line, character: next() < 0.9 ? int(length + 1) : length + int(20) };
  };

  const open = async (uri: string) => {
    const version = int(5);
    const content = text();
    mirrors.set(uri, TextDocument.create(uri, 'article', version, content));
    versions.set(uri, version);
    histories.set(uri, [content]);
    report.opens++;
    await server.open(uri, content, version);
  };

  const edit = async (uri: string) => {
    const mirror = mirrors.get(uri);
    const previous = versions.get(uri) ?? 0;
    // Mostly the next version; sometimes the same one again or a lower one, which clients must not send but do.
    const roll = next();
    const version = roll < 0.8 ? previous + 1 : roll < 0.9 ? previous : Math.max(0, previous - 1 - int(3));
    const changes: TextDocumentContentChangeEvent[] = [];
    if (next() < 0.08) changes.push({ text: text() });
    else {
      for (let i = 0, n = 1 + int(3); i < n; i++) {
        const a = position(mirror);
        const b = next() < 0.5 ? a : position(mirror);
        const [start, end] = a.line < b.line || (a.line === b.line && a.character <= b.character) ? [a, b] : [b, a];
        changes.push({ range: { start, end }, text: next() < 0.3 ? '' : pick(PIECES) + (next() < 0.5 ? ` ${pick(PIECES)}` : '') });
      }
    }
    if (mirror) {
      // As the server applies them: ranges clamped to the text (see server/src/lsp/documentEdits.ts).
      const updated = updateDocument(mirror, changes, version);
      mirrors.set(uri, updated);
      versions.set(uri, version);
      remember(uri, updated.getText());
    }
    report.edits++;
    await server.change(uri, version, changes);
  };

  const pending = new Set<Promise<void>>();

  const request = () => {
    const uri = next() < 0.08 ? UNKNOWN : uriOf(int(DOCUMENTS));
    const live = mirrors.get(uri);
    // The text this request is about: the mirror may change before the answer comes, the copy does not.
    const snapshot = live ? TextDocument.create(uri, 'article', live.version, live.getText()) : undefined;
    const earlier = [...(histories.get(uri) ?? [])].reverse();
    const at = position(snapshot);
    const kind = pick(['hover', 'hover', 'hover', 'tokens', 'tokens', 'definition', 'symbols'] as const);
    const cancel = next() < 0.1 ? new CancellationTokenSource() : null;
    const textDocument = { uri };
    const sent = performance.now();
    let answer: Promise<unknown>;
    if (kind === 'hover') answer = server.connection.sendRequest(HoverRequest.type, { textDocument, position: at }, cancel?.token);
    else if (kind === 'definition') answer = server.connection.sendRequest(DefinitionRequest.type, { textDocument, position: at }, cancel?.token);
    else if (kind === 'symbols') answer = server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }, cancel?.token);
    else answer = server.connection.sendRequest(SemanticTokensRequest.type, { textDocument }, cancel?.token);
    if (cancel) setTimeout(() => cancel.cancel(), int(3));
    report.requests++;
    const what = `${kind} #${report.requests} on ${uri} at ${JSON.stringify(at)}`;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), deadline);
    });
    const done = Promise.race([answer.then((value) => ({ value }), (error: { code?: number; message?: string }) => ({ error })), timedOut]).then((outcome) => {
      clearTimeout(timer);
      if (outcome === 'timeout') {
        report.hangs.push(`${what}: no answer in ${deadline} ms`);
        return;
      }
      latencies.push(performance.now() - sent);
      if ('error' in outcome) {
        if (outcome.error.code === LSPErrorCodes.ContentModified) report.contentModified++;
        else if (outcome.error.code === LSPErrorCodes.RequestCancelled) report.cancelled++;
        else if (!exited) report.failures.push(`${what}: error ${outcome.error.code} ${outcome.error.message}`);
        return;
      }
      report.answered++;
      const problems = snapshot ? answerProblems(kind, outcome.value, snapshot, at, earlier) : outcome.value === null || (Array.isArray(outcome.value) && outcome.value.length === 0) || isEmptyTokens(outcome.value) ? [] : [`an answer about a document never opened: ${JSON.stringify(outcome.value).slice(0, 200)}`];
      for (const problem of problems) report.stale.push(`${what}: ${problem}`);
    });
    const tracked = done.finally(() => pending.delete(tracked));
    pending.add(tracked);
  };

  // The spans of the texts answers were about, the last few kept: a request often follows one about the same text.
  const spanCache = new Map<string, Set<string>>();
  const spansFor = (text: string): Set<string> => {
    let spans = spanCache.get(text);
    if (!spans) {
      spans = spansOf(text);
      if (spanCache.size > 20) spanCache.delete(spanCache.keys().next().value as string);
      spanCache.set(text, spans);
    }
    return spans;
  };

  // The token spans of a text's full analysis, the last few kept.
  const tokenCache = new Map<string, TokenSpan[]>();
  const tokensFor = (content: string) => {
    let tokens = tokenCache.get(content);
    if (!tokens) {
      tokens = tokenSpans(analyzeArticle(content), { modifiers: () => 0, kindOf: () => undefined });
      if (tokenCache.size > 40) tokenCache.delete(tokenCache.keys().next().value as string);
      tokenCache.set(content, tokens);
    }
    return tokens;
  };

  function answerProblems(kind: string, value: unknown, document: TextDocument, at: Position, earlier: readonly string[]): string[] {
    const problems: string[] = [];
    let spans: Set<string> | undefined;
    const check = (range: Range | undefined) => {
      spans ??= spansFor(document.getText());
      const problem = range ? rangeProblem(document, range, spans, kind === 'tokens') : null;
      if (problem) problems.push(problem);
    };
    if (kind === 'hover') {
      const range = (value as { range?: Range } | null)?.range;
      check(range);
      const lineLength = document.getText({ start: { line: at.line, character: 0 }, end: { line: at.line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '').length;
      if (range && at.line < document.lineCount && at.character <= lineLength) {
        const offset = document.offsetAt(at);
        if (offset < document.offsetAt(range.start) || offset > document.offsetAt(range.end)) problems.push(`hover range ${JSON.stringify(range)} does not contain ${JSON.stringify(at)}`);
      }
    } else if (kind === 'definition') {
      const list = value === null ? [] : Array.isArray(value) ? (value as Array<Location | LocationLink>) : [value as Location];
      for (const location of list) {
        if ('uri' in location && location.uri === document.uri) check(location.range);
        if ('targetUri' in location && location.targetUri === document.uri) check(location.targetSelectionRange);
      }
    } else if (kind === 'symbols') {
      const walk = (symbols: Array<{ selectionRange?: Range; children?: unknown[] }>) => {
        for (const symbol of symbols) {
          // A group (a story's people, the dates) marks its place with an empty range; its members are spans.
          if (symbol.children) walk(symbol.children as Array<{ selectionRange?: Range }>);
          else check(symbol.selectionRange);
        }
      };
      walk((value as Array<{ selectionRange?: Range }> | null) ?? []);
    } else if (kind === 'tokens' && legend) {
      const data = (value as { data: number[] } | null)?.data ?? [];
      const ranges: Range[] = absoluteTokens(data).map(({ line, character, length }) => ({ start: { line, character }, end: { line, character: character + length } }));
      for (const range of ranges) {
        check(range);
        if (problems.length > 3) break;
      }
      // Not the full analysis's tokens: they may be provisional ones, patched from an earlier text of the document.
      if (problems.length > 0 && ranges.every((range) => rangeProblem(document, range) === null) && fitsProvisional(document, ranges, earlier, tokensFor)) {
        problems.length = 0;
        report.provisional++;
      }
    }
    return problems;
  }

  for (let step = 0; report.requests < options.requests && !options.until?.() && !exited; step++) {
    const roll = next();
    const uri = next() < 0.05 ? UNKNOWN : uriOf(int(DOCUMENTS));
    if (!mirrors.has(uri) && uri !== UNKNOWN && roll < 0.5) await open(uri);
    else if (roll < 0.03 && mirrors.has(uri)) {
      mirrors.delete(uri);
      histories.delete(uri);
      report.closes++;
      await server.close(uri);
    } else if (roll < 0.45) await edit(uri);
    else request();
    // A few requests at once, answered while edits go on.
    while (pending.size >= inFlight) await Promise.race(pending);
    if (next() < 0.2) await new Promise((resolve) => setImmediate(resolve));
    await options.onStep?.(step, mirrors);
  }
  await Promise.all(pending);
  server.process.off('exit', onExit);
  if (server.readerErrors.length > 0) report.failures.push(...server.readerErrors.map((e) => `stdout: ${e}`));
  latencies.sort((a, b) => a - b);
  report.latencyMs = { median: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), max: latencies.at(-1) ?? 0 };
  report.seconds = (performance.now() - began) / 1000;
  return report;
}

function isEmptyTokens(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Array.isArray((value as { data?: unknown }).data) && (value as { data: unknown[] }).data.length === 0;
}

/** One line for a report: requests, outcomes, failures, timings. */
export function describeReport(report: ProtocolFuzzReport): string {
  return `${report.requests.toLocaleString('en')} requests (${report.answered.toLocaleString('en')} answered, ${report.contentModified} ContentModified, ` +
    `${report.cancelled} cancelled), ${report.edits.toLocaleString('en')} edits, ${report.opens} opens, ${report.closes} closes; ` +
    `${report.failures.length} failures, ${report.hangs.length} hangs, ${report.stale.length} stale answers (${report.provisional} provisional tokens fit), crashed: ${report.crashed ? 'yes' : 'no'}; ` +
    `latency median ${report.latencyMs.median.toFixed(1)} ms, p99 ${report.latencyMs.p99.toFixed(0)} ms, max ${report.latencyMs.max.toFixed(0)} ms (${report.seconds.toFixed(0)} s)`;
}
