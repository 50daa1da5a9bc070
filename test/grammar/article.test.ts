import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scopeOf, tokenizeArticle } from './tokenize';

// Each case: an article written for this test, and the innermost scope expected for pieces of its text.
const cases: Array<{ name: string; text: string; expect: Array<[string, string | null]> }> = [
  {
    name: 'headline, publication line and dateline',
    text: 'Harbour bridge reopens after storm repairs\nPublished: 3 Mar. 2024, 09:15\nLISBON, Portugal — Crews finished work on Friday.',
    expect: [
      ['Harbour bridge reopens', 'markup.heading.headline.article'],
      ['Published', 'emphasis.publication.article'],
      ['LISBON, Portugal', 'entity.name.section.dateline.article'],
      ['Friday', 'string.regexp.date.weekday.article'],
      ['Crews finished', 'text.article'],
    ],
  },
  {
    name: 'a short navigation line first is no headline',
    text: 'Top Headlines\nHarbour bridge reopens after storm repairs\nCrews finished work.',
    expect: [['Top Headlines', 'text.article']],
  },
  {
    name: 'quotations and citation markers',
    text: 'Title line\nThe mayor said “we are ready” on Monday [1][2].\nShe added "no delays" later.',
    expect: [
      ['we are ready', 'string.quoted.double.article'],
      ['[1]', 'constant.other.reference.citation.article'],
      ['no delays', 'string.quoted.double.article'],
    ],
  },
  {
    name: 'dates and figures',
    text: 'Title line\nTalks on January 13-14 drew 1,200 delegates, up 15% on the third day, costing $4.5 billion over two-day sessions.',
    expect: [
      ['January 13-14', 'string.regexp.date.article'],
      ['1,200', 'comment.figure.article'],
      ['15%', 'comment.figure.article'],
      ['third', 'comment.figure.word.article'],
      ['$4.5 billion', 'comment.figure.article'],
      ['two-day', 'comment.figure.word.article'],
      ['delegates', 'text.article'],
    ],
  },
  {
    name: 'an updated line and a plain paragraph that is not a dateline',
    text: 'Title line\nUpdated January. 14, 2026 10:01\nMost residents - about half - stayed.',
    expect: [
      ['Updated', 'emphasis.publication.article'],
      ['Most residents', 'text.article'],
    ],
  },
];

for (const { name, text, expect } of cases) {
  test(`grammar: ${name}`, async () => {
    const tokens = await tokenizeArticle(text);
    const actual = expect.map(([needle]) => [needle, scopeOf(tokens, needle)]);
    assert.deepEqual(actual, expect);
  });
}
