// Issue 12, defect 8 and "the user is told": one pathological file never stalls indexing (its worker is stopped at
// the time limit and the file skipped with the reason), and the skipped files reach a client that asked for them
// (initializationOptions.skippedFiles) in a crosscheck/skippedFiles notification; any other client finds each once
// in the log and never gets the notification unasked. The slow file is slow on purpose (CROSSCHECK_TEST_STALL_ON in
// its name, see server/src/worker/testStall.ts): it would hold its worker for a minute.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { NotificationType } from 'vscode-languageserver-protocol/node';
import { startServer, waitFor, type TestServer } from '../helpers/lspClient';

const MARKER = 'zzstall';
const GOOD = 6;
interface Skipped { uri: string; reason: string }
const SKIPPED_FILES = new NotificationType<{ files: Skipped[] }>('crosscheck/skippedFiles');

describe('a pathological file is skipped at the time limit and the skipped files are listed (defect 8)', () => {
  let folder: string;
  let asking: TestServer;
  let other: TestServer;
  const lists: Skipped[][] = [];
  const unasked: unknown[] = [];
  const uri = (name: string) => pathToFileURL(path.join(folder, name)).href;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-skipped-'));
    for (let i = 0; i < GOOD; i++) writeFileSync(path.join(folder, `good-${i}.article`), `Bridge report ${i}\nMayor Anna Doe of Velora reopened the bridge on Monday.`);
    writeFileSync(path.join(folder, `slow-${MARKER}.article`), 'Slow report\nThe Karlin council met.');
    writeFileSync(path.join(folder, 'binary.article'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
    writeFileSync(path.join(folder, 'huge.article'), `Huge report\n${'Anna Doe spoke. '.repeat(2000)}`);
    // Invalid UTF-8 is read with replacement characters and indexed (with a warning in the log), not skipped.
    writeFileSync(path.join(folder, 'latin1.article'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' report\nAnna Doe spoke.')]));
    const env = { CROSSCHECK_TEST_STALL_ON: MARKER, CROSSCHECK_TEST_STALL_MS: '60000' };
    const settings = { maxFileSize: 20_000 };
    [asking, other] = await Promise.all([
      startServer(settings, { workspaceFolder: folder, env, extraInitializationOptions: { analysisTimeLimit: 1, skippedFiles: true } }),
      startServer(settings, { workspaceFolder: folder, env, extraInitializationOptions: { analysisTimeLimit: 1 } }),
    ]);
    asking.connection.onNotification(SKIPPED_FILES, (params) => {
      lists.push(params.files);
    });
    other.connection.onNotification(SKIPPED_FILES, (params) => {
      unasked.push(params);
    });
  });

  after(async () => {
    await Promise.all([asking.stop(), other.stop()]);
    rmSync(folder, { recursive: true, force: true });
  });

  test('indexing finishes with every other file, and the list names each skipped file with its reason', async () => {
    for (const server of [asking, other]) {
      await waitFor(() => (server.status && !server.status.indexing && server.status.total === GOOD + 4 ? true : undefined), 30_000, 'indexing to end');
      assert.equal(server.status?.articles, GOOD + 1, JSON.stringify([server.status, server.logMessages]));
      assert.equal(server.status?.skipped, 3);
    }
    const last = await waitFor(() => (lists.at(-1)?.length === 3 ? lists.at(-1) : undefined), 5000, 'the skipped list');
    assert.deepEqual(last.map((f) => [f.uri, f.reason]), [
      [uri('binary.article'), 'file looks binary (it contains NUL bytes)'],
      [uri('huge.article'), 'file is 32 KB, above the 20 KB size limit'],
      [uri(`slow-${MARKER}.article`), 'took longer than 1 s to analyse'],
    ]);
    // A hover is answered: the pool replaced the stopped worker.
    await asking.open(uri('good-0.article'), 'Bridge report 0\nMayor Anna Doe of Velora reopened the bridge on Monday.');
    assert.match(JSON.stringify(await asking.hover(uri('good-0.article'), 1, 8)), /Anna Doe/);
  });

  test('a client that did not ask gets no notification and finds each skipped file once in the log', async () => {
    const names = ['binary.article', 'huge.article', `slow-${MARKER}.article`];
    const logged = (name: string) => other.logMessages.filter((m) => m.startsWith('Not indexed:') && m.includes(name));
    // Once every skipped file is logged, the list is complete; for a client that did not ask, the server never
    // schedules the notification at all, so none can come later.
    await waitFor(() => (names.every((name) => logged(name).length > 0) ? true : undefined), 10_000, 'the skipped files in the log');
    assert.deepEqual(unasked, []);
    for (const name of names) assert.equal(logged(name).length, 1, `${name}: ${JSON.stringify(logged(name))}`);
    assert.deepEqual(other.unhandledRequests(), []);
  });
});
