import * as assert from 'assert';
import * as vscode from 'vscode';
import { findSeed, hoverText, plain, positionOf, waitFor, workspaceFile } from './helpers';

async function openSeed(prefix: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(await findSeed(prefix));
  await vscode.window.showTextDocument(document);
  return document;
}

const fileOf = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

describe('Crosscheck across the corpus', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('hover on "Takaichi" in 003 lists the other articles that mention her', async () => {
    const document = await openSeed('003');
    const text = await waitFor('a hover listing 4 other articles', async () => {
      const hover = await hoverText(document, positionOf(document, 'Takaichi must'));
      return hover.includes('mentioned in 4 other articles') ? hover : undefined;
    });
    assert.ok(text.includes('Sanae Takaichi** · person'), text);
    assert.ok(text.includes('Prime Minister'), text);
    // Three of the four are listed (most mentions first), the fourth counted.
    const listed = ['Lee expresses desire to join trans', 'South Korean and Japanese leaders discuss trade pact', 'Lee Jae Myung Japan Summit 2026', 'Lee'].filter((headline) => text.includes(`[${headline}`));
    assert.ok(listed.length >= 3, `fewer than three headlines listed in ${text}`);
    assert.ok(text.includes('and 1 more'), text);
    assert.match(text, /\(file:\/\/[^)]+#L\d+\)/, 'each article links to a line');
  });

  it('finds every mention of CPTPP, acronym and expansion, in all five articles', async () => {
    const document = await openSeed('000');
    const locations = await waitFor('references in five articles', async () => {
      const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, positionOf(document, 'CPTPP'));
      return new Set(found.map((l) => fileOf(l.uri))).size === 5 ? found : undefined;
    });
    const texts = await Promise.all(locations.map(async (l) => (await vscode.workspace.openTextDocument(l.uri)).getText(l.range)));
    assert.ok(texts.includes('CPTPP'));
    assert.ok(texts.includes('Comprehensive and Progressive Agreement for Trans-Pacific Partnership'));
  });

  it('goes to the first mention in the corpus', async () => {
    const document = await openSeed('004');
    const definitions = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, positionOf(document, 'Kim'));
    assert.strictEqual(definitions.length, 1);
    const target = definitions[0] as vscode.Location;
    const text = (await vscode.workspace.openTextDocument(target.uri)).getText(target.range);
    assert.strictEqual(plain(text), 'Kim Jong-un');
  });

  it('shows the article’s entities in the Outline and finds entities with Go to Symbol in Workspace', async () => {
    const document = await openSeed('004');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const groups = Object.fromEntries(symbols.map((s) => [s.name, s.children.map((c) => plain(c.name))]));
    assert.ok(groups.People?.includes('Sanae Takaichi'), JSON.stringify(groups));
    assert.ok(groups.Places?.includes('Nara Prefecture') || groups.Places?.includes('Nara'), JSON.stringify(groups));
    assert.ok(groups.Dates?.includes('2013'));
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'takaich');
    assert.strictEqual(found[0]?.name, 'Sanae Takaichi');
  });

  it('summarises the article in a code lens over the headline, switchable by crosscheck.codeLens', async () => {
    const document = await openSeed('001');
    const lenses = await waitFor('a code lens counting other articles', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
      return found.length === 2 && /4 other articles share names with it · story: \d+ articles?$/.test(found[0].command?.title ?? '') ? found : undefined;
    });
    // The second lens opens the claims view on this article.
    assert.match(lenses[1].command!.title, /^Claims view/);
    assert.deepEqual([lenses[1].command!.command, lenses[1].command!.arguments], ['crosscheck.openClaimsView', [document.uri.toString()]]);
    assert.match(lenses[0].command!.title, /^\d+ people · \d+ places · \d+ organisations? · 4 other articles share names with it · story: \d+ articles?$/);
    // Clicking the lens runs the client's command with the server's arguments; it must accept them.
    await vscode.commands.executeCommand(lenses[0].command!.command, ...(lenses[0].command!.arguments ?? []));
    await vscode.commands.executeCommand('closeReferenceSearch');
    const config = vscode.workspace.getConfiguration('crosscheck');
    await config.update('codeLens', false, vscode.ConfigurationTarget.Global);
    try {
      await waitFor('code lenses to go', async () => ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri)).length === 0 ? true : undefined));
    } finally {
      await config.update('codeLens', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('follows an article added to and removed from the folder on disk', async () => {
    const document = await openSeed('003');
    const added = workspaceFile('seeds/900_added_by_test.txt');
    const headline = 'Envoys meet again as Takaichi hosts talks';
    await vscode.workspace.fs.writeFile(added, Buffer.from(`${headline}\nPrime Minister Sanae Takaichi hosted the envoys.\n`));
    // The card lists four articles, most mentions first, so the new one (one mention) is counted rather than listed.
    const count = async () => /mentioned in (\d+) other articles/.exec(await hoverText(document, positionOf(document, 'Takaichi must')))?.[1];
    try {
      await waitFor('the new article in the hover', async () => ((await count()) === '5' ? true : undefined));
    } finally {
      await vscode.workspace.fs.delete(added);
    }
    await waitFor('the deleted article to leave the hover', async () => ((await count()) === '4' ? true : undefined));
  });
});
