import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../server/src/engine/analyze';
import { readSeed } from '../helpers/text';

const cases: Array<{ name: string; text: string; headline: string | null; published: string | null; dateline: string | null }> = [
  {
    name: 'plain headline, Published line and dateline',
    text: 'Floods close mountain passes in the Alps\nPublished: 2 Feb. 2024, 08:10\nGENEVA, Switzerland — Roads were shut.',
    headline: 'Floods close mountain passes in the Alps', published: '2024-02-02', dateline: 'GENEVA, Switzerland',
  },
  {
    name: 'navigation lines before the headline, a Posted line with a stray full stop',
    text: 'Go to contents\n\nCouncil approves budget for new library\n\nPosted March. 3, 2023 10:01\n\nThe council voted.',
    headline: 'Council approves budget for new library', published: '2023-03-03', dateline: null,
  },
  {
    name: 'ISO timestamp and an all-capitals dateline with a hyphen',
    text: 'Storm hits coast\nPublished: 2017-10-03T00:00:00\nSource: example\n\nNEW ORLEANS - Winds reached 100 mph.',
    headline: 'Storm hits coast', published: '2017-10-03', dateline: 'NEW ORLEANS',
  },
  {
    name: 'a bare date line near the top (Wikinews style)',
    text: 'Robot team wins silver\nFriday, July 21, 2017\nThe team competed in Washington.',
    headline: 'Robot team wins silver', published: '2017-07-21', dateline: null,
  },
  {
    name: 'Updated alone is used when nothing else is given',
    text: 'Markets fall sharply on Monday\nUpdated 5 June 2022\nShares fell.',
    headline: 'Markets fall sharply on Monday', published: '2022-06-05', dateline: null,
  },
  {
    name: 'a skip link and a byline before the headline',
    text: 'Skip to main content\nBy Anna Doe and Karl Lind, Staff Writers\nFerry terminal opens in Velora harbour\nThe terminal opened.',
    headline: 'Ferry terminal opens in Velora harbour', published: null, dateline: null,
  },
  {
    name: 'a newsletter line and a "Written by" byline with an outlet',
    text: 'Sign up for our morning newsletter\nWritten by Anna Doe | Velora Times\nKessa council backs harbour budget\nThe council voted.',
    headline: 'Kessa council backs harbour budget', published: null, dateline: null,
  },
  {
    name: 'no line reads like a headline: the first line that is not furniture',
    text: 'Top Stories\nFerry strike\nThe strike began.',
    headline: 'Ferry strike', published: null, dateline: null,
  },
  {
    name: 'a headline that starts with "By-" is no byline',
    text: 'By-election called in Kessa Prefecture after resignation\nThe vote is in May.',
    headline: 'By-election called in Kessa Prefecture after resignation', published: null, dateline: null,
  },
  { name: 'empty text', text: '', headline: null, published: null, dateline: null },
];

for (const c of cases) {
  test(`article metadata: ${c.name}`, () => {
    const { meta } = analyzeArticle(c.text);
    assert.deepEqual(
      { headline: meta.headline?.text ?? null, published: meta.published, dateline: meta.dateline?.text ?? null },
      { headline: c.headline, published: c.published, dateline: c.dateline },
    );
    if (meta.headline) assert.equal(c.text.slice(meta.headline.start, meta.headline.end), meta.headline.text);
  });
}

test('article metadata of the seeds', () => {
  const expected: Record<string, [string, string | null]> = {
    '000': ['Lee expresses desire to join trans-Pacific trade partnership in summit with Takaichi', '2026-01-14'],
    '003': ['Lee, Takaichi must advance stalled South Korea-Japan ties', '2026-01-14'],
    '004': ['Lee’s Nara Summit Reinforces Korea‑Japan Ties Amid Trade and Security Challenges', null],
  };
  for (const [prefix, [headline, published]] of Object.entries(expected)) {
    const { meta } = analyzeArticle(readSeed(prefix).text);
    assert.equal(meta.headline?.text, headline);
    assert.equal(meta.published, published);
  }
});

// Datelines written without a dash, before the filing date; only the dateline is asserted here.
const datelines: Array<[string, string | null]> = [
  ['Plant closes after long strike\nKESSA, Velora 2019-04-02\nThe plant closed.', 'KESSA, Velora'],
  ['Plant closes after long strike\nOSKBY, March 2 (Wire Service) The plant closed.', 'OSKBY'],
  ['Plant closes after long strike\nVARNELL 10/27/89\nThe plant closed.', 'VARNELL'],
  ['Plant closes after long strike\nTHE plant closed on 10/27/89.', null],
];
for (const [text, dateline] of datelines) {
  test(`article metadata: dateline without a dash in ${JSON.stringify(text.split('\n')[1])}`, () => {
    assert.equal(analyzeArticle(text).meta.dateline?.text ?? null, dateline);
  });
}
