// The client's words about skipped files and its restart policy (client/src/skippedFiles.ts, restartPolicy.ts):
// pure functions, tested here because the code-server suite is slow; the extension only wires them to VS Code.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RestartPolicy } from '../../client/src/restartPolicy';
import { newlySkippedLines, reasonKind, skippedSummary, skippedTooltip } from '../../client/src/skippedFiles';

// The server's reasons (server/src/io/readArticleFile.ts, lsp/analysisPool.ts, lsp/analysisCache.ts) → their kind.
const KINDS: Array<[string, string]> = [
  ['file looks binary (it contains NUL bytes)', 'binary'],
  ['file is 2.0 MB, above the 1.0 MB size limit', 'too large'],
  ['1,200,000 characters, above crosscheck.maxFileSize (1,000,000)', 'too large'],
  ['took longer than 20 s to analyse', 'too slow to analyse'],
  ['permission denied', 'unreadable'],
  ['not a regular file', 'unreadable'],
  ['analysis failed: Error: boom', 'failed'],
];

test('each reason the server gives is counted under its kind', () => {
  assert.deepEqual(KINDS.map(([reason]) => [reason, reasonKind(reason)]), KINDS);
});

const file = (name: string, reason: string) => ({ uri: `file:///corpus/${name}`, reason });

test('the tooltip says how many files were skipped and why, most frequent kind first, and nothing when none was', () => {
  const files = [
    file('a.article', 'file looks binary (it contains NUL bytes)'),
    file('b.article', 'took longer than 20 s to analyse'),
    file('c.article', 'file looks binary (it contains NUL bytes)'),
  ];
  assert.equal(skippedSummary(files), '3 files skipped (2 binary, 1 too slow to analyse)');
  assert.equal(skippedTooltip(files), '\n3 files skipped (2 binary, 1 too slow to analyse): run "Crosscheck: Show Skipped Files" to list them.');
  assert.equal(skippedSummary([files[1]]), '1 file skipped (1 too slow to analyse)');
  assert.equal(skippedTooltip([]), '');
});

test('the output channel gets each skipped file once, again only when its reason changes', () => {
  const first = [file('a.article', 'permission denied')];
  const second = [...first, file('b.article', 'file looks binary (it contains NUL bytes)')];
  const third = [file('a.article', 'took longer than 20 s to analyse'), second[1]];
  const label = (uri: string) => uri.replace('file:///corpus/', '');
  assert.deepEqual(newlySkippedLines([], first, label), ['Skipped a.article: permission denied']);
  assert.deepEqual(newlySkippedLines(first, second, label), ['Skipped b.article: file looks binary (it contains NUL bytes)']);
  assert.deepEqual(newlySkippedLines(second, third, label), ['Skipped a.article: took longer than 20 s to analyse']);
});

test('the server is restarted at most four times in three minutes, then again once old crashes leave the window', () => {
  const policy = new RestartPolicy(4, 180_000);
  const decisions = [0, 10_000, 20_000, 30_000, 40_000].map((at) => policy.crashed(at));
  assert.deepEqual(decisions.map((d) => d.restart), [true, true, true, true, false]);
  assert.deepEqual(decisions.map((d) => d.recent), [1, 2, 3, 4, 5]);
  // Four minutes later, the crashes above are out of the window.
  assert.deepEqual(policy.crashed(280_000), { restart: true, recent: 1 });
});
