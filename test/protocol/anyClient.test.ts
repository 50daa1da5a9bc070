import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import {
  CodeActionRequest,
  CodeLensRequest,
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { startServer, waitFor, type TestServer } from '../helpers/lspClient';
import { positionOf, SEEDS } from '../helpers/text';

/** A folder with a copy of the seeds (plain .txt files, in the corpus only when the settings say so). */
function seedFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-any-'));
  for (const file of readdirSync(SEEDS)) copyFileSync(path.join(SEEDS, file), path.join(folder, file));
  return folder;
}

const seedName = (folder: string, prefix: string) => readdirSync(folder).find((f) => f.startsWith(prefix))!;
const INVENTED = 'Velora council backs harbour plan\nPublished: 4 Jun. 2024\nMayor Anna Doe of Velora backed the plan.';

describe('a client that declares no capabilities (settings only in initializationOptions)', () => {
  let folder: string;
  let server: TestServer;
  const uriOf = (prefix: string) => pathToFileURL(path.join(folder, seedName(folder, prefix))).href;

  before(async () => {
    folder = seedFolder();
    server = await startServer({}, { workspaceFolder: folder, capabilities: {}, initializationOptions: { settings: { corpus: ['*.txt'] } } });
    await waitFor(() => (server.status && !server.status.indexing && server.status.articles === 5 ? true : undefined), 20_000, 'indexing of the 5 seeds');
    await waitFor(() => ((server.diagnostics.get(uriOf('003')) ?? []).length > 0 ? true : undefined), 20_000, 'diagnostics for 003');
    await waitFor(() => ((server.diagnostics.get(uriOf('004')) ?? []).length > 0 ? true : undefined), 20_000, 'diagnostics for 004');
  });

  after(async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
    assert.deepEqual(server.readerErrors, []);
  });

  test('hover is plain text, with path:line references instead of links', async () => {
    const text = readFileSync(path.join(folder, seedName(folder, '004')), 'utf8');
    await server.open(uriOf('004'), text);
    const at = positionOf(text, 'Takaichi');
    const contents = (await server.hover(uriOf('004'), at.line, at.character))!.contents as MarkupContent;
    assert.equal(contents.kind, 'plaintext');
    assert.ok(!/\*\*|\]\(|\\/.test(contents.value), contents.value);
    assert.match(contents.value, /mentioned in 4 other articles/);
    assert.ok(contents.value.includes(`${path.join(folder, seedName(folder, '003'))}:`), contents.value);
  });

  test('the code lens command is one the server executes, and its answer is a message', async () => {
    const [lens] = (await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uriOf('004') } })) ?? [];
    assert.equal(lens.command?.command, 'crosscheck.listSharedMentions');
    const commands = server.initializeResult.capabilities.executeCommandProvider?.commands ?? [];
    assert.ok(commands.includes(lens.command!.command));
    await server.connection.sendRequest(ExecuteCommandRequest.type, { command: lens.command!.command, arguments: lens.command!.arguments });
    const message = await waitFor(() => server.shownMessages.find((m) => m.includes('share names with')), 5000, 'the shared-mentions message');
    assert.match(message, new RegExp(`${seedName(folder, '003').replace('.', '\\.')}:\\d+\\)`));
  });

  test('opening an article sends its diagnostics again, for clients that drop those of unopened files', async () => {
    const before = server.published.filter((uri) => uri === uriOf('003')).length;
    assert.ok(before > 0, 'published while indexing');
    await server.open(uriOf('003'), readFileSync(path.join(folder, seedName(folder, '003')), 'utf8'));
    await waitFor(() => (server.published.filter((uri) => uri === uriOf('003')).length > before ? true : undefined), 5000, 'diagnostics again on open');
  });

  test('without file creation, no quick fix offers to create crosscheck.json', async () => {
    const diagnostics = await waitFor(() => server.diagnostics.get(uriOf('003'))?.filter((d) => d.code === 'name-variant'), 10_000, 'a name variant');
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uriOf('003') },
      range: diagnostics[0].range,
      context: { diagnostics },
    })) as CodeAction[];
    assert.ok(actions.some((a) => a.title.startsWith('Use ')), 'the respelling fix is still offered');
    assert.deepEqual(actions.filter((a) => JSON.stringify(a.edit ?? {}).includes('"create"')), []);
  });

  test('the server watches the folder itself: new, deleted and configuration files are seen', async () => {
    const extra = path.join(folder, '005_velora.txt');
    writeFileSync(extra, INVENTED);
    await waitFor(() => (server.status?.articles === 6 ? true : undefined), 10_000, 'the new article');
    unlinkSync(extra);
    await waitFor(() => (server.status?.articles === 5 ? true : undefined), 10_000, 'the deleted article gone');
    const has = (rule: string) => (server.diagnostics.get(uriOf('004')) ?? []).some((d: Diagnostic) => d.code === rule);
    assert.ok(has('ordinal-conflict'));
    writeFileSync(path.join(folder, 'crosscheck.json'), '{ "rules": { "ordinal-conflict": "off" } }\n');
    await waitFor(() => (has('ordinal-conflict') ? undefined : true), 10_000, 'crosscheck.json turning the rule off');
  });

  test('the server sent no request at all: the client offered to handle none', () => {
    assert.deepEqual(server.requests, []);
  });
});

describe('settings: initializationOptions are kept when the client has nothing for "crosscheck"', () => {
  let folder: string;
  before(() => {
    folder = seedFolder();
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const indexed = (server: TestServer, n: number) =>
    waitFor(() => (server.status && !server.status.indexing && server.status.articles === n ? true : undefined), 20_000, `${n} articles`);
  /** Resolves if the corpus size leaves `n` within the time given, rejects if it stays. */
  const leaves = (server: TestServer, n: number) => waitFor(() => (server.status?.articles !== n ? true : undefined), 1500, `a corpus other than ${n}`);

  test('a client answering workspace/configuration with null (Neovim, Eglot) keeps them, also after didChangeConfiguration', async () => {
    const server = await startServer({}, {
      workspaceFolder: folder,
      clientInfo: { name: 'Neovim', version: '0.7.2' },
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } } },
      initializationOptions: { settings: { corpus: ['*.txt'] } },
    });
    try {
      server.settings = null as unknown as Record<string, unknown>;
      await indexed(server, 5);
      const asked = server.requests.length;
      await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
      await waitFor(() => (server.requests.length > asked ? true : undefined), 5000, 'the server asking for the configuration again');
      await assert.rejects(leaves(server, 5));
      assert.deepEqual([...new Set(server.requests)], ['workspace/configuration']);
      assert.deepEqual(server.unhandledRequests(), []);
    } finally {
      await server.stop();
    }
  });

  test('a client without workspace/configuration may push the section; a push without it changes nothing', async () => {
    const server = await startServer({}, { workspaceFolder: folder, capabilities: {}, initializationOptions: { settings: { corpus: ['*.txt'] } } });
    try {
      await indexed(server, 5);
      await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { other: { x: 1 } } });
      await assert.rejects(leaves(server, 5));
      await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { crosscheck: { corpus: ['00[0-2]*.txt'] } } });
      await indexed(server, 3);
      assert.deepEqual(server.requests, []);
    } finally {
      await server.stop();
    }
  });
});

test('an invalid value in initializationOptions.settings is told to the user, and its default kept', async () => {
  const folder = seedFolder();
  const server = await startServer({}, { workspaceFolder: folder, capabilities: {}, initializationOptions: { settings: { corpus: ['*.txt'], stories: 'sometimes' } } });
  try {
    const message = await waitFor(() => server.shownMessages.find((m) => m.includes('stories')), 10_000, 'the message');
    assert.equal(message, 'Crosscheck: crosscheck.stories must be one of auto, folder, corpus; using auto');
    await waitFor(() => (server.status && !server.status.indexing && server.status.articles === 5 ? true : undefined), 20_000, 'the valid corpus kept');
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});

describe('Markdown hovers for clients other than VS Code', () => {
  test('links are plain file:// URIs, the line written beside them; VS Code gets #L anchors', async () => {
    const folder = seedFolder();
    const capabilities: ClientCapabilities = { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } };
    const hoverIn = async (clientName: string): Promise<string> => {
      const server = await startServer({}, { workspaceFolder: folder, capabilities, clientInfo: { name: clientName }, initializationOptions: { settings: { corpus: ['*.txt'] } } });
      try {
        await waitFor(() => (server.status && !server.status.indexing && server.status.articles === 5 ? true : undefined), 20_000, 'indexing');
        const uri = pathToFileURL(path.join(folder, seedName(folder, '004'))).href;
        const text = readFileSync(path.join(folder, seedName(folder, '004')), 'utf8');
        await server.open(uri, text);
        const at = positionOf(text, 'Takaichi');
        const contents = (await server.hover(uri, at.line, at.character))!.contents as MarkupContent;
        assert.equal(contents.kind, 'markdown');
        return contents.value;
      } finally {
        await server.stop();
      }
    };
    try {
      const target = `${pathToFileURL(path.join(folder, seedName(folder, '003'))).href}`;
      const neovim = await hoverIn('Neovim');
      assert.ok(neovim.includes(`](${target}) (line `), neovim);
      assert.ok(!neovim.includes('#L'), neovim);
      const vscode = await hoverIn('Visual Studio Code');
      assert.match(vscode, new RegExp(`\\]\\(${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#L\\d+\\)`));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
