import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../../server/src/engine/dates/findDates';
import { hintedDates } from '../../server/src/features/inlayHints';
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

// One table per class of error, each with readings that must be found and look-alikes that must not. Reference
// day for all: Wednesday 2026-01-14.
const REF = '2026-01-14';
const classes: Record<string, Array<[string, Array<[string, string | null]>]>> = {
  'year ranges and decades': [
    ['The league ran its 1957-58 season abroad.', [['1957-58', '1957/1958']]],
    ['Karlin chaired the board in 2009-2010.', [['2009', '2009'], ['2010', '2010']]],
    ['The model covers yields over 2000 - 2050 in Kessa Prefecture.', [['2000', '2000'], ['2050', '2050']]],
    ['Velora was founded in the 1990s.', [['1990s', '1990/1999']]],
    ['It cost 2000-2500 dollars.', []],
  ],
  'last, next and this with a month, season or fiscal year': [
    ['Sales fell last May.', [['last May', '2025-05']]],
    ['Last January was colder.', [['Last January', '2025-01']]],
    ['The vote is due next March.', [['next March', '2026-03']]],
    ['The plant opens this June.', [['this June', '2026-06']]],
    ['Anna Doe visited last summer.', [['last summer', '2025-06/2025-08']]],
    ['Karlin returns next spring.', [['next spring', '2026-03/2026-05']]],
    ['Snow closed roads this winter.', [['this winter', '2025-12/2026-02']]],
    ['The bridge opens in the summer of 2027.', [['the summer of 2027', '2027-06/2027-08']]],
    ['Budgets shrank this fiscal year and will grow next fiscal year.', [['this fiscal year', '2026'], ['next fiscal year', '2027']]],
    ['Velora lost money in fiscal 2024 and in FY2023.', [['fiscal 2024', '2024'], ['FY2023', '2023']]],
    ['You may call this may be the end.', []],
    ['Troops march through the town.', []],
    ['After the fall of the government, prices rose.', []],
    ['The Kessa Spring uprising began in the capital.', []],
  ],
  'the end of the year': [
    ['The report is due by the end of the year.', [['the end of the year', '2026-12-31']]],
    ['The backlog should be cleared by year end.', [['year end', '2026-12-31']]],
    ['Prices peaked at the end of last year.', [['the end of last year', '2025-12-31']]],
    ['The firm posted year-end results on Friday.', [['Friday', '2026-01-09']]],
  ],
  'tense decides which way a bare weekday points': [
    ['The plan would begin on Tuesday.', [['Tuesday', '2026-01-20']]],
    ['Talks are to resume on Monday.', [['Monday', '2026-01-19']]],
    ['The vote is to be held on Friday.', [['Friday', '2026-01-16']]],
    ['He said Tuesday that he would resign.', [['Tuesday', '2026-01-13']]],
    ['During the debate Monday, she defended the plan while promising an update.', [['Monday', '2026-01-12']]],
    ['The council met on Thursday.', [['Thursday', '2026-01-08']]],
    // The verb of the date's own clause decides, not a nearer one in the clause after "that" or the comma.
    ['Anna Doe told the Karlin Post on Tuesday that the bridge would reopen.', [['Tuesday', '2026-01-13']]],
    ['The vote will take place on Friday, officials said.', [['Friday', '2026-01-16']]],
  ],
  'durations and offsets are not dates': [
    ['Prices have doubled over the past two years.', []],
    ['A month earlier, the firm had filed for bankruptcy.', []],
    ['Ten days later, the bridge reopened.', []],
    ['The past year was hard for Velora.', []],
    ['Two years ago the plant closed.', [['Two years ago', '2024']]],
    ['Seventeen years ago, this was impossible.', [['Seventeen years ago', '2009']]],
    ['"[Ten] years ago, a browser was born," she said.', [['[Ten] years ago', '2016']]],
    ['Three months ago the mine flooded.', [['Three months ago', '2025-10']]],
  ],
  'a vague past has no value': [
    ['Several years ago the plant closed.', [['Several years ago', null]]],
    ['Years ago, Karlin lived here.', [['Years ago', null]]],
    ['A few days ago the road reopened.', [['A few days ago', null]]],
  ],
  "chrono-node's false readings": [
    ['The committee sat for hours.', []],
    ['The boy sat on the bench and the couple will wed soon.', []],
    ['The rate rose 2 1/2 percent and 3/4 of voters agreed.', []],
    ['The shop is open 24/7.', []],
    ['Doors open Sat, Jan 3.', [['Sat, Jan 3', '2026-01-03']]],
    ['A survey of 1709 schoolchildren found gaps in a 2000-year-old custom.', []],
  ],
  'a time of day stays with its day': [
    ['Talks ended on Friday afternoon.', [['Friday afternoon', '2026-01-09']]],
    ['The attack happened on Friday at 3 p.m. local time.', [['Friday', '2026-01-09']]],
    ['He said in a statement this morning.', [['this morning', '2026-01-14']]],
    ['Festival lights up the night\nMonday, March 5, 2007\nThe crowds came.', [['Monday, March 5, 2007', '2007-03-05']]],
  ],
  'ranges of two written dates are two dates': [
    ['Voting runs from November 20 to December 11.', [['November 20', '2025-11-20'], ['December 11', '2025-12-11']]],
    ['The show ran December 20 - January 5, 2014.', [['December 20', '2013-12-20'], ['January 5, 2014', '2014-01-05']]],
    ['Karlin became mayor on February 6 - this year.', [['February 6', '2026-02-06'], ['this year', '2026']]],
    ['Talks are set for January 13-14.', [['January 13-14', '2026-01-13/2026-01-14']]],
  ],
  'weeks and days counted from another date': [
    ['The minister said last week that talks had stalled.', [['last week', '2026-01-05/2026-01-11']]],
    ['The flood came in 2019; the year before, a drought.', [['2019', '2019'], ['the year before', '2018']]],
    ['Over the next year, prices will rise.', []],
    ['Polls closed on Sunday and results came the next day.', [['Sunday', '2026-01-11'], ['the next day', '2026-01-12']]],
  ],
  'an occasion beside a day is that day': [
    ['I went on Saturday night, the opening night, and later heard of opening night again.', [['Saturday night', '2026-01-10'], ['the opening night', '2026-01-10'], ['opening night', '2026-01-10']]],
    ['Opening night, January 23, 2014, drew crowds.', [['Opening night', '2014-01-23'], ['January 23, 2014', '2014-01-23']]],
    ['The opening night drew crowds.', []],
    ['Voters went to the polls on Election Day, Tuesday, and Election Day turnout was high.', [['Election Day', '2026-01-13'], ['Tuesday', '2026-01-13'], ['Election Day', '2026-01-13']]],
  ],
};

for (const [name, rows] of Object.entries(classes)) {
  for (const [sentence, expected] of rows) {
    test(`dates, ${name}: ${sentence}`, () => {
      assert.deepEqual(dates(sentence, REF), expected);
    });
  }
}

test('dates: a vague past has neither value nor granularity, and gets no inlay hint', () => {
  const text = 'Several years ago the plant closed, and on Tuesday it reopened, as on January 12, 2026.';
  const folded = foldSameLength(text);
  const found = findDates(text, folded, splitSentences(folded), REF);
  assert.deepEqual(found[0], { start: 0, end: 17, text: 'Several years ago', value: null, granularity: null, statedWeekday: null, relative: true, part: null });
  assert.deepEqual(hintedDates(found).map((d) => [d.text, d.value]), [['Tuesday', '2026-01-13']]);
});

test('dates: a fiscal year and the end of a year say so in their part', () => {
  assert.deepEqual(
    findDatesOf('Budgets shrank this fiscal year and will be set by the end of the year.').map((d) => [d.text, d.part]),
    [['this fiscal year', 'fiscal'], ['the end of the year', 'end']],
  );
});

function findDatesOf(text: string) {
  const folded = foldSameLength(text);
  return findDates(text, folded, splitSentences(folded), REF);
}

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
