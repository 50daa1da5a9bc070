import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../server/src/engine/analyze';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import type { CanonicalEntity } from '../../server/src/engine/corpus/resolveEntities';
import { readSeed } from '../helpers/text';

/** Builds a corpus from short articles written for these tests: name → text (a headline line is added). */
function corpusOf(articles: Record<string, string>): Corpus {
  const corpus = new Corpus();
  for (const [name, body] of Object.entries(articles)) corpus.set(name, analyzeArticle(`Headline of ${name} for the test\n${body}`));
  return corpus;
}

function entityNamed(corpus: Corpus, surface: string): CanonicalEntity {
  const found = corpus.entities().filter((e) => e.name === surface || e.aliases.includes(surface));
  assert.equal(found.length, 1, `expected one entity written "${surface}", found ${found.map((e) => e.name).join(', ') || 'none'}`);
  return found[0];
}

const articlesOf = (entity: CanonicalEntity): string[] => [...new Set(entity.mentions.map((m) => m.article))].sort();

test('resolution merges hyphen, case, diacritic and spacing variants of one name', () => {
  const corpus = corpusOf({
    a: 'President Park Min-jun met the press. Park said talks went well.',
    b: 'President Park Min Jun arrived on Tuesday.',
    c: 'Envoy Park Min\u2011jun visited the Tōdai‑ji Temple in Kyoto.',
    d: 'Tourists crowded the Todaiji temple complex near Kyoto.',
  });
  const park = entityNamed(corpus, 'Park Min-jun');
  assert.deepEqual(articlesOf(park), ['a', 'b', 'c']);
  assert.equal(park.kind, 'person');
  assert.ok(park.titles.includes('President'));
  const temple = entityNamed(corpus, 'Todaiji');
  assert.deepEqual(articlesOf(temple), ['c', 'd']);
});

test('resolution links an acronym to the expansion an article defined, across articles', () => {
  const corpus = corpusOf({
    a: 'Ministers discussed the Regional Maritime Safety Agreement (RMSA) on Monday.',
    b: 'Critics say the RMSA is too weak.',
    c: 'The Regional Maritime Safety Agreement was signed in 2019.',
  });
  const agreement = entityNamed(corpus, 'RMSA');
  assert.deepEqual(articlesOf(agreement), ['a', 'b', 'c']);
  assert.equal(agreement.name, 'Regional Maritime Safety Agreement');
});

test('resolution treats a place with and without its generic word as one place', () => {
  const corpus = corpusOf({
    a: 'Floods hit Kagawa Prefecture on Sunday.',
    b: 'Residents of Kagawa returned home, officials in Kagawa said.',
  });
  assert.deepEqual(articlesOf(entityNamed(corpus, 'Kagawa Prefecture')), ['a', 'b']);
});

test('resolution keeps apart two people who share a surname, and a lone shared surname', () => {
  const corpus = corpusOf({
    a: 'Senator Lee Min-jun criticised the plan.',
    b: 'Minister Lee Soo-ah defended the plan.',
    c: 'Lee declined to comment.',
  });
  const minJun = entityNamed(corpus, 'Lee Min-jun');
  const sooAh = entityNamed(corpus, 'Lee Soo-ah');
  assert.notEqual(minJun.id, sooAh.id);
  assert.deepEqual(articlesOf(minJun), ['a']);
  assert.deepEqual(articlesOf(sooAh), ['b']);
  assert.ok(!minJun.aliases.includes('Lee') && !sooAh.aliases.includes('Lee'), 'an ambiguous "Lee" must not join either');
});

test('resolution keeps apart two people who share a first name', () => {
  const corpus = corpusOf({
    a: 'Coach Maria Okafor praised the team.',
    b: 'Striker Maria Lindgren scored twice.',
  });
  assert.notEqual(entityNamed(corpus, 'Maria Okafor').id, entityNamed(corpus, 'Maria Lindgren').id);
});

test('resolution attaches a lone surname to the only full name that has it', () => {
  const corpus = corpusOf({
    a: 'Governor Ines Haldorsen opened the bridge.',
    b: 'Haldorsen said the engineers did well.',
  });
  assert.deepEqual(articlesOf(entityNamed(corpus, 'Ines Haldorsen')), ['a', 'b']);
});

test('resolution follows changes: replacing and deleting an article updates the entities', () => {
  const corpus = corpusOf({ a: 'Mayor Ines Haldorsen spoke.', b: 'Mayor Ines Haldorsen left.' });
  assert.deepEqual(articlesOf(entityNamed(corpus, 'Ines Haldorsen')), ['a', 'b']);
  const version = corpus.version;
  corpus.set('b', analyzeArticle('Headline of b for the test\nMayor Tomas Varga left.'));
  assert.ok(corpus.version > version);
  assert.deepEqual(articlesOf(entityNamed(corpus, 'Ines Haldorsen')), ['a']);
  corpus.delete('a');
  assert.equal(corpus.entities().filter((e) => e.name === 'Ines Haldorsen').length, 0);
});

test('resolution on the seeds: one entity each for the names the issue lists', () => {
  const corpus = new Corpus();
  for (const prefix of ['000', '001', '002', '003', '004']) corpus.set(prefix, analyzeArticle(readSeed(prefix).text));
  const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2011/g, '-');
  const find = (surface: string) => corpus.entities().filter((e) => [e.name, ...e.aliases].map(plain).includes(surface));
  assert.equal(find('Lee Jae Myung').length, 1);
  assert.equal(find('Lee Jae-myung').length, 1);
  assert.equal(find('Lee Jae Myung')[0].id, find('Lee Jae-myung')[0].id);
  assert.equal(find('Horyuji')[0].id, find('Hōryū-ji Temple')[0].id);
  const cptpp = find('CPTPP');
  assert.equal(cptpp.length, 1);
  assert.deepEqual(articlesOf(cptpp[0]), ['000', '001', '002', '003', '004']);
  const takaichi = find('Sanae Takaichi')[0];
  assert.equal(articlesOf(takaichi).length, 5);
});

test('dates and figures are indexed across articles by value and unit', () => {
  const corpus = corpusOf({
    a: 'Published: 14 Jan. 2026\nThe vote was on Tuesday. Turnout was 61 percent among 12 members.',
    b: 'Published: 15 Jan. 2026\nThe vote on January 13 drew 12 members.',
  });
  const tuesday = corpus.get('a')!.dates.find((d) => d.text === 'Tuesday')!;
  assert.equal(tuesday.value, '2026-01-13');
  assert.deepEqual(corpus.datesLike('2026-01-13', 'a').map((o) => [o.article, o.date.text]), [['b', 'January 13']]);
  const members = corpus.get('a')!.figures.find((f) => f.unit === 'members')!;
  assert.deepEqual(corpus.figuresLike(members, 'a').map((o) => [o.article, o.figure.value]), [['b', 12]]);
});

test('peekEntityAt answers from the last resolution without resolving again', () => {
  const corpus = corpusOf({ a: 'Mayor Ines Haldorsen spoke.', b: 'Ines Haldorsen said no.' });
  const start = corpus.get('a')!.entities[0].start;
  assert.equal(corpus.peekEntityAt('a', start), undefined, 'nothing is resolved yet');
  assert.equal(corpus.entityAt('a', start)?.name, 'Ines Haldorsen');
  corpus.set('b', analyzeArticle('Headline of b for the test\nTomas Varga said no.'));
  assert.equal(corpus.peekEntityAt('a', start)?.name, 'Ines Haldorsen', 'the previous resolution still answers');
  assert.deepEqual(articlesOf(corpus.peekEntityAt('a', start)!), ['a', 'b'], 'and it is stale until something resolves');
  assert.deepEqual(articlesOf(corpus.entityAt('a', start)!), ['a']);
});

test('a hover after a change answers from the settled resolution, and resolves only for mentions it does not know', () => {
  const corpus = corpusOf({
    a: 'Anna Doe, the mayor of Karlin, opened the bridge on Monday.',
    b: 'Karlin mayor Anna Doe said the bridge cost 40 million euros.',
  });
  const text = 'Headline of a for the test\nAnna Doe, the mayor of Karlin, opened the bridge on Monday.';
  const start = text.indexOf('Anna Doe');
  const before = corpus.entityAt('a', start);
  assert.ok(before, 'Anna Doe is an entity');
  corpus.set('c', analyzeArticle('Headline of c for the test\nAnna Doe visited Velora on Tuesday.'));
  // The same object: the settled resolution answered, nothing was resolved again for this mention.
  assert.equal(corpus.settledEntityAt('a', start), before);
  // A mention only the new article has is resolved now, with every article's mentions.
  const fresh = corpus.settledEntityAt('c', 'Headline of c for the test\n'.length);
  assert.deepEqual(fresh && [...new Set(fresh.mentions.map((m) => m.article))].sort(), ['a', 'b', 'c']);
  // After a full resolution the settled answer is the new one.
  assert.notEqual(corpus.entityAt('a', start), before);
  assert.equal(corpus.settledEntityAt('a', start), corpus.entityAt('a', start));
});
