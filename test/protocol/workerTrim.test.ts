import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { startServer, waitFor } from '../helpers/lspClient';

// Invented articles: enough files that indexing uses both workers.
const article = (i: number) => `Velora council meets\nPublished: 2026-03-0${1 + (i % 9)}\n\nMayor Anna Doe said the Velora council approved ${10 + i} new schools on Monday.\n`;

test('idle workers stop after indexing (all but one), start again for new files, and edits are still analysed', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-trim-'));
  for (let i = 0; i < 12; i++) writeFileSync(path.join(folder, `a${i}.article`), article(i));
  const server = await startServer({}, { workspaceFolder: folder, extraInitializationOptions: { workerIdleTrim: 1 } });
  try {
    await waitFor(() => (server.status && !server.status.indexing && server.status.articles === 12 ? true : undefined), 20_000, 'indexing');
    const trimmed = await waitFor(() => server.logMessages.find((m) => /analysis pool idle: stopped 1 of 2 workers/.test(m)), 10_000, 'the idle trim');
    assert.match(trimmed, /start again when files arrive/);
    // The one warm worker still analyses an open document's edits.
    const uri = pathToFileURL(path.join(folder, 'a0.article')).href;
    await server.open(uri, article(0));
    await server.change(uri, 2, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } }, text: 'Judge' }]);
    const hover = await waitFor(async () => ((await server.hover(uri, 3, 8)) ? true : undefined), 10_000, 'a hover on the edited document');
    assert.ok(hover);
    // Re-checking the corpus queues every file at once: the stopped worker starts again, and stops again once idle.
    const trims = () => server.logMessages.filter((m) => /analysis pool idle: stopped 1 of 2/.test(m)).length;
    const before = trims();
    await server.connection.sendRequest('workspace/executeCommand', { command: 'crosscheck.recheck', arguments: [] });
    await waitFor(() => (server.status && !server.status.indexing && server.status.articles === 12 ? true : undefined), 20_000, 're-indexing');
    await waitFor(() => (trims() > before ? true : undefined), 10_000, 'a second trim after re-checking');
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});
