import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findFullDates, findPublication } from '../../server/src/engine/dates/publication';
import { foldSameLength } from '../../server/src/engine/text/fold';
import { nonEmptyLines } from '../../server/src/engine/text/lines';

function published(text: string): string | null {
  const folded = foldSameLength(text);
  return findPublication(folded, nonEmptyLines(folded))?.iso ?? null;
}

// Publication lines as outlets and wires write them (invented headlines), and lines that give no date.
const cases: Array<[string, string | null]> = [
  ['Velora opens new plant\nPublished: 19980108\nThe plant opened.', '1998-01-08'],
  ['Velora opens new plant\n10/27/89\nThe plant opened.', '1989-10-27'],
  ['Velora opens new plant\nDate: 27/10/89\nThe plant opened.', '1989-10-27'],
  ['Velora opens new plant\nPublished: 2017-12-31T14:22:00Z\nThe plant opened.', '2017-12-31'],
  ['Velora opens new plant\nPublished 2017-12-31T23:10:00-05:00\nThe plant opened.', '2017-12-31'],
  ['Velora opens new plant\nDec. 31, 2017 3:02 p.m. ET\nThe plant opened.', '2017-12-31'],
  ['Velora opens new plant\nSunday 31 December 2017 14.22 GMT\nThe plant opened.', '2017-12-31'],
  ['Velora opens new plant\nDate: 31.12.2017\nThe plant opened.', '2017-12-31'],
  ['Velora opens new plant\nPosted on 2017/12/31\nThe plant opened.', '2017-12-31'],
  ['Velora opens new plant\nUpdated 1 hour ago\nThe plant opened.', null],
  ['Velora opens new plant\nPublished 3 days ago\nThe plant opened.', null],
  ['Velora opens new plant\nThe plant employs 20170101 people.', null],
  ['Velora opens new plant\nUpdated 1 hour ago\nPublished: 2 Feb. 2024\nThe plant opened.', '2024-02-02'],
];

for (const [text, expected] of cases) {
  test(`publication date: ${text.split('\n')[1]}`, () => {
    assert.equal(published(text), expected);
  });
}

test('full dates in running text: slashes with a year count, compact numbers and fractions do not', () => {
  const text = 'Filed 10/27/89 and 2017/12/31, not 20170101, 1/2 or 3/4.';
  assert.deepEqual(findFullDates(text).map((f) => text.slice(f.start, f.end)).sort(), ['10/27/89', '2017/12/31']);
});
