import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../server/src/engine/analyze';

type Expected = [text: string, value: number, kind: string, unit: string | null, qualifier?: string | null];

function figures(sentence: string): Expected[] {
  // A headline line first, so that the sentence is body text.
  const text = `Headline for the test article\n${sentence}`;
  return analyzeArticle(text).figures.map((f) => {
    const row: Expected = [f.text, f.value, f.kind, f.unit];
    if (f.qualifier) row.push(f.qualifier);
    return row;
  });
}

// Sentences written for these tests: input → every figure expected, in order.
const cases: Array<[string, Expected[]]> = [
  ['Imports from eight Japanese prefectures remain banned.', [['eight', 8, 'cardinal', 'prefectures']]],
  ['It was his third face-to-face encounter with her.', [['third', 3, 'ordinal', 'face-to-face encounter']]],
  ['The 12-member bloc met for a two-day visit.', [['12-member', 12, 'cardinal', 'members'], ['two-day', 2, 'duration', 'days']]],
  ['Trade reached about $75 billion annually.', [['$75 billion', 75e9, 'money', 'USD', 'about']]],
  ['At least 50 people were killed and more than 400 injured.', [['50', 50, 'cardinal', 'people', 'at least'], ['400', 400, 'cardinal', 'injured', 'more than']]],
  ['It was the first meeting in about two and a half months.', [['first', 1, 'ordinal', 'meeting'], ['two and a half', 2.5, 'duration', 'months', 'about']]],
  ['Turnout rose to 63.5% from 58 percent.', [['63.5%', 63.5, 'percent', '%'], ['58 percent', 58, 'percent', '%']]],
  ['The gunman fired from the 32nd floor for 10 minutes.', [['32nd', 32, 'ordinal', 'floor'], ['10', 10, 'duration', 'minutes']]],
  ['Nearly twenty-one thousand fans and 1,200 police attended.', [['twenty-one thousand', 21000, 'cardinal', 'fans', 'nearly'], ['1,200', 1200, 'cardinal', 'police']]],
  ['One of them said the Boeing 737 landed at 16:58 [1].', []],
  ['They must first resolve the dispute, one official said.', [['one', 1, 'cardinal', 'official']]],
  ['The fund paid 300 million yen to 40 families.', [['300 million', 3e8, 'money', 'JPY'], ['40', 40, 'cardinal', 'families']]],
];

for (const [sentence, expected] of cases) {
  test(`figures: ${sentence}`, () => {
    assert.deepEqual(figures(sentence), expected);
  });
}
