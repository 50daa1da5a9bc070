// Issue 12, defect 3 over the protocol: thirty articles disagreeing on one toll give diagnostics with at most 20
// related locations, a "List all N related sources" code action, and a command that lists them all.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CodeActionRequest, ExecuteCommandRequest, type CodeAction } from 'vscode-languageserver-protocol/node';
import { startServer, waitFor, type TestServer } from '../helpers/lspClient';

const SOURCES = 30;
const articleText = (i: number) => `Velora mine collapse\nPublished: 2024-03-02\nThe collapse at the Karlin mine killed ${10 + i} miners, Mayor Anna Doe said.`;

describe('related spans of a finding are capped over stdio', () => {
  let folder: string;
  let server: TestServer;
  const uriOf = (i: number) => pathToFileURL(path.join(folder, `mine-${i}.article`)).href;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-related-'));
    for (let i = 0; i < SOURCES; i++) writeFileSync(path.join(folder, `mine-${i}.article`), articleText(i));
    server = await startServer({}, { workspaceFolder: folder });
    await waitFor(() => ((server.diagnostics.get(uriOf(SOURCES - 1)) ?? []).length > 0 ? true : undefined), 30_000, 'diagnostics for the last article');
  });

  after(async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
    assert.deepEqual(server.readerErrors, []);
  });

  test('at most 20 related locations, a code action that lists them all, and the command answering with every source', async () => {
    const all = [...server.diagnostics.values()].flat().filter((d) => d.code === 'figure-conflict');
    assert.ok(all.length > 0);
    for (const d of all) assert.ok((d.relatedInformation?.length ?? 0) <= 20, `${d.relatedInformation?.length} related`);
    const uri = [...server.diagnostics.entries()].find(([, list]) => list.some((d) => (d.data as { related?: unknown })?.related))?.[0];
    assert.ok(uri, 'a diagnostic says it has more related sources than it shows');
    await server.open(uri, articleText(Number(/mine-(\d+)/.exec(uri)![1])));
    const diagnostic = server.diagnostics.get(uri)!.find((d) => (d.data as { related?: unknown })?.related)!;
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    const list = actions.find((a) => /^List all \d+ related sources$/.test(a.title));
    assert.ok(list?.command, JSON.stringify(actions.map((a) => a.title)));
    const total = Number(/\d+/.exec(list.title)![0]);
    assert.ok(total > 20);
    const listed = (await server.connection.sendRequest(ExecuteCommandRequest.type, { command: list.command.command, arguments: list.command.arguments })) as unknown[];
    assert.equal(listed.length, total);
    await server.close(uri);
  });
});
