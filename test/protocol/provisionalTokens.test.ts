// Issue 11, item 5: after an edit, semantic tokens are answered at once from the edited region, patched into the
// tokens of the text before (server/src/features/provisionalTokens.ts), while the full analysis runs in the pool;
// when it lands with other tokens, the client is asked to refresh, and the delta chain stays consistent.
// The document's analysis is made slow on purpose (CROSSCHECK_TEST_STALL_ON matches its URI, see
// server/src/worker/testStall.ts), so that a hover, which waits for the full analysis, shows the order.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  SemanticTokensDeltaRequest,
  SemanticTokensRefreshRequest,
  type SemanticTokens,
  type SemanticTokensDelta,
  type SemanticTokensLegend,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { random } from '../../bench/perturb';
import { analyzeArticle } from '../../server/src/engine/analyze';
import { tokenSpans, type TokenSpan } from '../../server/src/features/tokenSpans';
import { updateDocument } from '../../server/src/lsp/documentEdits';
import { fitsProvisional } from '../fuzz/protocolSession';
import { absoluteTokens, startServer, VSCODE_LIKE_CAPABILITIES, waitFor, type TestServer } from '../helpers/lspClient';

const MARKER = 'zzstall';
const STALL_MS = '1500';
const URI = `file:///tmp/${MARKER}-bridge.article`;
// The dateline's place is read from the article's structure: the edited line, read alone, calls "KARLIN" an
// organisation; the full analysis calls it a place. So the provisional answer differs from the full one there.
// January 14, 2026 is a Wednesday: the weekday-mismatch finding makes the server publish diagnostics, whose
// refresh comes before the edit.
const TEXT = [
  'Bridge reopens',
  '',
  'KARLIN, Velora (AP) - Mayor Anna Doe reopened the bridge on Monday.',
  '',
  'She said 40 buses would use it from Tuesday, and the Velora Transit Authority agreed.',
  '',
  'The council first met on Tuesday, January 14, 2026.',
  '',
].join('\n');
const EDITED_LINE = 2;
const EDIT = { range: { start: { line: EDITED_LINE, character: 50 }, end: { line: EDITED_LINE, character: 50 } }, text: 'old ' };

/** Tokens as "line:character:length:type:modifiers", absolute. */
function decode(data: number[], legend: SemanticTokensLegend): string[] {
  return absoluteTokens(data).map((t) => `${t.line}:${t.character}:${t.length}:${legend.tokenTypes[t.type]}:${t.modifiers}`);
}

/** What a client holds after a delta (or a full result) answering a request about `previous`. */
function apply(previous: number[], answer: SemanticTokens | SemanticTokensDelta): number[] {
  if ('data' in answer) return answer.data;
  const data = [...previous];
  for (const edit of [...answer.edits].sort((a, b) => b.start - a.start)) data.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  return data;
}

const delta = (server: TestServer, previousResultId: string, uri = URI) =>
  server.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId });

describe('semantic tokens after an edit (provisional, then full)', () => {
  let server: TestServer;
  let legend: SemanticTokensLegend;

  before(async () => {
    server = await startServer({}, { env: { CROSSCHECK_TEST_STALL_ON: MARKER, CROSSCHECK_TEST_STALL_MS: STALL_MS } });
    legend = server.initializeResult.capabilities.semanticTokensProvider!.legend;
  });

  after(async () => {
    await server.stop();
    assert.deepEqual(server.readerErrors, []);
  });

  test('answered before the full analysis, right outside the edited line; a refresh and a consistent delta follow', async () => {
    await server.open(URI, TEXT);
    const first = (await server.semanticTokens(URI))!;
    // The refresh that follows the first diagnostics comes first, so that a later one is the edit's.
    const refreshes = () => server.requests.filter((m) => m === SemanticTokensRefreshRequest.method).length;
    await waitFor(() => (server.published.includes(URI) ? true : undefined), 10000, 'the first diagnostics');
    const refreshesBefore = refreshes();
    await server.change(URI, 2, [EDIT]);
    const order: string[] = [];
    const hover = server.hover(URI, 4, 10).then((value) => {
      order.push('hover');
      return value;
    });
    const provisionalAnswer = (await delta(server, first.resultId!))!;
    order.push('tokens');
    const provisional = apply(first.data, provisionalAnswer);
    await hover;
    assert.deepEqual(order, ['tokens', 'hover'], 'the tokens came before the full analysis landed');

    // The full analysis has landed; its tokens differ on the edited line, so the client was asked to refresh as it
    // landed, before the hover was answered (the refresh after the diagnostics are published again comes later).
    assert.equal(refreshes(), refreshesBefore + 1, 'a refresh when the full analysis landed');
    const refreshed = apply(provisional, (await delta(server, provisionalAnswer.resultId!))!);
    const fresh = (await server.semanticTokens(URI))!;
    assert.deepEqual(refreshed, fresh.data, 'the delta from the provisional result equals a full result');

    const fullTokens = decode(fresh.data, legend);
    const provisionalTokens = decode(provisional, legend);
    const onLine = (tokens: string[], inside: boolean) => tokens.filter((t) => (t.startsWith(`${EDITED_LINE}:`)) === inside);
    assert.deepEqual(onLine(provisionalTokens, false), onLine(fullTokens, false), 'tokens of the untouched lines');
    assert.notDeepEqual(onLine(provisionalTokens, true), onLine(fullTokens, true), 'the example differs where it was read alone');
    assert.ok(fullTokens.includes(`${EDITED_LINE}:0:6:place:0`), fullTokens.join(' '));
  });
});

describe('a client that cannot be asked to refresh', () => {
  test('waits for the full analysis: no provisional tokens', async () => {
    const capabilities = { ...VSCODE_LIKE_CAPABILITIES, workspace: { ...VSCODE_LIKE_CAPABILITIES.workspace, semanticTokens: {} } };
    const server = await startServer({}, { capabilities, env: { CROSSCHECK_TEST_STALL_ON: MARKER, CROSSCHECK_TEST_STALL_MS: '300' } });
    try {
      const legend = server.initializeResult.capabilities.semanticTokensProvider!.legend;
      await server.open(URI, TEXT);
      await server.semanticTokens(URI);
      await server.change(URI, 2, [EDIT]);
      const tokens = decode((await server.semanticTokens(URI))!.data, legend);
      assert.ok(tokens.includes(`${EDITED_LINE}:0:6:place:0`), tokens.join(' '));
      assert.deepEqual(server.requests.filter((m) => m === SemanticTokensRefreshRequest.method), []);
    } finally {
      await server.stop();
    }
  });
});

// Random edits over a long article, each followed by a delta request: every answer is either the full analysis's
// tokens or fits a provisional patch of an earlier text (the protocol fuzz's rule, test/fuzz/protocolSession.ts), and
// once the analysis lands the tokens the client holds equal a fresh full result.
const SENTENCES = [
  'Mayor Anna Doe of Velora said 12 people were hurt on Monday.',
  'The Karlin Transit Authority added 40 buses in March 2025.',
  'Officials of Kessa Prefecture met Ivo Marten in Tarnwick on Tuesday.',
  'Doe said the bridge would reopen within 3 weeks, at a cost of $4.5 million.',
];
const PIECES = ['x', ' Velora', ' on Friday', ' 7 ', 'Anna ', ' Marten', '\n', '\n\n', ''];

/** The ranges of semantic tokens, decoded from relative data. */
function ranges(data: number[]): Array<{ start: { line: number; character: number }; end: { line: number; character: number } }> {
  const result = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    result.push({ start: { line, character }, end: { line, character: character + data[i + 2] } });
  }
  return result;
}

describe('random edits over a long article', () => {
  test('each answer is the full analysis\'s tokens or a provisional patch; the delta chain ends equal to a full result', async () => {
    const server = await startServer();
    const uri = 'file:///tmp/random-edits.article';
    const next = random(11);
    const paragraphs = Array.from({ length: 24 }, (_, i) => `${SENTENCES[i % 4]} ${SENTENCES[(i * 3 + 1) % 4]}`);
    const text = `Bridge reopens in Velora\nPublished: 2026-01-14\n\n${paragraphs.map((p, i) => (i % 3 === 0 ? `${p}\n` : p)).join('\n')}\n`;
    const cache = new Map<string, TokenSpan[]>();
    const tokensFor = (content: string) => cache.get(content) ?? cache.set(content, tokenSpans(analyzeArticle(content), { modifiers: () => 0, kindOf: () => undefined })).get(content)!;
    try {
      let mirror = TextDocument.create(uri, 'article', 1, text);
      await server.open(uri, text);
      const first = (await server.semanticTokens(uri))!;
      let held = first.data;
      let resultId = first.resultId!;
      const history = [text];
      let patched = 0;
      for (let version = 2; version <= 40; version++) {
        const changes = Array.from({ length: 1 + Math.floor(next() * 2) }, () => {
          const line = Math.floor(next() * mirror.lineCount);
          const length = mirror.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).length;
          const start = { line, character: Math.floor(next() * length) };
          const end = next() < 0.3 ? { line, character: Math.min(length, start.character + 1 + Math.floor(next() * 6)) } : start;
          return { range: { start, end }, text: PIECES[Math.floor(next() * PIECES.length)] };
        });
        mirror = updateDocument(mirror, changes, version);
        history.push(mirror.getText());
        await server.change(uri, version, changes);
        const answer = (await delta(server, resultId, uri))!;
        held = apply(held, answer);
        resultId = answer.resultId!;
        const full = tokensFor(mirror.getText()).flatMap((t) => {
          const from = mirror.positionAt(t.start);
          const to = mirror.positionAt(t.end);
          return from.line === to.line ? [JSON.stringify({ start: from, end: to })] : ['(across lines)'];
        });
        const answered = ranges(held);
        if (answered.map((r) => JSON.stringify(r)).join() === full.join()) continue;
        assert.ok(fitsProvisional(mirror, answered, [...history].reverse(), tokensFor), `version ${version}: neither the full analysis's tokens nor a provisional patch`);
        patched++;
      }
      assert.ok(patched > 0, 'some answers were provisional patches that differ from the full analysis');
      // A hover waits for the full analysis of the last text; a delta then brings the client to the full result.
      await server.hover(uri, 3, 8);
      held = apply(held, (await delta(server, resultId, uri))!);
      assert.deepEqual(held, (await server.semanticTokens(uri))!.data);
    } finally {
      await server.stop();
    }
  });
});
