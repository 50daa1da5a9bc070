import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../server/src/engine/analyze';
import { AnalysisCompactor, PACKED_FIELDS } from '../../server/src/engine/corpus/compactAnalyses';
import { defaultConfig } from '../../server/src/engine/config';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { runRules } from '../../server/src/engine/rules/runRules';
import { Packer, PackingTable, packValue, unpackValue } from '../../server/src/engine/text/packedValues';
import type { ArticleAnalysis } from '../../server/src/engine/types';

const bare = (entries: Record<string, number>): Record<string, number> => Object.assign(Object.create(null) as Record<string, number>, entries);

// Values as analyses hold them: each must come back equal (deepStrictEqual compares prototypes, -0 and NaN too).
const values: Array<[string, unknown]> = [
  ['small integers, negative ones too', [0, 1, -1, 42, -7, 268_435_455, -268_435_455]],
  ['integers past 28 bits and fractions', [268_435_456, -268_435_456, 2 ** 40, 0.5, -3.25, 1e-9]],
  ['-0, NaN and infinities', [-0, NaN, Infinity, -Infinity]],
  ['strings, empty and non-ASCII', ['', 'Velora', 'Hōryū‑ji', 'Anna\u202fDoe', 'Velora']],
  ['null, undefined and booleans', [null, undefined, true, false]],
  ['objects keep their keys in order, undefined ones too', { start: 3, end: 9, text: 'Karlin', kind: null, part: undefined, open: false }],
  ['objects of one shape', [{ a: 1, b: 'x' }, { a: 2, b: 'y' }, { a: 3, b: 'x' }]],
  ['nested arrays and objects', { tokens: [{ text: 'Anna', key: 'anna' }, { text: 'Doe', key: 'doe' }], particles: [], headNouns: [['coal', 'mine']] }],
  ['a lookup table without a prototype keeps none', bare({ constructor: 2, river: 1, toString: 3 })],
  ['many keys carried inline', Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`word${i}`, i]))],
  ['integer-like keys', { '2019': 1, b: 2, '7': 3 }],
  ['an empty object and an empty array', [{}, []]],
];

for (const [name, value] of values) {
  test(`packed values: ${name}`, () => {
    const table = new PackingTable();
    const packed = packValue(value, table);
    assert.ok(packed);
    const unpacked = unpackValue(packed, table);
    assert.deepStrictEqual(unpacked, value);
    assert.deepStrictEqual(Object.keys(unpacked as object), Object.keys(value as object));
  });
}

test('packed values: an array shared by two places is shared again after unpacking', () => {
  const context = ['river', 'flood'];
  const table = new PackingTable();
  const unpacked = unpackValue(packValue([{ context }, { context }], table)!, table) as Array<{ context: string[] }>;
  assert.deepStrictEqual(unpacked[0].context, context);
  assert.equal(unpacked[0].context, unpacked[1].context);
});

test('packed values: strings and key lists are held once per table, whatever the number of values', () => {
  const table = new PackingTable();
  packValue([{ text: 'Velora', key: 'velora' }], table);
  packValue([{ text: 'Velora', key: 'velora' }, { text: 'Karlin', key: 'karlin' }], table);
  assert.equal(table.size, 4);
});

test('packed values: what is not plain data is not packed', () => {
  const table = new PackingTable();
  for (const value of [new Map([['a', 1]]), [() => 1], { when: new Date(0) }, [1n]]) assert.equal(packValue(value, table), null);
});

test('packed values: several values in one list of slots, each read from where it starts; a value that cannot be packed leaves nothing', () => {
  const table = new PackingTable();
  const packer = new Packer(table);
  const first = packer.add([{ low: -Infinity, high: 2.5 }]);
  assert.equal(packer.add([new Map()]), -1);
  const second = packer.add({ words: ['a', 'b'], count: 2 ** 40 });
  const packed = packer.finish();
  assert.deepStrictEqual(unpackValue(packed, table, first), [{ low: -Infinity, high: 2.5 }]);
  assert.deepStrictEqual(unpackValue(packed, table, second), { words: ['a', 'b'], count: 2 ** 40 });
});

const articles = [
  'Velora council approves schools\nPublished: 2026-03-03\n\nVELORA, March 3 (Kessa News) - The Velora council approved 14 new schools on Monday, Mayor Anna Doe said. "We need them," Doe told reporters. The Regional Transit Authority (RTA) agreed.',
  'Council backs 15 schools\nPublished: 2026-03-04\n\nMayor Anna Doe of Velora said on Monday that the council had approved 15 new schools, according to the ministry. About 30 people attended.',
];

test('a compact analysis reads equal to the analysis it was, field by field, with the same keys in the same order', () => {
  const compactor = new AnalysisCompactor();
  for (const text of articles) {
    const given = analyzeArticle(text);
    // The same text analysed again: analysis is pure, so this is what the compact analysis must read as.
    const before = analyzeArticle(text);
    const analysis = compactor.compact(given);
    assert.ok(compactor.isCompact(analysis));
    assert.equal(compactor.compact(given), analysis);
    assert.equal(compactor.compact(analysis), analysis);
    assert.deepStrictEqual(Object.keys(analysis), Object.keys(before));
    for (const field of PACKED_FIELDS) {
      assert.equal(Object.getOwnPropertyDescriptor(analysis, field)?.get !== undefined, true, `${field} is packed`);
      assert.deepStrictEqual(analysis[field], before[field], field);
    }
    assert.deepStrictEqual(structuredClone(analysis), structuredClone(before));
  }
});

test('a field assigned after compaction keeps the value assigned', () => {
  const compactor = new AnalysisCompactor();
  const analysis = compactor.compact(analyzeArticle(articles[0]));
  analysis.roles = [];
  assert.deepStrictEqual(analysis.roles, []);
});

test('a corpus compacts what it holds: findings equal those over plain analyses', () => {
  const plain: ArticleAnalysis[] = articles.map((text) => analyzeArticle(text));
  const corpus = new Corpus();
  articles.forEach((text, i) => corpus.set(`a${i}.txt`, analyzeArticle(text)));
  assert.ok(PACKED_FIELDS.every((field) => Object.getOwnPropertyDescriptor(corpus.get('a0.txt'), field)?.get));
  const reference = new Corpus();
  // The reference corpus holds analyses whose fields were defined as data again after compaction.
  plain.forEach((analysis, i) => {
    reference.set(`a${i}.txt`, analysis);
    const held = reference.get(`a${i}.txt`)!;
    for (const field of PACKED_FIELDS) (held as unknown as Record<string, unknown>)[field] = structuredClone(held[field]);
    assert.ok(PACKED_FIELDS.every((field) => Object.getOwnPropertyDescriptor(held, field)?.get === undefined));
  });
  const strip = (findings: unknown) => JSON.parse(JSON.stringify(findings)) as unknown;
  const compactFindings = runRules(corpus, defaultConfig(), (f) => f).findings;
  assert.ok(compactFindings.length > 0);
  assert.deepStrictEqual(strip(compactFindings), strip(runRules(reference, defaultConfig(), (f) => f).findings));
});
