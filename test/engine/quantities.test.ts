import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../server/src/engine/analyze';
import type { Quantity } from '../../server/src/engine/quantities/types';

/** The first quantity of a one-sentence article, reduced to what these tests check. */
function first(sentence: string): Pick<Quantity, 'dimension' | 'head' | 'governor' | 'modifiers' | 'low' | 'high'> | null {
  const quantity = analyzeArticle(`Headline of the article for the test\nPublished: 6 June 2024\n\n${sentence}\n`).quantities
    .find((q) => q.dimension !== 'date' || !/2024-06-06/.test(String(q.value)));
  if (!quantity) return null;
  const { dimension, head, governor, modifiers, low, high } = quantity;
  return { dimension, head, governor, modifiers, low: Math.round(low * 100) / 100, high: Math.round(high * 100) / 100 };
}

const CASES: Array<[string, ReturnType<typeof first>]> = [
  // The state of the injured is what a count of people "in critical condition" counts, stated or hedged.
  ['Forty-two people were in critical condition at the hospital.', { dimension: 'count', head: 'condition', governor: null, modifiers: ['critical'], low: 42, high: 42 }],
  ['A further 18 people are thought to be in a critical condition.', { dimension: 'count', head: 'condition', governor: null, modifiers: ['further', 'critical'], low: 18, high: 18 }],
  // A hedge between the count and its verb is skipped.
  ['Ten people are believed to have died in the blast.', { dimension: 'count', head: 'die', governor: null, modifiers: [], low: 10, high: 10 }],
  // A proper word narrows the group; the noun after it is what is counted.
  ['Fewer than 400,000 UK consumers were hit in the breach.', { dimension: 'count', head: 'consumer', governor: 'hit', modifiers: ['group:uk'], low: 0, high: 400000 }],
  // An age is a whole number of years and describes a person noun, never a verb.
  ['A 3-year-old boy slipped into the enclosure.', { dimension: 'age', head: 'boy', governor: 'slip', modifiers: [], low: 3, high: 3 }],
  ['The six-year-old fell into the well.', { dimension: 'age', head: null, governor: 'fall', modifiers: [], low: 6, high: 6 }],
  // "pounds" beside payload words is a weight even where money is mentioned too (kilograms, with 2% for conversion).
  ['The rocket can carry 119,000 pounds of payload, worth $90 million.', { dimension: 'weight', head: 'payload', governor: 'carry', modifiers: [], low: 52897.72, high: 55057.27 }],
  // After a hyphenated measure only a noun can follow; after "of", the noun is what is measured.
  ['The game was held up by a 17-minute rain delay.', { dimension: 'duration', head: 'delay', governor: 'hold', modifiers: [], low: 990, high: 1050 }],
  // A fraction written in words is exact; its qualifier gives the tolerance (seconds).
  ['The players were delayed for around half an hour.', { dimension: 'duration', head: null, governor: 'delay', modifiers: [], low: 1620, high: 1980 }],
  // Money rounds to its last written digit, not by a percentage.
  ['Veltrix first offered $9.2 billion for the company.', { dimension: 'money', head: null, governor: 'offer', modifiers: ['initial'], low: 9150000000, high: 9250000000 }],
];

for (const [sentence, expected] of CASES) {
  test(`quantity: ${sentence}`, () => assert.deepEqual(first(sentence), expected));
}

test('quantity: who tells a figure is not among the entities it is about', () => {
  const text = 'Headline of the article for the test\nPublished: 6 June 2024\n\nThe Varn river flood killed 12 people, according to Radio Sela. Mayor Ana Pell said the Varn flood left 9 people dead.\n';
  const analysis = analyzeArticle(text);
  const named = (q: Quantity) => q.entities.map((start) => analysis.entities.find((e) => e.start === start)?.text).sort();
  const counts = analysis.quantities.filter((q) => q.dimension === 'count');
  assert.deepEqual(counts.map(named), [['Varn'], ['Varn']]);
});
