import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import {
  CodeLensRequest,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  FileChangeType,
  HoverRequest,
  LSPErrorCodes,
  ReferencesRequest,
  WorkspaceSymbolRequest,
  type DocumentSymbol,
  type Location,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import { startServer, waitFor, type TestServer } from '../helpers/lspClient';
import { positionOf } from '../helpers/text';

// A small corpus written for these tests: three articles on one invented story, one plain .txt that the default
// corpus patterns leave out, and a file in a hidden folder.
const ARTICLES: Record<string, string> = {
  'harbour-a.article': 'Harbour bridge reopens after repairs\nPublished: 5 Mar. 2024\nMayor Ines Haldorsen reopened the Kestrel Bridge in Brightwater on Monday, after 14 months of repairs.',
  'harbour-b.article': 'Bridge reopening draws crowds\nPublished: 5 Mar. 2024\nThousands crossed the Kestrel Bridge on Monday. Haldorsen said the repairs cost $40 million.',
  'harbour-c.news': 'Council backs bridge budget\nPublished: 1 Feb. 2024\nThe Brightwater City Council backed Mayor Ines Haldorsen and her plan for the Kestrel Bridge.',
  'notes.txt': 'Mayor Ines Haldorsen wrote this note, which is not part of the corpus.',
};

function uriOf(folder: string, name: string): string {
  return pathToFileURL(path.join(folder, name)).href;
}

function hoverValue(hover: { contents: unknown } | null): string {
  const contents = hover?.contents as { value?: string } | undefined;
  return (contents?.value ?? '').replace(/\\/g, '');
}

describe('workspace index over stdio', () => {
  let folder: string;
  let server: TestServer;
  const a = () => uriOf(folder, 'harbour-a.article');
  const textA = ARTICLES['harbour-a.article'];

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-ws-'));
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(folder, name), text);
    server = await startServer({}, { workspaceFolder: folder });
    await waitFor(() => (server.status && !server.status.indexing && server.status.articles === 3 ? true : undefined), 20_000, 'indexing of 3 articles');
    await server.open(a(), textA);
  });

  after(async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
    assert.deepEqual(server.readerErrors, []);
  });

  test('indexes the files that match crosscheck.corpus, with progress', () => {
    assert.equal(server.status?.articles, 3, 'notes.txt is not an article by default');
    assert.ok(server.progressMessages.some((m) => /^Indexing \d+ \/ 3 articles$/.test(m)), JSON.stringify(server.progressMessages));
  });

  test('hover on a name lists the other articles that mention it, with headline, count, snippet and link', async () => {
    const at = positionOf(textA, 'Haldorsen reopened');
    const value = hoverValue(await server.hover(a(), at.line, at.character));
    // Name, kind and the titles seen with it on the card's first line.
    assert.match(value, /^\*\*Ines Haldorsen\*\* · person · Mayor\n/);
    assert.match(value, /mentioned in 2 other articles/);
    assert.match(value, /\[Bridge reopening draws crowds\]\(file:\/\/[^)]*harbour-b\.article#L3\) · 1 mention — “[^”]*Haldorsen said/);
    assert.match(value, /\[Council backs bridge budget\]\(file:\/\/[^)]*harbour-c\.news#L3\)/);
    assert.ok(!value.includes('notes.txt'));
  });

  test('hover on a date and a figure lists what other articles say', async () => {
    const monday = positionOf(textA, 'Monday');
    const dateHover = hoverValue(await server.hover(a(), monday.line, monday.character));
    assert.match(dateHover, /date · 2024-03-04 \(Monday\)/);
    assert.match(dateHover, /this date in 1 other article/);
    assert.match(dateHover, /\[Bridge reopening draws crowds\]\([^)]*\) · “Monday”/);
    const months = positionOf(textA, '14 months');
    assert.match(hoverValue(await server.hover(a(), months.line, months.character)), /duration · 14 · months/);
    const cost = positionOf(ARTICLES['harbour-b.article'], '$40 million');
    await server.open(uriOf(folder, 'harbour-b.article'), ARTICLES['harbour-b.article']);
    assert.match(hoverValue(await server.hover(uriOf(folder, 'harbour-b.article'), cost.line, cost.character)), /money · 40,000,000 · USD/);
    await server.close(uriOf(folder, 'harbour-b.article'));
  });

  test('definition goes to the first mention in the earliest article; references list every mention', async () => {
    const at = positionOf(textA, 'Haldorsen reopened');
    const definition = (await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: a() }, position: at })) as Location;
    assert.equal(definition.uri, uriOf(folder, 'harbour-c.news'), 'the council article was published first');
    assert.deepEqual(definition.range.start, { line: 2, character: 42 });
    const references = (await server.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: a() }, position: at, context: { includeDeclaration: true } })) as Location[];
    const files = references.map((r) => path.basename(new URL(r.uri).pathname)).sort();
    assert.deepEqual(files, ['harbour-a.article', 'harbour-b.article', 'harbour-c.news']);
    const highlights = await server.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: a() }, position: at });
    assert.equal(highlights?.length, 1);
  });

  test('document symbols group the article by kind; workspace symbols search the corpus fuzzily', async () => {
    const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: a() } })) as DocumentSymbol[];
    const outline = Object.fromEntries(symbols.map((s) => [s.name, (s.children ?? []).map((c) => c.name)]));
    assert.deepEqual(Object.keys(outline), ['People', 'Places', 'Dates', 'Figures'], JSON.stringify(outline));
    assert.deepEqual(outline.People, ['Ines Haldorsen']);
    assert.ok(outline.Places.includes('Brightwater'), JSON.stringify(outline));
    assert.ok(outline.Dates.includes('Monday'));
    assert.ok(outline.Figures.includes('14'));
    const found = (await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'hldrsn' })) as WorkspaceSymbol[];
    assert.equal(found[0]?.name, 'Ines Haldorsen');
  });

  test('the headline code lens counts the article’s names and the articles it shares them with', async () => {
    const lenses = await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: a() } });
    assert.equal(lenses?.length, 2);
    assert.equal(lenses![0].command?.title, '1 person · 2 places · 0 organisations · 2 other articles share names with it · story: 3 articles');
    assert.equal(lenses![0].command?.command, 'crosscheck.showReferences');
    // A client with a claims view (the VS Code extension declares crosscheck.openClaimsView) gets a lens that opens it.
    assert.match(lenses![1].command?.title ?? '', /^Claims view/);
    assert.deepEqual([lenses![1].command?.command, lenses![1].command?.arguments], ['crosscheck.openClaimsView', [a()]]);
  });

  test('follows files created, changed and deleted on disk', async () => {
    const at = positionOf(textA, 'Haldorsen reopened');
    const hover = async () => hoverValue(await server.hover(a(), at.line, at.character));
    const created = path.join(folder, 'harbour-d.article');
    writeFileSync(created, 'Mayor answers questions on bridge\nPublished: 5 Mar. 2024\nMayor Ines Haldorsen answered questions.');
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(created).href, type: FileChangeType.Created }] });
    await waitFor(async () => ((await hover()).includes('Mayor answers questions on bridge') ? true : undefined), 10_000, 'the new article in the hover');
    assert.equal(server.status?.articles, 4);

    const changed = path.join(folder, 'harbour-b.article');
    writeFileSync(changed, 'Bridge reopening draws crowds\nPublished: 5 Mar. 2024\nThousands crossed the Kestrel Bridge on Monday.');
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(changed).href, type: FileChangeType.Changed }] });
    await waitFor(async () => (!(await hover()).includes('Bridge reopening draws crowds') ? true : undefined), 10_000, 'the changed article to leave the hover');

    unlinkSync(created);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(created).href, type: FileChangeType.Deleted }] });
    await waitFor(async () => (!(await hover()).includes('Mayor answers questions') ? true : undefined), 10_000, 'the deleted article to leave the hover');
    assert.equal(server.status?.articles, 3);
  });

  test('a hover whose document is edited while it is answered gets ContentModified or its own range, never a stale one', async () => {
    const at = positionOf(textA, 'Haldorsen reopened');
    // The hover reads the other articles from disk, so the edit sent right after it arrives while it waits.
    const pending = server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: a() }, position: at });
    void server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: a(), version: 100 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Draft note\n' }],
    });
    // Whether the edit is read before the hover is done depends on whether the hover waited on the disk (texts the
    // server already holds need no wait): either the hover is refused as ContentModified, or it was answered for the
    // text it was asked about — its range covers the name in that text. The version check itself is tested
    // directly in test/engine/reliability.test.ts (defect 1).
    try {
      const answered = await pending;
      const range = answered?.range;
      assert.ok(range, 'a hover on a name has a range');
      const lines = textA.split('\n');
      assert.match(lines[range.start.line].slice(range.start.character, range.end.character), /Haldorsen/);
    } catch (error) {
      assert.equal((error as { code?: number }).code, LSPErrorCodes.ContentModified, String(error));
    }
    await server.change(a(), 101, [{ text: textA }]);
    const value = hoverValue(await server.hover(a(), at.line, at.character));
    assert.match(value, /\*\*Ines Haldorsen\*\* · person/);
  });
});
