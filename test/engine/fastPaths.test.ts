import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasAnyTag, hasTag } from '../../server/src/engine/lexicon/lexicon';
import { matchKey } from '../../server/src/engine/text/fold';
import { allMatches } from '../../server/src/engine/text/matches';
import { rememberPerWord } from '../../server/src/engine/text/memo';
import { isCapitalized, startsLowerCase, tokenize } from '../../server/src/engine/text/tokens';

// The speed-ups of the analysis answer some questions by a shorter path (ASCII codes, an exec loop, a remembered
// answer); each must give what the general path gives, for ASCII and for other scripts alike.

const FIRST_LETTERS: Array<[word: string, capital: boolean, lower: boolean]> = [
  ['Velora', true, false],
  ['karlin', false, true],
  ['Ōsaka', true, false],
  ['élan', false, true],
  ['Ärzte', true, false],
  ['ßtraße', false, true],
  ['Σparta', true, false],
  ['λambda', false, true],
  ['𝐀lpha', true, false],
  ['1999', false, false],
  ['"Quoted', false, false],
  ['_under', false, false],
  ['', false, false],
];

test('first-letter case: the fast path agrees with the Unicode classes', () => {
  for (const [word, capital, lower] of FIRST_LETTERS) {
    assert.equal(isCapitalized(word), capital, `capital: ${word}`);
    assert.equal(startsLowerCase(word), lower, `lower: ${word}`);
    assert.equal(isCapitalized(word), /^\p{Lu}/u.test(word), `capital by class: ${word}`);
    assert.equal(startsLowerCase(word), /^\p{Ll}/u.test(word), `lower by class: ${word}`);
  }
});

test('token types: letters of any script are words, digits numbers, the rest marks', () => {
  const types = tokenize('Anna Doe paid €30 in Ōsaka, ελλάδα — ok').map((t) => `${t.text}:${t.type}`);
  assert.deepEqual(types, ['Anna:word', 'Doe:word', 'paid:word', '€:punct', '30:number', 'in:word', 'Ōsaka:word', ',:punct', 'ελλάδα:word', '—:punct', 'ok:word']);
});

const PATTERNS: Array<[pattern: RegExp, text: string]> = [
  [/[\p{L}][\p{L}'’-]*|[\d][\d,.]*|[^\s\p{L}\d]+/gu, 'The 12 ships of Karlin Port, said "Anna Doe", sailed at 9.30.'],
  [/\p{L}[\p{L}'’-]*/gu, 'Ōsaka’s mayor met 𝐀lpha-team leaders'],
  [/x*/g, 'axbxxc'],
  [/x*/gu, 'a😀xb'],
  [/\d+/g, 'no digits here'],
];

test('allMatches gives what matchAll gives, empty matches and astral characters included', () => {
  for (const [pattern, text] of PATTERNS) {
    const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
    assert.deepEqual(allMatches(pattern, text).map((m) => [m.index, m[0]]), expected, `${pattern} on ${text}`);
    assert.deepEqual(allMatches(pattern, text, 2).map((m) => [m.index, m[0]]), expected.slice(0, 2), `${pattern} limited`);
  }
});

test('a remembered answer is computed once per word and stays the same', () => {
  let calls = 0;
  const length = rememberPerWord((word: string) => {
    calls++;
    return word.length;
  }, 2);
  assert.deepEqual(['Velora', 'Velora', 'Kessa', 'Velora'].map(length), [6, 6, 5, 6]);
  assert.equal(calls, 2);
  // Past its limit the table starts again: the answers stay right, only computed again.
  assert.deepEqual(['Karlin', 'Velora'].map(length), [6, 6]);
  assert.equal(calls, 4);
});

test('hasAnyTag answers as hasTag does with the same tags', () => {
  const cases: Array<[word: string, tags: string[]]> = [
    ['the', ['Determiner', 'Preposition']],
    ['of', ['Determiner', 'Preposition']],
    ['walked', ['PastTense']],
    ['walked', ['Noun', 'Plural']],
    ['velorian', ['Demonym']],
    ['Monday', ['WeekDay']],
  ];
  for (const [word, tags] of cases) assert.equal(hasAnyTag(word, tags), hasTag(word, ...tags), `${word} ${tags.join(',')}`);
  assert.equal(hasAnyTag('the', ['Determiner']), true);
  assert.equal(hasAnyTag('walked', ['Determiner']), false);
});

test('match keys of ASCII and other names', () => {
  const keys: Array<[name: string, key: string]> = [
    ['Park Min-jun', 'park min jun'],
    ['PARK MIN\u2011JUN', 'park min jun'],
    ["Velora's", 'velora'],
    ['Hōryū-ji', 'horyu ji'],
    ['ＫＡＲＬＩＮ', 'karlin'],
  ];
  for (const [name, key] of keys) assert.equal(matchKey(name), key, name);
});
