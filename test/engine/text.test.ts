import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldSameLength, matchKey } from '../../server/src/engine/text/fold';
import { lineColumnToOffset, lineStarts, offsetToLineColumn } from '../../server/src/engine/text/lineIndex';
import { splitSentences } from '../../server/src/engine/text/sentences';

test('folding keeps every offset and maps dashes, quotes, odd spaces and diacritics', () => {
  const cases: Array<[string, string]> = [
    ['Kim Jong\u2011un', 'Kim Jong-un'],
    ['Hōryū\u2011ji', 'Horyu-ji'],
    ['“quoted” and ‘single’', '"quoted" and \'single\''],
    ['Wi\u202fSung\u2010lac', 'Wi Sung-lac'],
    ['東京 café naïve', '東京 cafe naive'],
    ['emoji 😀 stays', 'emoji 😀 stays'],
  ];
  for (const [input, expected] of cases) {
    const folded = foldSameLength(input);
    assert.equal(folded, expected);
    assert.equal(folded.length, input.length, `length changed for ${input}`);
  }
});

test('match keys unify case, hyphens, diacritics and spacing but not spelling', () => {
  const same: Array<[string, string]> = [
    ['Lee Jae Myung', 'Lee Jae-myung'],
    ['Wi Sung-lac', 'Wi Sung\u2011lac'],
    ['Hōryū-ji', 'horyu ji'],
    ['LEE  JAE\u00a0MYUNG', 'lee jae myung'],
  ];
  for (const [a, b] of same) assert.equal(matchKey(a), matchKey(b), `${a} ≠ ${b}`);
  assert.notEqual(matchKey('Josai'), matchKey('Chosei'));
});

test('sentences split at full stops but not after abbreviations or initials', () => {
  const text = 'Mr. Smith met Gen. Lee on Jan. 5. They spoke in the U.S. for an hour! J. R. Doe left.\nNew line here';
  const sentences = splitSentences(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sentences, [
    'Mr. Smith met Gen. Lee on Jan. 5.',
    'They spoke in the U.S. for an hour!',
    'J. R. Doe left.',
    'New line here',
  ]);
});

test('line index converts offsets both ways for LF, CRLF and CR', () => {
  const text = 'ab\r\ncd\ref\ngh';
  const starts = lineStarts(text);
  assert.deepEqual(starts, [0, 4, 7, 10]);
  assert.deepEqual(offsetToLineColumn(starts, 5), { line: 1, column: 1 });
  assert.equal(lineColumnToOffset(starts, 2, 1, text.length), 8);
  assert.equal(lineColumnToOffset(starts, 9, 0, text.length), text.length);
});
