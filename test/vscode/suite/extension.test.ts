import * as assert from 'assert';
import * as vscode from 'vscode';
import { findSeed, hoverText, plain, positionOf, semanticTokenPairs, waitFor, workspaceFile } from './helpers';

const EXTENSION_ID = 'crosscheck.crosscheck';

async function openSeed(prefix: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(await findSeed(prefix));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Tokens once the server has answered with some (it starts with the first article). */
async function tokensOf(document: vscode.TextDocument): Promise<Array<[string, string]>> {
  return waitFor(`semantic tokens for ${document.uri.path}`, async () => {
    const pairs = await semanticTokenPairs(document);
    return pairs.length > 0 ? pairs : undefined;
  });
}

describe('Crosscheck in VS Code', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens the seed articles as News Articles and activates', async () => {
    const document = await openSeed('004');
    assert.strictEqual(document.languageId, 'article');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
    await waitFor('the extension to activate', () => (extension.isActive ? true : undefined));
  });

  it('highlights people, places, dates and figures with semantic tokens', async () => {
    const document = await openSeed('004');
    const pairs = (await tokensOf(document)).map(([text, type]) => `${type}: ${plain(text)}`);
    for (const expected of [
      'person: Lee Jae Myung', 'person: Sanae Takaichi', 'person: Wi Sung-lac', 'person: Kim Jong-un',
      'place: Nara Prefecture', 'date: 2013', 'date: 1942', 'figure: eight', 'figure: third',
    ]) {
      assert.ok(pairs.includes(expected), `missing "${expected}" in ${JSON.stringify(pairs)}`);
    }
  });

  it('shows the kind and normalised value on hover', async () => {
    const seed004 = await openSeed('004');
    await tokensOf(seed004);
    const cases: Array<[vscode.TextDocument, string, string]> = [
      [seed004, 'Takaichi signalling', 'Sanae Takaichi** · person'],
      [seed004, 'third face', 'ordinal · 3 · face-to-face encounter'],
      [seed004, '2013', 'date · 2013'],
    ];
    const seed000 = await openSeed('000');
    cases.push([seed000, 'Wednesday', 'date · 2026-01-14 (Wednesday)']);
    for (const [document, needle, expected] of cases) {
      const text = await waitFor(`hover on "${needle}"`, async () => {
        const hover = await hoverText(document, positionOf(document, needle));
        return hover.includes(expected) ? hover : undefined;
      });
      assert.ok(text.includes(expected));
    }
  });

  it('leaves other .txt files as plain text', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('notes/LICENSE.txt'));
    assert.strictEqual(document.languageId, 'plaintext');
  });

  it('annotates an unsaved, untitled article', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'article',
      content: 'Bridge reopens\nMayor Ana Ruiz reopened the bridge in Lisbon on Tuesday with 12 engineers.',
    });
    await vscode.window.showTextDocument(document);
    const pairs = (await tokensOf(document)).map(([text, type]) => `${type}: ${text}`);
    assert.ok(pairs.includes('person: Ana Ruiz'), JSON.stringify(pairs));
    assert.ok(pairs.includes('place: Lisbon'), JSON.stringify(pairs));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('honours crosscheck.semanticHighlighting', async () => {
    const document = await openSeed('003');
    await tokensOf(document);
    const config = vscode.workspace.getConfiguration('crosscheck');
    await config.update('semanticHighlighting', false, vscode.ConfigurationTarget.Global);
    try {
      await waitFor('highlighting to switch off', async () => ((await semanticTokenPairs(document)).length === 0 ? true : undefined));
    } finally {
      await config.update('semanticHighlighting', undefined, vscode.ConfigurationTarget.Global);
    }
    await tokensOf(document);
  });

  it('restarts the server on command and keeps answering', async () => {
    const document = await openSeed('001');
    await tokensOf(document);
    await vscode.commands.executeCommand('crosscheck.restartServer');
    const pairs = await tokensOf(document);
    assert.ok(pairs.some(([, type]) => type === 'person'));
  });

  it('maps .txt files under an articles folder with README\'s files.associations example', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('articles/world/karlin.txt'));
    assert.strictEqual(document.languageId, 'article');
    const plainText = await vscode.workspace.openTextDocument(workspaceFile('notes/LICENSE.txt'));
    assert.strictEqual(plainText.languageId, 'plaintext');
  });

  it('says when an article is outside crosscheck.corpus, and its action adds the article\'s folder', async () => {
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { corpusState(d: vscode.TextDocument): { kind: string; pattern?: string } };
    const opened = await vscode.workspace.openTextDocument(workspaceFile('drafts/velora.txt'));
    const document = await vscode.languages.setTextDocumentLanguage(opened, 'article');
    await vscode.window.showTextDocument(document);
    assert.deepStrictEqual(api.corpusState(document), { kind: 'out', folder: vscode.workspace.getWorkspaceFolder(document.uri), pattern: 'drafts/**/*.txt' });
    const config = vscode.workspace.getConfiguration('crosscheck');
    const before = config.inspect<string[]>('corpus')?.workspaceValue;
    try {
      await vscode.commands.executeCommand('crosscheck.addToCorpus');
      assert.deepStrictEqual(vscode.workspace.getConfiguration('crosscheck').get<string[]>('corpus'), [...(before ?? []), 'drafts/**/*.txt']);
      assert.deepStrictEqual(api.corpusState(document), { kind: 'in' });
    } finally {
      await config.update('corpus', before, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('contributes and registers "Crosscheck: Show Skipped Files"', async () => {
    const contributed = (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: Array<{ command: string; title: string }> } }).contributes.commands;
    assert.ok(contributed.some((c) => c.command === 'crosscheck.showSkippedFiles' && c.title === 'Show Skipped Files'));
    assert.ok((await vscode.commands.getCommands(true)).includes('crosscheck.showSkippedFiles'));
  });
});
