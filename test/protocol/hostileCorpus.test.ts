// Issue 12: a corpus of 100 hostile files (test/fuzz/hostileCorpus.ts) is indexed while hovers are answered: every
// hover is answered, the server stays up, every ordinary and oddly encoded file is indexed, and exactly the binary
// and oversized files are listed as skipped. `npm run soak` runs the same with 1,000 files.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { NotificationType } from 'vscode-languageserver-protocol/node';
import { HOSTILE_MAX_FILE_SIZE, writeHostileCorpus } from '../fuzz/hostileCorpus';
import { startServer, waitFor } from '../helpers/lspClient';

const SKIPPED_FILES = new NotificationType<{ files: Array<{ uri: string; reason: string }> }>('crosscheck/skippedFiles');

test('hostile corpus, 100 files: indexed with hovers answered meanwhile, exactly the binary and oversized files skipped', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-hostile-'));
  const corpus = writeHostileCorpus(folder, 100, 5);
  const server = await startServer({ maxFileSize: HOSTILE_MAX_FILE_SIZE }, { workspaceFolder: folder, extraInitializationOptions: { skippedFiles: true } });
  let skipped: Array<{ uri: string; reason: string }> = [];
  server.connection.onNotification(SKIPPED_FILES, ({ files }) => {
    skipped = files;
  });
  try {
    const uri = pathToFileURL(path.join(folder, corpus.ordinary[0])).href;
    await server.open(uri, 'Velora bridge\nMayor Anna Doe of Velora spoke on Monday.');
    let hovers = 0;
    // Hovers while indexing runs, each awaited: any that is not answered fails the test by its timeout.
    while (!server.status || server.status.indexing || server.status.total === 0) {
      const hover = await server.hover(uri, 1, 8);
      assert.match(JSON.stringify(hover), /Anna Doe/);
      hovers++;
    }
    assert.ok(hovers > 0);
    assert.equal(server.status.articles, corpus.articles, JSON.stringify(server.status));
    const expected = [...corpus.skipped].map(([file, kind]) => [pathToFileURL(path.join(folder, file)).href, kind]).sort();
    const listed = await waitFor(() => (skipped.length === expected.length ? skipped : undefined), 5000, `${expected.length} skipped files`);
    assert.deepEqual(listed.map((f) => [f.uri, /binary/.test(f.reason) ? 'binary' : /size limit/.test(f.reason) ? 'too large' : f.reason]).sort(), expected);
    assert.equal(server.process.exitCode, null);
    assert.deepEqual(server.readerErrors, []);
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});
