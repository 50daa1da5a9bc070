import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { readGumDocument } from '../helpers/conllu';

// An invented two-sentence document in GUM's CoNLL-U form: "the Kessa Republic" with the minimal span "Kessa
// Republic" (positions 2,3), and "Anna Doe" whose minimal span is the whole mention.
const row = (i: number, form: string, upos: string, head: number, misc: string): string =>
  [i, form, form, upos, '_', '_', head, 'dep', '_', misc].join('\t');
const document = [
  '# newdoc id = invented',
  '# meta::dateCreated = 2020-01-02',
  '# text = Visitors reached the Kessa Republic.',
  row(1, 'Visitors', 'NOUN', 2, '_'),
  row(2, 'reached', 'VERB', 0, '_'),
  row(3, 'the', 'DET', 5, 'Entity=(1-place-new-sssss-cf1-2,3-coref-Kessa_Republic'),
  row(4, 'Kessa', 'PROPN', 5, '_'),
  row(5, 'Republic', 'PROPN', 2, 'Entity=1)|SpaceAfter=No'),
  row(6, '.', 'PUNCT', 2, '_'),
  '',
  '# text = Anna Doe spoke.',
  row(1, 'Anna', 'PROPN', 3, 'Entity=(2-person-new-sssss-cf1-1,2-coref-Anna_Doe'),
  row(2, 'Doe', 'PROPN', 1, 'Entity=2)'),
  row(3, 'spoke', 'VERB', 0, 'SpaceAfter=No'),
  row(4, '.', 'PUNCT', 3, '_'),
  '',
].join('\n');

test('conllu: GUM minimal spans are read from the minspan field', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gum-')), 'doc.conllu');
  writeFileSync(file, document);
  const doc = readGumDocument(file);
  const spans = doc.entities.map((e) => [e.kind, doc.text.slice(e.start, e.end), e.minimal ? doc.text.slice(e.minimal.start, e.minimal.end) : null]);
  assert.deepEqual(spans, [
    ['place', 'the Kessa Republic', 'Kessa Republic'],
    ['person', 'Anna Doe', 'Anna Doe'],
  ]);
});
