import assert from 'node:assert/strict';
import { test } from 'node:test';
import { snippetAround } from '../../server/src/features/snippets';

// A line of an invented article, the mention quoted, the width → the snippet a hover card shows.
const LINE = 'The council of Velora met on Tuesday, and Mayor Anna Doe said the terminal would open before the summer season.';
const cases: Array<[string, number, string]> = [
  // Width 30 leaves 11 characters each side of the mention; the parts of "Tuesday" and "terminal" it would cut go.
  ['Anna Doe', 30, '…and Mayor Anna Doe said the…'],
  ['Anna Doe', 40, '…and Mayor Anna Doe said the…'],
  ['Anna Doe', 50, '…Tuesday, and Mayor Anna Doe said the terminal…'],
  ['The council', 20, 'The council of…'],
  ['summer season.', 24, '…the summer season.'],
  ['Anna Doe', 200, LINE],
];

for (const [needle, width, expected] of cases) {
  test(`snippet around "${needle}" in ${width} characters`, () => {
    const start = LINE.indexOf(needle);
    assert.equal(snippetAround(LINE, { start, end: start + needle.length }, width), expected);
  });
}
