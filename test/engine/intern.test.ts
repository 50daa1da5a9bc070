import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../server/src/engine/analyze';
import { StringPool } from '../../server/src/engine/text/intern';

const articles = [
  'VELORA, March 3 (Kessa News) - The Velora council approved 14 new schools on Monday, Mayor Anna Doe said.',
  'Mayor Anna Doe of Velora said on Monday that the council had approved 15 new schools.',
];

test('pooling strings leaves every analysis equal to what it was', () => {
  const pool = new StringPool();
  for (const text of articles) {
    const analysis = analyzeArticle(text);
    const before = JSON.stringify(analysis);
    assert.equal(pool.internAll(analysis), analysis);
    assert.equal(JSON.stringify(analysis), before);
  }
});

test('the pool holds each distinct string once, across analyses', () => {
  const pool = new StringPool();
  pool.internAll({ a: ['Velora', 'council'], b: { c: 'Velora', d: [['council', 'Karlin']] }, n: 3, z: null });
  assert.equal(pool.size, 3);
  pool.internAll({ e: 'Karlin', f: ['Merrow'] });
  assert.equal(pool.size, 4);
});

test('the pool is renewed once it has doubled past its limit, so it does not grow forever', () => {
  const pool = new StringPool(4);
  pool.internAll(['a', 'b', 'c', 'd', 'e']);
  assert.equal(pool.size, 5);
  pool.internAll(['f']);
  assert.equal(pool.size, 1);
});

test('lists of strings with the same items are shared, other lists are kept apart', () => {
  const pool = new StringPool();
  const a = pool.internAll({ evidence: ['known place', 'dateline'], titles: [], other: [['x'], [1, 'x']] });
  const b = pool.internAll({ evidence: ['known place', 'dateline'], titles: [], other: [['x\u0001y'], ['x', 'y']] });
  assert.equal(a.evidence, b.evidence);
  assert.equal(a.titles, b.titles);
  assert.equal(a.other[0], pool.internAll({ list: ['x'] }).list);
  assert.notEqual(b.other[0], b.other[1]);
  assert.deepStrictEqual(b.other, [['x\u0001y'], ['x', 'y']]);
  // A list that holds something other than strings is never replaced.
  assert.deepStrictEqual(a.other[1], [1, 'x']);
});
