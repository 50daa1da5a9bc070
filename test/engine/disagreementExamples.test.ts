import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../server/src/engine/analyze';
import { defaultConfig } from '../../server/src/engine/config';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { runRules } from '../../server/src/engine/rules/runRules';
import type { Finding } from '../../server/src/engine/rules/types';

/**
 * One invented example per class of disagreement: two or more short articles on one story, the rule expected, and
 * the words each flagged article is expected to be flagged on (none: the rule must stay silent at every severity).
 */
interface Example {
  name: string;
  articles: Record<string, string>;
  rule: Finding['rule'];
  flagged: Record<string, string>;
  /** The severity every finding of the rule must have, when it matters. */
  severity?: Finding['severity'];
}

const EXAMPLES: Example[] = [
  {
    name: 'money: a first offer of $9.2 billion against an initial $8.9 billion bid',
    articles: {
      a: 'Published: 12 April 2024\nVeltrix first offered $9.2 billion in March for the chip maker Orlane, the company said. Orlane rejected the Veltrix offer.',
      b: 'Published: 12 April 2024\nOrlane turned down Veltrix’s initial $8.9 billion bid in March, saying the chip maker was worth more.',
    },
    rule: 'figure-conflict',
    flagged: { a: '$9.2 billion', b: '$8.9 billion' },
  },
  {
    name: 'year: hired as a scout in 1993 against joined as a scout in 1991',
    articles: {
      a: 'Published: 2 June 2024\nThe Harbor City Hawks named Dale Pruitt general manager. Pruitt was hired as a scout in 1993 and rose through the Hawks front office.',
      b: 'Published: 2 June 2024\nDale Pruitt, who joined the Harbor City Hawks as a scout in 1991, was named general manager on Sunday.',
    },
    rule: 'date-conflict',
    flagged: { a: '1993', b: '1991' },
  },
  {
    name: 'synonyms and qualifiers: more than 85 shards against as many as 85 fragments',
    articles: {
      a: 'Published: 8 May 2024\nThe Kessler vase fell from its plinth at the Ardmore Museum and broke into more than 85 shards, curators said.',
      b: 'Published: 8 May 2024\nCurators at the Ardmore Museum are piecing together the Kessler vase, which shattered into as many as 85 fragments.',
    },
    rule: 'figure-conflict',
    flagged: { a: '85', b: '85' },
  },
  {
    name: 'no shared entity in the clause: the ferry carried 212 passengers, the Merrow Star had 221 aboard',
    articles: {
      a: 'Published: 9 July 2024\nThe Merrow Star ferry ran aground off Calder Point on Monday. The ferry carried 212 passengers. All were rescued by the coast guard.',
      b: 'Published: 9 July 2024\nThe coast guard rescued everyone after the Merrow Star ran aground off Calder Point. The Merrow Star had 221 passengers aboard.',
    },
    rule: 'figure-conflict',
    flagged: { a: '212', b: '221' },
  },
  {
    name: 'unit conversion: 1,900 kilometres against 1,520 miles',
    articles: {
      a: 'Published: 1 March 2024\nThe solar car Helia crossed the Varden desert and traveled 1,900 kilometers in six days, its team said.',
      b: 'Published: 1 March 2024\nThe team behind the solar car Helia said it covered 1,520 miles across the Varden desert in six days.',
    },
    rule: 'figure-conflict',
    flagged: { a: '1,900', b: '1,520' },
  },
  {
    name: 'clock time: touched down at 07:45 against landed at 19:45',
    articles: {
      a: 'Published: 4 October 2024\nThe Aerolinea Sur flight from Quito touched down at 07:45 at Corvo airport after an engine warning, the airline said.',
      b: 'Published: 4 October 2024\nAfter an engine warning, the Aerolinea Sur flight from Quito landed at 19:45 at Corvo airport.',
    },
    rule: 'date-conflict',
    flagged: { a: '07:45', b: '19:45' },
  },
  {
    name: 'a unit conversion that agrees is not a finding',
    articles: {
      a: 'Published: 1 March 2024\nThe solar car Helia traveled 1,900 kilometers across the Varden desert, its team said.',
      b: 'Published: 1 March 2024\nThe solar car Helia covered about 1,180 miles across the Varden desert, its team said.',
    },
    rule: 'figure-conflict',
    flagged: {},
  },
  {
    name: 'different groups are never compared: 10 Americans and 14 people',
    articles: {
      a: 'Published: 3 May 2024\nThe fire at the Ostrava Street market killed 10 Americans, the embassy said.',
      b: 'Published: 3 May 2024\nThe fire at the Ostrava Street market killed 14 people, officials said.',
    },
    rule: 'figure-conflict',
    flagged: {},
  },
  {
    name: 'ages are whole numbers: a 3-year-old boy against a 4-year-old boy',
    articles: {
      a: 'Published: 20 May 2024\nA 3-year-old boy slipped into the bear enclosure at Lindholm Zoo on Saturday, zoo director Ines Marr said.',
      b: 'Published: 20 May 2024\nZoo director Ines Marr said a 4-year-old boy climbed into the bear enclosure at Lindholm Zoo.',
    },
    rule: 'figure-conflict',
    flagged: { a: '3-year', b: '4-year' },
  },
  {
    name: 'hedged and stated counts of the critically injured: "were in critical condition" against "are thought to be in a critical condition"',
    articles: {
      a: 'Published: 6 June 2024\nThe bus crash near Tarrow Bridge injured dozens. Forty-two people were in critical condition at Tarrow General Hospital.',
      b: 'Published: 6 June 2024\nAfter the bus crash near Tarrow Bridge, 18 people are thought to be in critical condition at Tarrow General Hospital.',
    },
    rule: 'figure-conflict',
    flagged: { a: 'Forty-two', b: '18' },
  },
  {
    name: 'parts of a plan are not counts: the first phase and the second phase',
    articles: {
      a: 'Published: 6 June 2024\nThe Corlan Space Agency said the first phase of its lunar programme will launch in 2026.',
      b: 'Published: 6 June 2024\nThe Corlan Space Agency said the second phase of its lunar programme will follow the orbiter.',
    },
    rule: 'ordinal-conflict',
    flagged: {},
  },
  {
    name: 'relative dates from articles written weeks apart are not compared: "last week" and "last week"',
    articles: {
      a: 'Published: 2 January 2024\nThe Dalsund council approved the harbour plan last week, its chair Petra Holm said.',
      b: 'Published: 30 January 2024\nPetra Holm, chair of the Dalsund council, said the harbour plan approved last week would cost more.',
    },
    rule: 'date-conflict',
    flagged: {},
  },
  {
    name: 'a weekday beside a time-zone change is not a mismatch: "late Thursday" and "early Friday"',
    articles: {
      a: 'Published: 12 July 2024\nThe Halden tower fire broke out late Thursday, firefighter chief Jonas Brekke said in Oslo.',
      b: 'Published: 12 July 2024\nFirefighter chief Jonas Brekke said the Halden tower fire broke out early Friday local time.',
    },
    rule: 'date-conflict',
    flagged: {},
  },
  {
    name: 'a rounded measure the other article gives more precisely still differs when the digits do: 17-minute against 30-minute delay',
    articles: {
      a: 'Published: 3 November 2024\nA 17-minute rain delay held up the final at Corren Park before the tenth inning.',
      b: 'Published: 3 November 2024\nThe final at Corren Park was held up by a 30-minute rain delay before the tenth inning.',
    },
    rule: 'figure-conflict',
    flagged: { a: '17-minute', b: '30-minute' },
  },
  {
    name: 'the one speed each article gives: 20 to 25 mph against 40mph',
    articles: {
      a: 'Published: 2 August 2024\nWitness Marta Lind said the runaway tram moved at 20 to 25 mph along Quay Street before it stopped.',
      b: 'Published: 2 August 2024\nThe runaway tram tore along Quay Street at 40mph, police said. Nobody was hurt.',
    },
    rule: 'figure-conflict',
    flagged: { a: '20 to 25', b: '40mph' },
  },
  {
    name: 'a wire dateline with its filing day is not an event date: "HALDEN, March 2 -" and "HALDEN, March 9 -"',
    articles: {
      a: 'Published: 2 March 1987\nHALDEN, March 2 - Norrland Paper Corp said it will close its Halden mill, cutting 300 jobs.',
      b: 'Published: 9 March 1987\nHALDEN, March 9 - Norrland Paper Corp confirmed it will close the Halden mill and cut 300 jobs.',
    },
    rule: 'date-conflict',
    flagged: {},
  },
  {
    name: 'reports four weeks apart measure again: the difference is information, with the gap',
    articles: {
      a: 'Published: 6 March 2024\nThe Tarnia central bank said the narrow money supply of Tarnia rose 481 million dlrs in the week to 250.3 billion dlrs.',
      b: 'Published: 3 April 2024\nThe Tarnia central bank said the narrow money supply of Tarnia fell 507 million dlrs in the week to 249.1 billion dlrs.',
    },
    rule: 'figure-conflict',
    flagged: { a: '250.3 billion', b: '249.1 billion' },
    severity: 'information',
  },
  {
    name: 'who tells a figure is not what it is about: "according to Radio Sela" and "the Kessa Times said"',
    articles: {
      a: 'Published: 14 April 2024\nThe Varn river flood killed 12 people, according to Radio Sela.',
      b: 'Published: 14 April 2024\nThe Varn river flood killed 9 people, the Kessa Times said.',
    },
    rule: 'figure-conflict',
    flagged: { a: '12', b: '9' },
    severity: 'warning',
  },
  {
    name: 'the one clock time each article gives is taken as the same moment, even with few words in common',
    articles: {
      a: 'Published: 3 November 2024\nThe final at Corren Park ended at 12:47 a.m. with a ground ball to second base.',
      b: 'Published: 3 November 2024\nFans stayed at Corren Park after the last pitch, thrown at 00:52 by the Harrow Hawks closer.',
    },
    rule: 'date-conflict',
    flagged: { a: '12:47 a.m.', b: '00:52' },
    severity: 'information',
  },
  {
    name: 'an article that also gives the other value tells of two things: information, not a warning',
    articles: {
      a: 'Published: 5 March 2024\nOstler Partners raised its offer for Brannock Foods to $40 a share on Tuesday. Its first offer had been $35 a share.',
      b: 'Published: 5 March 2024\nOstler Partners raised its offer for Brannock Foods to $35 a share on Tuesday, the company said.',
    },
    rule: 'figure-conflict',
    flagged: { a: '$40', b: '$35' },
    severity: 'information',
  },
  {
    name: 'three sources with three values have no majority to warn against: information, not a warning',
    articles: {
      a: 'Published: 5 March 2024\nThe Tarnia statistics office said factory output rose 1.2 pct in January, led by steel.',
      b: 'Published: 5 March 2024\nThe Tarnia statistics office said factory output rose 0.4 pct in January after a weak December.',
      c: 'Published: 5 March 2024\nThe Tarnia statistics office said factory output rose 2.6 pct in January on car production.',
    },
    rule: 'figure-conflict',
    flagged: { a: '1.2', b: '0.4', c: '2.6' },
    severity: 'information',
  },
  {
    name: 'three sources where two agree: the odd one out is still a warning',
    articles: {
      a: 'Published: 14 April 2024\nThe Varn river flood killed 12 people, the regional governor said.',
      b: 'Published: 14 April 2024\nThe Varn river flood killed 12 people, officials told reporters.',
      c: 'Published: 14 April 2024\nThe Varn river flood killed 9 people, the regional governor said on Sunday.',
    },
    rule: 'figure-conflict',
    flagged: { a: '12', b: '12', c: '9' },
    severity: 'warning',
  },
];

function findingsOf(articles: Record<string, string>): { corpus: Corpus; findings: Finding[] } {
  const corpus = new Corpus();
  corpus.storyMode = 'corpus';
  for (const [name, body] of Object.entries(articles)) corpus.set(name, analyzeArticle(`Headline of ${name} for the test\n${body}`));
  return { corpus, findings: runRules(corpus, defaultConfig(), (a) => a).findings };
}

for (const example of EXAMPLES) {
  test(`disagreement example — ${example.name}`, () => {
    const { findings } = findingsOf(example.articles);
    const flagged: Record<string, string> = {};
    for (const finding of findings.filter((f) => f.rule === example.rule)) {
      const text = `Headline of ${finding.article} for the test\n${example.articles[finding.article]}`;
      flagged[finding.article] = text.slice(finding.start, finding.end);
    }
    assert.deepEqual(flagged, example.flagged);
    const severities = new Set(findings.filter((f) => f.rule === example.rule).map((f) => f.severity));
    if (example.severity) assert.deepEqual([...severities], [example.severity]);
  });
}
