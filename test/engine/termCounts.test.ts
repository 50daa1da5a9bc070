import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TermCounts } from '../../server/src/engine/stories/termCounts';

const kept = new Map([['velora', 2], ['\u0000person:anna doe', 1], ['council', 3], ['ferry', 1]]);

// [what is asked, the map compared or the term looked up, the answer]
const cases: Array<[string, Map<string, number> | string, boolean]> = [
  ['the same terms and counts', new Map([['ferry', 1], ['council', 3], ['velora', 2], ['\u0000person:anna doe', 1]]), true],
  ['one count differs', new Map([['ferry', 1], ['council', 2], ['velora', 2], ['\u0000person:anna doe', 1]]), false],
  ['one term more', new Map([...kept, ['karlin', 1]]), false],
  ['one term fewer', new Map([['ferry', 1], ['council', 3], ['velora', 2]]), false],
  ['the same count of other terms', new Map([['ferry', 1], ['council', 3], ['velora', 2], ['karlin', 1]]), false],
  ['a kept term', 'council', true],
  ['an entity term', '\u0000person:anna doe', true],
  ['a term before every kept one', 'aardvark', false],
  ['a term after every kept one', 'zebra', false],
  ['a prototype word', 'constructor', false],
];

for (const [name, asked, expected] of cases) {
  test(`term counts: ${name}`, () => {
    const counts = TermCounts.of(kept);
    assert.equal(typeof asked === 'string' ? counts.has(asked) : counts.equals(asked), expected);
    assert.equal(counts.size, 4);
  });
}

test('term counts: terms are kept as the intern function gives them', () => {
  const seen: string[] = [];
  TermCounts.of(kept, (term) => (seen.push(term), term));
  assert.deepStrictEqual(seen.sort(), [...kept.keys()].sort());
});
