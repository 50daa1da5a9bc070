import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../server/src/engine/analyze';
import { defaultConfig } from '../../server/src/engine/config';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { editDistance, letterSet, looseKey, spellingKey } from '../../server/src/engine/names/spelling';
import { runRules } from '../../server/src/engine/rules/runRules';
import type { Finding } from '../../server/src/engine/rules/types';

// Invented articles: name → body. Each case lists what must be flagged (article, the text the finding points at,
// the spelling its fix offers) or that nothing may be flagged.
interface Case {
  title: string;
  articles: Record<string, string>;
  flagged?: Array<{ article: string; text: string; replacement?: string; severity?: string }>;
}

function run(articles: Record<string, string>, rule: string): Array<Finding & { text: string }> {
  const corpus = new Corpus();
  const texts: Record<string, string> = {};
  for (const [name, body] of Object.entries(articles)) {
    texts[name] = `Headline of ${name} for the test\n${body}`;
    corpus.set(name, analyzeArticle(texts[name]));
  }
  return runRules(corpus, defaultConfig(), (a) => a).findings.filter((f) => f.rule === rule).map((f) => ({ ...f, text: texts[f.article].slice(f.start, f.end) }));
}

const variants: Case[] = [
  {
    title: 'a surname misspelt, with the title after the name',
    articles: {
      a: 'The bridge was unsafe, said engineer Tomasz Wierzbicki.',
      b: 'Tomasz Wierzbiki, the site engineer, said the bridge was unsafe. Wierzbiki asked for a new survey.',
      c: 'Tomasz Wierzbicki, who inspected the bridge, asked for a survey.',
    },
    flagged: [{ article: 'b', text: 'Wierzbiki', replacement: 'Wierzbicki', severity: 'warning' }],
  },
  {
    title: 'a one-word company name with one letter changed',
    articles: {
      a: 'The repairs were billed by Voltrana in March.',
      b: 'Voltrana sent the invoice to the council.',
      c: 'The council paid Voltrena for the repairs.',
    },
    flagged: [{ article: 'c', text: 'Voltrena', replacement: 'Voltrana', severity: 'warning' }],
  },
  {
    title: 'a transliterated given name, the particle set aside',
    articles: {
      a: 'The group is led by Abu Mohammed al-Qadri, officials said.',
      b: 'Officials said Abu Muhammad al-Qadri leads the group.',
    },
    flagged: [
      { article: 'a', text: 'Mohammed', replacement: 'Muhammad' },
      { article: 'b', text: 'Muhammad', replacement: 'Mohammed' },
    ],
  },
  {
    title: 'one acronym expanded two ways',
    articles: {
      a: 'Fares will rise, the Regional Transit Authority (RTA) said on Monday.',
      b: 'The Regional Transport Authority (RTA) said fares will rise.',
    },
    flagged: [{ article: 'b', text: 'Regional Transport Authority', replacement: 'Regional Transit Authority' }],
  },
  {
    title: 'an article that writes a surname two ways, one of them the way other articles write it',
    articles: {
      a: 'The bridge was unsafe, said engineer Tomasz Wierzbicki.',
      b: 'Tomasz Wierzbicki asked for a survey.',
      c: 'Tomasz Wierzbicki inspected the bridge on Monday. Later, Wierzbiki asked for a survey.',
    },
    flagged: [{ article: 'c', text: 'Wierzbiki', replacement: 'Wierzbicki', severity: 'information' }],
  },
  {
    title: 'a one-word name slipped once in an article that otherwise agrees with the others',
    articles: {
      a: 'The ferry Valdoria sailed at noon. Valdoria carried 300 people.',
      b: 'Passengers boarded the Valdoria in the morning.',
      c: 'The Valdoria left port late. Crew members said Valdora had a broken radar.',
    },
    flagged: [{ article: 'c', text: 'Valdora', replacement: 'Valdoria', severity: 'information' }],
  },
  {
    title: 'two letters swapped in a surname',
    articles: {
      a: 'Marta Kowalczyk won the race.',
      b: 'The race went to Marta Kowalczyk.',
      c: 'Marta Kowalcyzk crossed the line first.',
    },
    flagged: [{ article: 'c', text: 'Kowalcyzk', replacement: 'Kowalczyk' }],
  },
  {
    title: 'a letter moved and doubled in a surname',
    articles: {
      a: 'Pavel Marten, a witness, saw the fire.',
      b: 'The fire was seen by Pavel Marten.',
      c: 'Pavel Mratten said he saw smoke.',
    },
    flagged: [{ article: 'c', text: 'Mratten', replacement: 'Marten' }],
  },
  {
    title: 'a place name misspelt once and read as another kind of name there',
    articles: {
      a: 'Ships docked at Port Velora on Monday.',
      b: 'Ships could not leave Port Velora on Tuesday.',
      c: 'Crews at the docks were tired, Port Velara said.',
    },
    flagged: [{ article: 'c', text: 'Velara', replacement: 'Velora' }],
  },
  {
    title: 'an official name with another preposition',
    articles: {
      a: 'The Commission for Coastal Safety said the beach was closed.',
      b: 'A report by the Commission for Coastal Safety found cracks.',
      c: 'The Commission of Coastal Safety closed the beach.',
    },
    flagged: [{ article: 'c', text: 'Commission of Coastal Safety', replacement: 'Commission for Coastal Safety' }],
  },
  {
    title: 'an organisation name with one word in the plural',
    articles: {
      a: 'The case went to the Road Safety Bureau of the county.',
      b: 'Inspectors of the Roads Safety Bureau closed the bridge.',
      c: 'The Road Safety Bureau said it would appeal.',
    },
    flagged: [{ article: 'b', text: 'Roads', replacement: 'Road' }],
  },
];

const distinct: Case[] = [
  { title: 'compass words', articles: { a: 'Envoys from South Korea arrived in Geneva.', b: 'Envoys from North Korea arrived in Geneva.' } },
  { title: 'places that look alike', articles: { a: 'The flight from Chicago landed late.', b: 'The flight from China landed late.' } },
  { title: 'two countries', articles: { a: 'Talks in Austria ended on Friday.', b: 'Talks in Australia ended on Friday.' } },
  { title: 'two first names known apart', articles: { a: 'Ron Baker said the vote was fair.', b: 'Ray Baker said the vote was fair.', c: 'Mark Oduya spoke first.', d: 'Mary Oduya spoke first.' } },
  { title: 'a name and its demonym', articles: { a: 'Korea agreed to the plan.', b: 'A Korean official agreed to the plan.' } },
  { title: 'both spellings side by side', articles: { a: 'Voltrana and Voltrena both bid for the work.', b: 'Voltrana won the bid.' } },
  { title: 'numbered missions', articles: { a: 'The Lunaris-4 probe landed.', b: 'The Lunaris-5 probe landed.' } },
  {
    title: 'a lone surname against the surname of a full name in other articles only',
    articles: { a: 'Senator Lena Dayton spoke first.', b: 'Lena Dayton voted for the bill.', c: 'The bill passed after Dalton voted against it.' },
  },
  {
    title: 'an ordinary word beside a company name in an article that also writes the company',
    articles: { a: 'Carpex shares rose.', b: 'Carpex reported a profit.', c: 'Carpex reported a profit on Monday. Its best seller is the Carpet range.' },
  },
  {
    title: 'one body and several of its kind',
    articles: { a: 'The Velora Development Bank lent more.', b: 'The Velora Development Bank said so.', c: 'Loans from the Velora Development Banks rose.' },
  },
  {
    title: 'a place and a hyphenated pair of places',
    articles: { a: 'Velora signed the deal.', b: 'Velora signed the deal on Monday.', c: 'The Velora-N trade pact was signed. Velora hailed it.' },
  },
  {
    title: 'an ordinary capitalised word against a surname',
    articles: { a: 'Amira Christiane spoke on Monday.', b: 'Amira Christiane voted.', c: 'The Christian group met on Monday.' },
  },
  {
    title: 'an official name with and without a preposition phrase',
    articles: { a: 'The Bank of Velora raised rates.', b: 'The Bank of Velora said so.', c: 'The Bank of Velora for Farmers lent more.' },
  },
];

for (const c of variants) {
  test(`name-variant: ${c.title}`, () => {
    const found = run(c.articles, 'name-variant');
    assert.deepEqual(found.map((f) => `${f.article} ${f.text}`).sort(), c.flagged!.map((f) => `${f.article} ${f.text}`).sort(), JSON.stringify(found.map((f) => f.message)));
    for (const expected of c.flagged!) {
      const finding = found.find((f) => f.article === expected.article)!;
      assert.match(finding.message, /^Spelling differs: this article writes “[^”]+”(?: for [A-Z]+| and elsewhere “[^”]+”)?; .+ writes? “[^”]+”/);
      if (expected.replacement) assert.equal(finding.fix?.replacement, expected.replacement);
      if (expected.severity) assert.equal(finding.severity, expected.severity);
      assert.ok(finding.related.length > 0 && finding.related.every((r) => r.article !== expected.article));
    }
  });
}

for (const c of distinct) {
  test(`name-variant: never for ${c.title}`, () => {
    assert.deepEqual(run(c.articles, 'name-variant').map((f) => f.message), []);
  });
}

test('name-variant: the fix respells every mention of the word in the article', () => {
  const [finding] = run({
    a: 'The bridge was unsafe, said engineer Tomasz Wierzbicki. Wierzbicki asked for a survey.',
    b: 'Tomasz Wierzbicki asked for a survey.',
    c: 'Tomasz Wierzbiki, the site engineer, spoke. Wierzbiki asked for a survey.',
  }, 'name-variant');
  assert.equal(finding.article, 'c');
  assert.equal(finding.fix?.spans.length, 2);
  assert.equal(finding.fix?.title, "Use 'Wierzbicki' (2 articles)");
  assert.deepEqual(finding.related.map((r) => r.article).sort(), ['a', 'b']);
});

test('names: titles, particles and possessives set aside; sentence-initial ordinary words dropped', () => {
  const names = analyzeArticle('Headline for the test\nOfficials met Abu Ali al-Masri. Yesterday the Regional Transit Authority (RTA) spoke to Prime Minister Ana Ruiz\'s aide.').names;
  const read = names.map((n) => [n.tokens.map((t) => t.text).join(' '), n.particles.join(' ')]);
  assert.deepEqual(read, [['Abu Ali Masri', 'al'], ['Regional Transit Authority', ''], ['RTA', ''], ['Ana Ruiz', '']]);
  assert.equal(names[1].acronym?.text, 'RTA');
  assert.equal(names[3].title, 'prime minister');
});

test('names: an age before a name is not part of it; "of the" stays inside an organisation name', () => {
  const names = analyzeArticle('Headline for the test\nRescuers said Seven-year-old Tomasz Wierzbicki was found by the Society for the Protection of Caves.').names;
  assert.deepEqual(names.map((n) => n.text), ['Tomasz Wierzbicki', 'Society for the Protection of Caves']);
  assert.deepEqual(analyzeArticle('Headline for the test\nThe Ministry of Health and the Velora Trust met.').names.map((n) => n.text), ['Ministry of Health', 'Velora Trust']);
});

test('spelling keys: transliteration-blind loose keys', () => {
  assert.equal(spellingKey('Ji-hoon'), spellingKey('Jihoon'));
  assert.equal(looseKey('Mohammed'), looseKey('Muhammad'));
  assert.equal(looseKey('Chosun'), looseKey('Joseon'));
  assert.equal(looseKey('John'), looseKey('Jon'));
  assert.notEqual(looseKey('Iran'), looseKey('Oran'));
  assert.notEqual(looseKey('Mark'), looseKey('Mary'));
});

test('spelling distance: a swap of two letters is one edit; moved or doubled letters keep the letter set', () => {
  assert.equal(editDistance('kowalczyk', 'kowalcyzk'), 1);
  assert.equal(editDistance('marten', 'mratten'), 2);
  assert.equal(letterSet('marten'), letterSet('mratten'));
  assert.notEqual(letterSet('marten'), letterSet('martin'));
});

test('role-conflict: an appositive office against what most articles say; a rank difference is information', () => {
  const offices = run({
    a: 'The plan was backed by Lucien Faraud, mayor of Port Elmira, on Monday.',
    b: 'Lucien Faraud, the president of the region, said the plan was sound.',
    c: 'Lucien Faraud, the president of the region, spoke on Monday.',
  }, 'role-conflict');
  assert.deepEqual(offices.map((f) => `${f.article} ${f.severity} ${f.text}`), ['a warning mayor of Port Elmira']);
  assert.match(offices[0].message, /^Title differs: this article calls Lucien Faraud “mayor”; “Headline of b for the test”, “Headline of c for the test” say “president”/);
  const ranks = run({
    a: 'Xu Ming, an assistant professor of physics, led the study.',
    b: 'The study was led by Xu Ming, a professor of physics.',
  }, 'role-conflict');
  assert.deepEqual(ranks.map((f) => `${f.article} ${f.severity}`).sort(), ['a information', 'b information']);
  assert.deepEqual(run({
    a: 'Lucien Faraud, the former mayor of Port Elmira, spoke.',
    b: 'Lucien Faraud, the president of the region, spoke.',
    c: 'Lucien Faraud, deputy mayor of Port Elmira, spoke.',
    d: 'Lucien Faraud, whose father was mayor, spoke.',
  }, 'role-conflict').filter((f) => f.severity === 'warning'), []);
  const heads = run({
    a: 'Museum director Ines Valtorre said the roof leaked.',
    b: 'Director Ines Valtorre closed the hall.',
    c: 'Museum president Ines Valtorre said repairs would take a year.',
  }, 'role-conflict');
  assert.deepEqual(heads.map((f) => `${f.article} ${f.severity} ${f.text}`), ['c information president']);
  assert.deepEqual(run({
    a: 'Acting director Ines Valtorre said the roof leaked.',
    b: 'Director Ines Valtorre closed the hall.',
    c: 'Ines Valtorre, the director of the museum, spoke.',
    d: 'After weeks of criticism of Ines Valtorre, the president said on Sunday that she would stay.',
  }, 'role-conflict'), []);
  assert.deepEqual(run({
    a: 'Attorney General Ines Valtorre spoke.',
    b: 'Colonel Ines Valtorre spoke.',
    c: 'Colonel Ines Valtorre left.',
  }, 'role-conflict'), []);
  const slip = run({
    a: 'Lucien Faraud, the president of the region, spoke. Mayor Lucien Faraud left early.',
    b: 'Lucien Faraud, the president of the region, said the plan was sound.',
    c: 'Regional president Lucien Faraud spoke on Monday.',
  }, 'role-conflict');
  assert.deepEqual(slip.map((f) => `${f.article} ${f.severity} ${f.text}`), ['a information Mayor']);
  assert.match(slip[0].message, /calls Lucien Faraud “mayor” here and “president” elsewhere/);
});
