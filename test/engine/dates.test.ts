import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../../server/src/engine/dates/findDates';
import { foldSameLength } from '../../server/src/engine/text/fold';
import { splitSentences } from '../../server/src/engine/text/sentences';

function dates(text: string, published: string | null): Array<[string, string | null]> {
  const folded = foldSameLength(text);
  return findDates(text, folded, splitSentences(folded), published).map((d) => [d.text, d.value]);
}

// Sentences written for these tests; the publication date is the reference for relative dates.
const cases: Array<[string, string | null, Array<[string, string | null]>]> = [
  ['The minister said on Wednesday that talks would resume.', '2026-01-14', [['Wednesday', '2026-01-14']]],
  ['The vote took place on Tuesday.', '2026-01-14', [['Tuesday', '2026-01-13']]],
  ['The team will travel on Friday.', '2026-01-14', [['Friday', '2026-01-16']]],
  ['Officials met on Jan. 13 for the talks.', '2026-01-14', [['Jan. 13', '2026-01-13']]],
  ['Talks are scheduled for January 13-14 in the capital.', '2026-01-12', [['January 13-14', '2026-01-13/2026-01-14']]],
  ['She has led the party since taking office last June.', '2026-01-14', [['last June', '2025-06']]],
  ['Their previous meeting was in late October.', '2026-01-14', [['late October', '2025-10']]],
  ['The ban was imposed in 2013 and lifted in 1942.', '2026-01-14', [['2013', '2013'], ['1942', '1942']]],
  ['The company applied in September 2021 but stalled.', '2026-01-14', [['September 2021', '2021-09']]],
  ['The talks on Monday went well, he said the previous day.', '2026-01-14', [['Monday', '2026-01-12'], ['the previous day', '2026-01-11']]],
  ['Prices rose this year and fell last year.', '2026-03-01', [['this year', '2026'], ['last year', '2025']]],
  ['The report came out on December 31.', '2026-01-05', [['December 31', '2025-12-31']]],
  ['It happened on Friday, July 21, 2017 at noon.', null, [['Friday, July 21, 2017', '2017-07-21']]],
  ['About 2000 people marched, up from 1,500.', '2026-01-14', []],
  ['He spoke on Wednesday.', null, [['Wednesday', null]]],
];

for (const [sentence, published, expected] of cases) {
  test(`dates: ${sentence}`, () => {
    assert.deepEqual(dates(sentence, published), expected);
  });
}

test('dates: a stated weekday is kept beside the resolved value', () => {
  const text = 'The summit opened on Tuesday, January 13, 2026.';
  const folded = foldSameLength(text);
  const [date] = findDates(text, folded, splitSentences(folded), '2026-01-14');
  assert.equal(date.statedWeekday, 'Tuesday');
  assert.equal(date.value, '2026-01-13');
});

test('dates: without a publication line, the latest full date anchors year-less dates', () => {
  assert.deepEqual(dates('On January 12, 2026, he said the talks set for January 13-14 matter.', null), [
    ['January 12, 2026', '2026-01-12'],
    ['January 13-14', '2026-01-13/2026-01-14'],
  ]);
});
