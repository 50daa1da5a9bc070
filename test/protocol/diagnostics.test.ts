import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import {
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  ExecuteCommandRequest,
  FileChangeType,
  InlayHintRequest,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { decodeTokens, startServer, waitFor, type TestServer } from '../helpers/lspClient';
import { positionOf, readSeed, SEEDS } from '../helpers/text';

/** A diagnostic's message as text (LSP 3.18 allows Markdown content too). */
const text = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

describe('disagreements as diagnostics over stdio', () => {
  let folder: string;
  let server: TestServer;
  const uriOf = (prefix: string) => pathToFileURL(path.join(folder, readdirSync(folder).find((f) => f.startsWith(prefix))!)).href;
  const diagnosticsOf = (prefix: string): Diagnostic[] => server.diagnostics.get(uriOf(prefix)) ?? [];

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-diag-'));
    for (const file of readdirSync(SEEDS)) copyFileSync(path.join(SEEDS, file), path.join(folder, file));
    server = await startServer({ corpus: ['*.txt'] }, { workspaceFolder: folder });
    await waitFor(() => (diagnosticsOf('004').length > 0 ? true : undefined), 20_000, 'diagnostics for 004');
  });

  after(async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
    assert.deepEqual(server.readerErrors, []);
  });

  test('the meeting count and the spelling disagreements are published with related information', () => {
    const ordinal = diagnosticsOf('004').find((d) => d.code === 'ordinal-conflict')!;
    assert.equal(ordinal.source, 'crosscheck');
    assert.equal(ordinal.severity, 2);
    assert.match(text(ordinal), /^Meeting count differs: this article says “third face‑to‑face encounter”; “Lee, Takaichi must advance stalled South…”, 2026-01-14 says “their second meeting”$/);
    assert.equal(ordinal.relatedInformation?.length, 1);
    assert.equal(ordinal.relatedInformation![0].location.uri, uriOf('003'));
    const variant = diagnosticsOf('003').find((d) => d.code === 'name-variant')!;
    assert.match(text(variant), /“Josai”.*“Chosei”/);
    assert.deepEqual(diagnosticsOf('001'), [], 'the agreeing articles have no findings');
    assert.ok(!diagnosticsOf('002').some((d) => d.severity! <= 2), '002 never has more than information');
  });

  test('disputed figures carry the disputed modifier in semantic tokens', async () => {
    const seed = readSeed('004');
    await server.open(uriOf('004'), seed.text);
    const tokens = await server.semanticTokens(uriOf('004'));
    const legend = server.initializeResult.capabilities.semanticTokensProvider!.legend;
    const pairs = decodeTokens(seed.text, tokens!.data, legend);
    const third = pairs.findIndex(([text]) => text === 'third');
    assert.ok(third >= 0);
    assert.equal(tokens!.data[third * 5 + 4], 1 << legend.tokenModifiers.indexOf('disputed'));
  });

  test('hovering a disputed figure shows what each article says', async () => {
    const seed = readSeed('004');
    await server.open(uriOf('004'), seed.text);
    const at = positionOf(seed.text, 'third face');
    const hover = await server.hover(uriOf('004'), at.line, at.character);
    const value = ((hover?.contents as { value: string }).value ?? '').replace(/\\/g, '');
    assert.match(value, /\*\*disputed\*\* — Meeting count differs/);
    assert.match(value, /\| source \| says \| published \|/);
    assert.match(value, /\| this article \| third \| — \|/);
    assert.match(value, /\| Lee, Takaichi must advance stalled South Korea-Japan ties \| “their second meeting” \| 2026-01-14 \|/);
  });

  test('a quick fix respells the variant; another adds the finding to crosscheck.json', async () => {
    const seed = readSeed('003');
    await server.open(uriOf('003'), seed.text);
    const variant = diagnosticsOf('003').find((d) => d.code === 'name-variant')!;
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uriOf('003') }, range: variant.range, context: { diagnostics: [variant] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.title.startsWith("Use 'Chosei'"))!;
    assert.equal(fix.title, "Use 'Chosei' (1 article)");
    const edits = fix.edit!.changes![uriOf('003')] as TextEdit[];
    assert.deepEqual(edits.map((e) => e.newText), ['Chosei']);
    assert.deepEqual(edits[0].range, variant.range);
    const ignore = actions.find((a) => a.title.startsWith('Ignore this finding'))!;
    const create = ignore.edit!.documentChanges!;
    assert.equal((create[0] as { kind: string }).kind, 'create');
    const content = (create[1] as { edits: TextEdit[] }).edits[0].newText;
    assert.deepEqual(JSON.parse(content), { ignore: [{ rule: 'name-variant', file: path.basename(new URL(uriOf('003')).pathname), text: 'Josai' }] });
  });

  test('crosscheck.json on disk hides findings, and its problems are reported on their line', async () => {
    const config = path.join(folder, 'crosscheck.json');
    writeFileSync(config, '{\n  "rules": { "name-variant": "off", "ordinal-conflict": "loud" }\n}\n');
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).href, type: FileChangeType.Created }] });
    await waitFor(() => (!diagnosticsOf('003').some((d) => d.code === 'name-variant') ? true : undefined), 10_000, 'name-variant to be switched off');
    const problems = server.diagnostics.get(pathToFileURL(config).href) ?? [];
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range.start.line, 1);
    assert.match(text(problems[0]), /rule "ordinal-conflict" must be "off", "on" or a severity/);
    assert.ok(diagnosticsOf('003').some((d) => d.code === 'ordinal-conflict' && d.severity === 2), 'the invalid value keeps the default');
    rmSync(config);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).href, type: FileChangeType.Deleted }] });
    await waitFor(() => (diagnosticsOf('003').some((d) => d.code === 'name-variant') ? true : undefined), 10_000, 'name-variant to come back');
  });

  test('decisions: code actions record them, a dismissed finding leaves and a confirmed one shows its note', async () => {
    const seed = readSeed('003');
    await server.open(uriOf('003'), seed.text);
    const ordinal = diagnosticsOf('003').find((d) => d.code === 'ordinal-conflict')!;
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uriOf('003') }, range: ordinal.range, context: { diagnostics: [ordinal] },
    })) as CodeAction[];
    const dismiss = actions.find((a) => a.title.startsWith('Dismiss this finding'))!;
    const created = (dismiss.edit!.documentChanges![1] as { edits: TextEdit[] }).edits[0].newText;
    const file3 = path.basename(new URL(uriOf('003')).pathname);
    const file4 = path.basename(new URL(uriOf('004')).pathname);
    assert.deepEqual(JSON.parse(created), { decisions: [{ rule: 'ordinal-conflict', file: file3, text: 'second', decision: 'dismissed' }] });
    // The client declared crosscheck.decideWithNote (as VS Code does): it is offered the decision with a note.
    const withNote = actions.find((a) => a.command?.command === 'crosscheck.decideWithNote')!;
    assert.deepEqual(withNote.command!.arguments, [{ rule: 'ordinal-conflict', file: file3, text: 'second' }]);
    const config = path.join(folder, 'crosscheck.json');
    writeFileSync(config, `${JSON.stringify({ decisions: [
      { rule: 'ordinal-conflict', file: file3, text: 'second', decision: 'dismissed' },
      { rule: 'ordinal-conflict', file: file4, text: 'third', decision: 'confirmed', note: 'Checked with the ministry.' },
    ] }, null, 2)}\n`);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).href, type: FileChangeType.Created }] });
    await waitFor(() => (!diagnosticsOf('003').some((d) => d.code === 'ordinal-conflict') ? true : undefined), 10_000, 'the dismissed finding to leave');
    const confirmed = diagnosticsOf('004').find((d) => d.code === 'ordinal-conflict')!;
    assert.match(text(confirmed), /confirmed as an error: Checked with the ministry\.$/);
    // The server computes the edit for a decision with a note; the client applies it.
    const edit = await server.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'crosscheck.recordDecision', arguments: [{ rule: 'ordinal-conflict', file: file3, text: 'second' }, 'noted', 'Asked the desk.'],
    }) as { changes: Record<string, TextEdit[]> };
    assert.match(edit.changes[pathToFileURL(config).href].map((e) => e.newText).join(''), /"decision": "noted",\s*"note": "Asked the desk\."/);
    rmSync(config);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).href, type: FileChangeType.Deleted }] });
    await waitFor(() => (diagnosticsOf('003').some((d) => d.code === 'ordinal-conflict') ? true : undefined), 10_000, 'the finding to come back');
  });

  test('the story of 003 dates its events: date cells carry what they resolve to', async () => {
    const story = await server.connection.sendRequest<{ rows: Array<{ kind: string; cells: Array<{ uri: string; text: string; resolved?: string }> }> } | null>('crosscheck/story', { uri: uriOf('003') });
    const dates = (story?.rows ?? []).filter((row) => row.kind === 'date').flatMap((row) => row.cells);
    assert.ok(dates.some((cell) => cell.uri === uriOf('003') && cell.text === 'Jan. 13' && cell.resolved === '2026-01-13'), JSON.stringify(dates));
  });

  test('editing one article changes another article’s diagnostics', async () => {
    const seed = readSeed('003');
    const at = positionOf(seed.text, 'second meeting', 0, 0);
    await server.change(uriOf('003'), 2, [{ range: { start: at, end: { line: at.line, character: at.character + 6 } }, text: 'third' }]);
    await waitFor(() => (!diagnosticsOf('004').some((d) => d.code === 'ordinal-conflict') ? true : undefined), 10_000, '004 to lose its ordinal conflict');
    await server.change(uriOf('003'), 3, [{ range: { start: at, end: { line: at.line, character: at.character + 5 } }, text: 'second' }]);
    await waitFor(() => (diagnosticsOf('004').some((d) => d.code === 'ordinal-conflict') ? true : undefined), 10_000, '004 to get it back');
  });

  test('inlay hints show resolved relative dates', async () => {
    const seed = readSeed('000');
    await server.open(uriOf('000'), seed.text);
    const hints = await server.connection.sendRequest(InlayHintRequest.type, {
      textDocument: { uri: uriOf('000') }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
    });
    const labels = (hints ?? []).map((h) => h.label);
    assert.ok(labels.includes('▸ 2026-01-14'), JSON.stringify(labels));
    assert.ok(labels.includes('▸ 2026-01-13'), 'the previous day');
  });
});
