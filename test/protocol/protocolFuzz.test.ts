// Issue 12: protocol fuzz over stdio, the short deterministic run (fixed seed; `npm run fuzz` runs 10,000+ requests).
// See test/fuzz/protocolSession.ts for the traffic and how a stale answer is recognised.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describeReport, fuzzProtocol, rangeProblem, spansOf } from '../fuzz/protocolSession';
import { startServer } from '../helpers/lspClient';

// The checker itself: ranges that are spans of the text's analysis, and the shapes a stale answer takes.
const TEXT = 'Velora bridge\nMayor Anna Doe of Velora spoke on Monday.';
const RANGES: Array<[string, [number, number, number, number], boolean]> = [
  [TEXT, [1, 6, 1, 14], true], // "Anna Doe".
  [TEXT, [1, 7, 1, 15], false], // "Anna Doe" one character on, as after an edit that inserted one.
  [TEXT, [1, 5, 1, 14], false], // Begins with a space.
  [TEXT, [1, 40, 1, 46], false], // Past the end of the line.
  [TEXT, [2, 0, 2, 4], false], // Past the last line.
  [TEXT, [1, 6, 1, 6], false], // Empty.
  ['Velora bridge\r\nMayor Anna Doe spoke.', [1, 6, 1, 14], true],
];

// Semantic tokens: a date across a line break is one token per line.
const TOKEN_TEXT = 'Velora bridge\nIt reopened the\nprevious day.';
const TOKENS: Array<[[number, number, number, number], boolean]> = [
  [[1, 12, 1, 15], true], // "the", the first line's piece of "the\nprevious day".
  [[2, 0, 2, 12], true], // "previous day", the second line's piece.
  [[2, 1, 2, 12], false], // Begins inside the line.
  [[1, 12, 1, 14], false], // Ends inside the span and inside the line.
];

test('semantic tokens may be one line\'s piece of a span across lines, nothing less', () => {
  const document = TextDocument.create('file:///a.article', 'article', 1, TOKEN_TEXT);
  const spans = spansOf(TOKEN_TEXT);
  for (const [[sl, sc, el, ec], fits] of TOKENS) {
    const problem = rangeProblem(document, { start: { line: sl, character: sc }, end: { line: el, character: ec } }, spans, true);
    assert.equal(problem === null, fits, `${[sl, sc, el, ec]}: ${problem}`);
  }
});

test('the staleness check accepts spans of the text\'s analysis and refuses shifted ones', () => {
  for (const [text, [sl, sc, el, ec], fits] of RANGES) {
    const problem = rangeProblem(TextDocument.create('file:///a.article', 'article', 1, text), { start: { line: sl, character: sc }, end: { line: el, character: ec } }, spansOf(text));
    assert.equal(problem === null, fits, `${JSON.stringify(text)} ${[sl, sc, el, ec]}: ${problem}`);
  }
});

test('protocol fuzz, seed 1: 400 requests among random edits — the server stays up, answers all, never stale', async () => {
  const server = await startServer();
  try {
    const report = await fuzzProtocol(server, { seed: 1, requests: 400 });
    const summary = describeReport(report);
    assert.deepEqual(report.failures, [], summary);
    assert.deepEqual(report.hangs, [], summary);
    assert.deepEqual(report.stale.slice(0, 5), [], summary);
    assert.equal(report.crashed, false);
    assert.equal(report.answered + report.contentModified + report.cancelled, report.requests, summary);
    // The run did what it says: edits, answers, and refusals among them.
    assert.ok(report.edits > 100 && report.answered > 200, summary);
  } finally {
    await server.stop();
  }
});
