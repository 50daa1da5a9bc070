import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CodeActionRequest, RegistrationRequest, type CodeAction } from 'vscode-languageserver-protocol/node';
import { decodeTokens, startServer, waitFor, type TestServer } from '../helpers/lspClient';
import { positionOf } from '../helpers/text';

// Invented articles on one story, written as .txt files in sub-folders that each workspace folder names in its own
// crosscheck.corpus.
const STORY = [
  'Velora ferry terminal opens\nPublished: 3 Apr. 2025\nMayor Anna Doe opened the Velora ferry terminal in Kessa Prefecture on Thursday.',
  'Crowds at new Velora terminal\nPublished: 3 Apr. 2025\nAnna Doe said the Velora terminal cost $12 million.',
  'Velora budget approved\nPublished: 1 Mar. 2025\nThe Velora council backed Mayor Anna Doe and her terminal plan.',
];

function hoverValue(hover: { contents: unknown } | null): string {
  const contents = hover?.contents as { value?: string } | undefined;
  return (contents?.value ?? '').replace(/\\/g, '');
}

describe('multi-root workspace: each folder’s own crosscheck.corpus', () => {
  let root: string;
  let server: TestServer;
  const folderA = () => path.join(root, 'desk-a');
  const folderB = () => path.join(root, 'desk-b');

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'crosscheck-multi-'));
    // desk-a keeps its articles in news/, desk-b in wire/; each folder's setting names only its own sub-folder.
    mkdirSync(path.join(folderA(), 'news'), { recursive: true });
    mkdirSync(path.join(folderA(), 'wire'), { recursive: true });
    mkdirSync(path.join(folderB(), 'wire'), { recursive: true });
    writeFileSync(path.join(folderA(), 'news', 'a1.txt'), STORY[0]);
    writeFileSync(path.join(folderA(), 'news', 'a2.txt'), STORY[1]);
    writeFileSync(path.join(folderA(), 'wire', 'not-in-a.txt'), STORY[2]);
    writeFileSync(path.join(folderB(), 'wire', 'b1.txt'), STORY[2]);
    server = await startServer({ corpus: ['*.article'] }, {
      workspaceFolders: [folderA(), folderB()],
      folderSettings: { [folderA()]: { corpus: ['news/*.txt'] }, [folderB()]: { corpus: ['wire/*.txt'] } },
    });
    await waitFor(() => (server.status && !server.status.indexing && server.status.articles > 0 ? true : undefined), 20_000, 'indexing');
  });

  after(async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('indexes news/ of the first folder and wire/ of the second, nothing else', () => {
    assert.equal(server.status?.articles, 3);
  });

  test('a hover in the first folder lists the article of the second', async () => {
    const uri = pathToFileURL(path.join(folderA(), 'news', 'a1.txt')).href;
    await server.open(uri, STORY[0]);
    const text = await waitFor(async () => {
      const value = hoverValue(await server.hover(uri, positionOf(STORY[0], 'Anna Doe').line, positionOf(STORY[0], 'Anna Doe').character));
      return value.includes('Velora budget approved') ? value : undefined;
    }, 10_000, 'a hover naming the article of desk-b');
    assert.ok(text.includes('Crowds at new Velora terminal'), text);
  });
});

describe('Restricted Mode (initializationOptions.restricted): the open article only', () => {
  let folder: string;
  let server: TestServer;
  const uri = () => pathToFileURL(path.join(folder, 'a.article')).href;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-restricted-'));
    writeFileSync(path.join(folder, 'a.article'), STORY[0]);
    writeFileSync(path.join(folder, 'b.article'), STORY[1]);
    server = await startServer({}, { workspaceFolder: folder, initializationOptions: { settings: {}, restricted: true } });
    await server.open(uri(), STORY[0]);
  });

  after(async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('highlights the open article with semantic tokens', async () => {
    const legend = server.initializeResult.capabilities.semanticTokensProvider!.legend;
    const pairs = await waitFor(async () => {
      const tokens = await server.semanticTokens(uri());
      return tokens && tokens.data.length > 0 ? decodeTokens(STORY[0], tokens.data, legend) : undefined;
    }, 10_000, 'semantic tokens');
    assert.ok(pairs.some(([text, type]) => text === 'Anna Doe' && type === 'person'), JSON.stringify(pairs));
  });

  test('never scans the folder: no indexing within the time a scan of two files takes', async () => {
    // Absence cannot be awaited; the same two files are indexed well within this bound when not restricted.
    const scanned = await waitFor(() => ((server.status?.total ?? 0) > 0 ? true : undefined), 3000, 'a scan').catch(() => false);
    assert.equal(scanned, false, JSON.stringify(server.status));
  });

  test('hovers name the entity, but no other article', async () => {
    const text = await waitFor(async () => {
      const value = hoverValue(await server.hover(uri(), positionOf(STORY[0], 'Anna Doe').line, positionOf(STORY[0], 'Anna Doe').character));
      return value.includes('Anna Doe') ? value : undefined;
    }, 10_000, 'a hover');
    assert.ok(!text.includes('Crowds at new Velora terminal'), text);
  });

  test('neither watches files nor offers an edit that writes crosscheck.json', async () => {
    // One registration, didChangeConfiguration's; a watched-files registration would be a second.
    assert.equal(server.requests.filter((m) => m === RegistrationRequest.method).length, 1);
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uri() },
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } },
      context: { diagnostics: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } }, message: 'x', source: 'crosscheck', code: 'name-variant' }] },
    })) as CodeAction[] | null;
    assert.deepEqual((actions ?? []).filter((action) => JSON.stringify(action).includes('crosscheck.json')), []);
  });
});
