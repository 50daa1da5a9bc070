import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, SemanticTokensDeltaRequest, SemanticTokensRangeRequest, type SemanticTokensDelta, type SemanticTokensLegend } from 'vscode-languageserver-protocol/node';
import { decodeTokens, startServer, waitFor, type TestServer } from '../helpers/lspClient';
import { positionOf, readSeed } from '../helpers/text';

const SNAPSHOTS = path.resolve(__dirname, '../../../test/protocol/snapshots');

function hoverText(hover: { contents: unknown } | null): string {
  if (!hover) return '';
  const contents = hover.contents as { value?: string } | string;
  return typeof contents === 'string' ? contents : contents.value ?? '';
}

/** Compares with a stored snapshot; UPDATE_SNAPSHOTS=1 rewrites it instead (review the diff before committing). */
function matchSnapshot(name: string, actual: string): void {
  const file = path.join(SNAPSHOTS, name);
  if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(file)) {
    writeFileSync(file, actual);
    if (process.env.UPDATE_SNAPSHOTS !== '1') assert.fail(`snapshot ${name} did not exist and was written; check it and run again`);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `snapshot ${name} differs (UPDATE_SNAPSHOTS=1 to accept)`);
}

describe('language server over stdio', () => {
  let server: TestServer;
  let legend: SemanticTokensLegend;
  const seed = readSeed('004');
  const seed000 = readSeed('000');

  before(async () => {
    server = await startServer();
    legend = server.initializeResult.capabilities.semanticTokensProvider!.legend;
    // Only 004 is open while the highlighting snapshot is taken, so that the corpus (and with it the kinds of
    // entities) does not depend on timing; the hover test opens 000 itself.
    await server.open(seed.uri, seed.text);
  });
  after(async () => {
    await server.stop();
    assert.deepEqual(server.readerErrors, [], 'the server wrote something other than protocol messages to stdout');
  });

  test('declares the custom token types and modifiers', () => {
    assert.deepEqual(legend.tokenTypes, ['person', 'organization', 'place', 'otherName', 'date', 'figure']);
    assert.deepEqual(legend.tokenModifiers, ['disputed', 'corroborated']);
  });

  test('semantic tokens of seed 004 decode to the expected highlights', async () => {
    const tokens = await server.semanticTokens(seed.uri);
    const pairs = decodeTokens(seed.text, tokens!.data, legend);
    for (const expected of [
      ['Lee Jae Myung', 'person'], ['Sanae Takaichi', 'person'], ['Wi Sung‑lac', 'person'], ['Kim Jong‑un', 'person'],
      ['Nara Prefecture', 'place'], ['2013', 'date'], ['1942', 'date'], ['eight', 'figure'], ['third', 'figure'],
    ]) {
      // The seed writes some names with narrow no-break spaces (U+202F); compare with plain spaces.
      const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
      assert.ok(pairs.some(([text, type]) => plain(text) === expected[0] && type === expected[1]), `missing ${expected.join(' as ')}`);
    }
    matchSnapshot('seed-004.tokens.txt', pairs.map(([text, type]) => `${type.padEnd(12)} ${text}`).join('\n') + '\n');
  });

  test('hover shows the kind and the normalised value', async () => {
    await server.open(seed000.uri, seed000.text);
    const cases: Array<[typeof seed, string, number, string]> = [
      [seed, 'Takaichi signalling', 0, 'Sanae Takaichi** · person'],
      [seed, 'third face', 0, 'ordinal · 3 · face-to-face encounter'],
      [seed, 'eight Japanese', 0, 'cardinal · 8 · prefectures'],
      [seed, '2013', 0, 'date · 2013'],
      [seed000, 'Wednesday', 0, 'date · 2026-01-14 (Wednesday)'],
      [seed000, 'the previous day', 0, 'date · 2026-01-13 (Tuesday)'],
      [seed000, 'Wi Sung-lac', 0, 'Wi Sung-lac** · person'],
    ];
    for (const [doc, needle, occurrence, expected] of cases) {
      const position = positionOf(doc.text, needle, occurrence);
      const text = hoverText(await server.hover(doc.uri, position.line, position.character));
      assert.ok(text.replace(/\\/g, '').includes(expected), `hover on "${needle}": expected "${expected}", got "${text}"`);
    }
    const titles = hoverText(await server.hover(seed.uri, positionOf(seed.text, 'Takaichi signalling').line, positionOf(seed.text, 'Takaichi signalling').character));
    assert.match(titles, /Prime Minister/);
    // "Japanese Prime Minister" and "Prime Minister" are one title on the card's first line.
    assert.equal(titles.split('\n')[0].split('Prime Minister').length - 1, 1, titles);
  });

  test('hover on plain text returns nothing', async () => {
    const position = positionOf(seed.text, 'shuttle diplomacy');
    assert.equal(await server.hover(seed.uri, position.line, position.character), null);
  });

  test('range requests return only tokens inside the range', async () => {
    const line = positionOf(seed.text, 'National Security Adviser').line;
    const result = await server.connection.sendRequest(SemanticTokensRangeRequest.type, {
      textDocument: { uri: seed.uri },
      range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
    });
    const pairs = decodeTokens(seed.text, result!.data, legend);
    assert.ok(pairs.length > 0);
    assert.ok(pairs.some(([text]) => text.replace(/\u202f/g, ' ') === 'Wi Sung‑lac'));
    assert.ok(!pairs.some(([text]) => text === 'Nara Prefecture'), 'a token from another line leaked into the range');
  });

  test('incremental edits update the tokens, and a delta applies to the previous result', async () => {
    const uri = 'file:///tmp/crosscheck-edit.article';
    const text = 'Markets rally\nThe mayor of Springfield, Jane Doe, met 12 council members on Tuesday.\n';
    await server.open(uri, text);
    const first = (await server.semanticTokens(uri))!;
    const at = positionOf(text, 'Jane Doe', 0, 0);
    await server.change(uri, 2, [{ range: { start: at, end: { line: at.line, character: at.character + 8 } }, text: 'Ann Smith' }]);
    const edited = text.replace('Jane Doe', 'Ann Smith');
    const delta = (await server.connection.sendRequest(SemanticTokensDeltaRequest.type, {
      textDocument: { uri },
      previousResultId: first.resultId!,
    })) as SemanticTokensDelta & { data?: number[] };
    let data: number[];
    if (delta.edits) {
      data = [...first.data];
      for (const edit of [...delta.edits].sort((a, b) => b.start - a.start)) data.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
    } else data = delta.data!;
    const full = (await server.semanticTokens(uri))!;
    assert.deepEqual(data, full.data, 'the delta applied to the previous tokens must equal a full result');
    const pairs = decodeTokens(edited, full.data, legend);
    assert.ok(pairs.some(([t, type]) => t === 'Ann Smith' && type === 'person'), JSON.stringify(pairs));
    assert.ok(!pairs.some(([t]) => t.includes('Jane')));
  });

  test('a cancelled request is either cancelled or answered, and never hangs', async () => {
    const source = new CancellationTokenSource();
    const request = server.connection.sendRequest(SemanticTokensRangeRequest.type, {
      textDocument: { uri: seed.uri },
      range: { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } },
    }, source.token);
    source.cancel();
    // Either the server saw the cancellation (an error) or it had already answered; it must not hang.
    const outcome = await request.then(() => 'answered', (error: { code?: number }) => `error ${error.code}`);
    assert.ok(outcome === 'answered' || outcome === 'error -32800', outcome);
  });
});

describe('bad input', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ maxFileSize: 100_000 });
  });
  after(async () => {
    await server.stop();
    assert.deepEqual(server.readerErrors, []);
  });

  test('an empty document has no tokens and no hover', async () => {
    await server.open('file:///tmp/empty.article', '');
    assert.deepEqual((await server.semanticTokens('file:///tmp/empty.article'))!.data, []);
    assert.equal(await server.hover('file:///tmp/empty.article', 0, 0), null);
  });

  test('binary-looking and odd Unicode text is analysed without crashing', async () => {
    const odd = 'Title\u0000\u0001\uFFFD\n東京 (Tokyo) — 市長 met Jean‑Luc Picard, 12\u00a0members, on Tuesday.\uD800 End.';
    await server.open('file:///tmp/odd.article', odd);
    const tokens = await server.semanticTokens('file:///tmp/odd.article');
    assert.ok(Array.isArray(tokens!.data));
    const pairs = decodeTokens(odd, tokens!.data, server.initializeResult.capabilities.semanticTokensProvider!.legend);
    assert.ok(pairs.some(([t]) => t === 'Tuesday'), JSON.stringify(pairs));
  });

  test('a file above the size limit is skipped with one clear message, and answers stay fast', async () => {
    const huge = 'A'.repeat(50) + ' ' + 'word '.repeat(40_000);
    await server.open('file:///tmp/huge.article', huge);
    const started = Date.now();
    assert.deepEqual((await server.semanticTokens('file:///tmp/huge.article'))!.data, []);
    await server.semanticTokens('file:///tmp/huge.article');
    assert.ok(Date.now() - started < 5000);
    const message = await waitFor(() => server.shownMessages.find((m) => m.includes('skipped')), 5000, 'a skipped-file message');
    assert.match(message, /above crosscheck\.maxFileSize/);
    assert.equal(server.shownMessages.filter((m) => m.includes('skipped')).length, 1, 'the message is shown once');
  });

  test('a long single line under the limit is analysed', async () => {
    const line = 'President Jane Doe visited Lisbon on Tuesday with 12 ministers. '.repeat(1200);
    await server.open('file:///tmp/long-line.article', line);
    const tokens = await server.semanticTokens('file:///tmp/long-line.article');
    assert.ok(tokens!.data.length >= 5 * 1200 * 3);
  });

  test('invalid settings fall back to defaults with a readable message', async () => {
    const bad = await startServer({ maxFileSize: 'huge', semanticHighlighting: 'yes' });
    try {
      const message = await waitFor(() => bad.shownMessages.find((m) => m.includes('maxFileSize')), 5000, 'a settings message');
      assert.match(message, /must be a positive number/);
      await bad.open('file:///tmp/settings.article', 'Title\nPresident Jane Doe spoke in Lisbon.');
      assert.ok((await bad.semanticTokens('file:///tmp/settings.article'))!.data.length > 0, 'defaults kept: highlighting on');
    } finally {
      await bad.stop();
    }
  });
});
