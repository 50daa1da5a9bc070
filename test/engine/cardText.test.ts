import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distinctAliases, distinctTitles } from '../../server/src/features/cardText';

// Titles as a hover card lists them: input → what the card shows.
const titleCases: Array<[string[], string[]]> = [
  [['Velora Prime Minister', 'Prime Minister'], ['Velora Prime Minister']],
  [['Prime Minister', 'Velora Prime Minister'], ['Velora Prime Minister']],
  [['Mayor', 'mayor', 'MAYOR'], ['Mayor']],
  [['Prime\u2011Minister', 'Prime Minister'], ['Prime\u2011Minister']],
  // "Minister" is inside "Prime Minister" word for word; "Minister of Ports" is another office.
  [['Minister', 'Prime Minister', 'Minister of Ports'], ['Prime Minister', 'Minister of Ports']],
  // A word that merely starts another title is no repetition.
  [['Judge', 'Judges Panel chair'], ['Judge', 'Judges Panel chair']],
  [['Mayor', 'Governor', 'Senator', 'Envoy'], ['Mayor', 'Governor', 'Senator']],
  [[], []],
];

for (const [titles, expected] of titleCases) {
  test(`hover titles: ${JSON.stringify(titles)}`, () => {
    assert.deepEqual(distinctTitles(titles), expected);
  });
}

const aliasCases: Array<[string[], string[], string[]]> = [
  [['Anna Doe', 'Doe', 'A. Doe'], ['Anna Doe', 'Doe'], ['A. Doe']],
  [['Kessa\u2011Prefecture', 'Kessa Prefecture', 'Kessa'], ['Kessa Prefecture'], ['Kessa']],
  [['VHA', 'vha', 'Velora Harbour Authority'], ['Velora Harbour Authority'], ['VHA']],
  [['a', 'b', 'c', 'd', 'e', 'f'], [], ['a', 'b', 'c', 'd']],
];

for (const [aliases, exclude, expected] of aliasCases) {
  test(`hover spellings: ${JSON.stringify(aliases)} without ${JSON.stringify(exclude)}`, () => {
    assert.deepEqual(distinctAliases(aliases, exclude), expected);
  });
}
