// Issue 12, defect 7: an open document is analysed off the main thread, so a request about another document never
// waits for it; requests about the document itself still never get an answer computed for another version.
// The large document is made slow on purpose (CROSSCHECK_TEST_STALL_ON, see server/src/worker/testStall.ts): its
// analysis keeps a thread busy for STALL_MS. On the main thread, as before the fix, the small document's hover
// waited behind it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LSPErrorCodes } from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from '../helpers/lspClient';

const MARKER = 'Zzslowmarker';
const STALL_MS = 2500;
const SMALL = 'file:///small.article';
const LARGE = 'file:///large.article';
const smallText = 'Bridge reopens\nMayor Anna Doe of Velora reopened the bridge on Monday.';
const largeText = `Long report\n${MARKER} said the Karlin council met.\n${'Anna Doe spoke in Velora. '.repeat(2000)}`;

/** Settles `promise` into what happened and when, so that the order of two answers can be compared. */
function settle<T>(promise: Promise<T>): { done: Promise<void>; state: { settled: boolean; at: number; value?: T; error?: { code?: number } } } {
  const state: { settled: boolean; at: number; value?: T; error?: { code?: number } } = { settled: false, at: 0 };
  const done = promise.then(
    (value) => Object.assign(state, { settled: true, at: Date.now(), value }),
    (error: { code?: number }) => Object.assign(state, { settled: true, at: Date.now(), error }),
  ).then(() => undefined);
  return { done, state };
}

describe('open documents are analysed off the main thread (defect 7)', () => {
  let server: TestServer;

  before(async () => {
    server = await startServer({}, { env: { CROSSCHECK_TEST_STALL_ON: MARKER, CROSSCHECK_TEST_STALL_MS: String(STALL_MS) } });
    await server.open(SMALL, smallText);
    // The small document is analysed once before the large one arrives, as when it was open already.
    assert.ok(await server.hover(SMALL, 1, 8));
  });

  after(async () => {
    await server.stop();
    assert.deepEqual(server.readerErrors, []);
  });

  test('a hover on a small document is answered while a large document is analysed; the large one answers after', async () => {
    await server.open(LARGE, largeText);
    const large = settle(server.hover(LARGE, 2, 2));
    // An edit to the small document, then a hover on it: its analysis must not queue behind the large one.
    await server.change(SMALL, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Update: ' }]);
    const small = settle(server.hover(SMALL, 1, 8));
    await small.done;
    assert.equal(small.state.error, undefined, JSON.stringify(small.state.error));
    assert.match(JSON.stringify(small.state.value), /Anna Doe/);
    assert.equal(large.state.settled, false, 'the small hover was answered before the large document was analysed');
    await large.done;
    assert.ok(large.state.at >= small.state.at);
    assert.match(JSON.stringify(large.state.value), /Anna Doe/);
  });

  test('a hover on the large document edited while it is analysed gets ContentModified, never the old analysis', async () => {
    await server.change(LARGE, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'x' }]);
    const pending = settle(server.hover(LARGE, 2, 2));
    await server.change(LARGE, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'New ' }]);
    await pending.done;
    assert.equal(pending.state.error?.code, LSPErrorCodes.ContentModified, JSON.stringify(pending.state));
    // The current version is answered, with a range in the current text.
    const current = await server.hover(LARGE, 2, 2);
    assert.ok(current?.range && current.range.start.line === 2);
  });
});
