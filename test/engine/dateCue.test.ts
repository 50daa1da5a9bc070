import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as chrono from 'chrono-node';
import { hasDateCue } from '../../server/src/engine/dates/chronoDates';

// chrono-node is skipped on lines without a date cue, so every line it reads a date in must have one. Each line
// below is a form chrono-node reads; the test fails if the cue misses it (checked against chrono-node itself first).
const linesWithDates = [
  'The hearing was moved to Sept. 4.',
  'Voting ends on the twenty-first of March.',
  'The office reopens on Monday.',
  'THE SHOW OPENS TUESDAY',
  'Shops were closed yesterday.',
  'Prices fell sharply last night.',
  'Sales rose last quarter.',
  'The council will decide next week.',
  'Payments are due by the end of the month.',
  'Filed 2026-03-14T09:30:00Z by the clerk.',
  'The deadline is 4/15.',
  'The mayor spoke in May.',
  'The festival returns this weekend.',
];

const linesWithout = [
  'The council of Velora approved the plan after a long debate.',
  'Residents said the river had never been so high.',
  'A spokeswoman for Karlin Mining would not comment.',
];

test('chrono-node reads a date in each line with a cue', () => {
  for (const line of linesWithDates) assert.ok(chrono.casual.parse(line, new Date(Date.UTC(2026, 0, 14))).length > 0, `chrono reads no date in: ${line}`);
});

test('every line chrono-node reads a date in has a date cue', () => {
  for (const line of linesWithDates) assert.equal(hasDateCue(line), true, line);
});

test('ordinary lines without a date have no cue (chrono-node is not run on them)', () => {
  for (const line of linesWithout) assert.equal(hasDateCue(line), false, line);
});
