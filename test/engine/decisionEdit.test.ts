import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, parse } from 'jsonc-parser';
import type { TextEdit } from 'vscode-languageserver';
import { decisionEdit } from '../../server/src/features/codeActions';
import { lineStarts } from '../../server/src/engine/text/lineIndex';

const uri = 'file:///work/crosscheck.json';

/** Applies an edit's text edits to the text (offsets from LSP positions). */
function applied(text: string, edits: TextEdit[]): string {
  const starts = lineStarts(text);
  const offset = (p: { line: number; character: number }) => starts[p.line] + p.character;
  return applyEdits(text, edits.map((e) => ({ offset: offset(e.range.start), length: offset(e.range.end) - offset(e.range.start), content: e.newText })));
}

const finding = { rule: 'figure-conflict', file: 'a.txt', text: '14' };

test('a decision is added to crosscheck.json, keeping its comments', () => {
  const text = '{\n  // Settings of the Velora desk.\n  "rules": { "single-source": "on" }\n}\n';
  const edit = decisionEdit({ uri, text, relativePath: 'a.txt' }, { ...finding, decision: 'confirmed', note: 'Minutes say 15.' });
  const result = applied(text, edit.changes![uri]);
  assert.match(result, /\/\/ Settings of the Velora desk\./);
  assert.deepEqual(parse(result).decisions, [{ ...finding, decision: 'confirmed', note: 'Minutes say 15.' }]);
});

test('a new decision on the same finding replaces the old one; others stay', () => {
  const other = { rule: 'name-variant', file: 'b.txt', text: 'Karlin', decision: 'noted' };
  const text = JSON.stringify({ decisions: [{ ...finding, decision: 'confirmed' }, other] }, null, 2);
  const edit = decisionEdit({ uri, text, relativePath: 'a.txt' }, { ...finding, decision: 'dismissed' });
  assert.deepEqual(parse(applied(text, edit.changes![uri])).decisions, [{ ...finding, decision: 'dismissed' }, other]);
});

test('without crosscheck.json, the edit creates it with the decision', () => {
  const edit = decisionEdit({ uri, text: null, relativePath: 'a.txt' }, { ...finding, decision: 'dismissed' });
  const changes = edit.documentChanges!;
  assert.equal((changes[0] as { kind: string }).kind, 'create');
  assert.deepEqual(JSON.parse((changes[1] as { edits: TextEdit[] }).edits[0].newText), { decisions: [{ ...finding, decision: 'dismissed' }] });
});
