import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateCorpus } from '../../bench/generateCorpus';
import { random } from '../../bench/perturb';
import { analyzeArticle } from '../../server/src/engine/analyze';
import { defaultConfig } from '../../server/src/engine/config';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { runRules } from '../../server/src/engine/rules/runRules';
import { StoryFindings } from '../../server/src/engine/rules/storyFindings';
import type { Finding } from '../../server/src/engine/rules/types';
import type { RegroupLimits } from '../../server/src/engine/stories/storyIndex';
import type { ArticleAnalysis } from '../../server/src/engine/types';

// Comparable findings: everything but the function that lists related spans on request, in a fixed order.
const comparable = (findings: readonly Finding[]): string[] => findings.map((f) => JSON.stringify({ ...f, allRelated: undefined })).sort();
/** The stories of a corpus as sorted member lists, leaving out some articles. */
const storySets = (corpus: Corpus, without: ReadonlySet<string> = new Set()): string[] =>
  [...corpus.allStories().values()].map((members) => members.filter((id) => !without.has(id)).join('|')).filter((list) => list !== '').sort();
const entities = (corpus: Corpus): string[] => corpus.entities().map((e) => JSON.stringify(e)).sort();

/** A corpus built afresh from analyses, in the given order: what a full recomputation sees. */
function fresh(analyses: ReadonlyMap<string, ArticleAnalysis>, regroup?: RegroupLimits): Corpus {
  const corpus = new Corpus(regroup);
  for (const [id, analysis] of analyses) corpus.set(id, analysis);
  return corpus;
}

type Operation = 'space' | 'figure' | 'sentence' | 'name' | 'surname' | 'add' | 'remove';
const OPERATIONS: Operation[] = ['space', 'figure', 'sentence', 'name', 'surname', 'add', 'remove'];

/** One random change of the corpus's texts; returns what it did and the article it changed. */
function change(texts: Map<string, string>, spare: string[], people: readonly string[], next: () => number, step: number): { operation: Operation; id: string } {
  const operation = OPERATIONS[Math.floor(next() * OPERATIONS.length)];
  const ids = [...texts.keys()];
  const id = ids[Math.floor(next() * ids.length)];
  const text = texts.get(id)!;
  if (operation === 'add' && spare.length > 0) {
    const added = `added/${step}.txt`;
    texts.set(added, spare.pop()!);
    return { operation, id: added };
  }
  if (operation === 'remove' && texts.size > 10) {
    texts.delete(id);
    return { operation, id };
  }
  if (operation === 'figure') {
    // Another number in place of the first one written in digits: the story's claims change, its words do not.
    texts.set(id, text.replace(/\b\d+\b(?![-:])/, (digits) => String(Number(digits) + 1 + Math.floor(next() * 9))));
    return { operation, id };
  }
  if (operation === 'sentence') {
    // A sentence of the article written again: its words' counts change, and no word is new to the corpus.
    const body = text.split('\n').filter((line) => line.length > 60);
    texts.set(id, `${text}\n${body[Math.floor(next() * body.length)] ?? ''}\n`);
    return { operation, id };
  }
  if (operation === 'surname' && people.length > 0) {
    // A new full name around a person's name: a lone name written alone elsewhere now belongs to it, and the
    // entities must be resolved again; or the surname of a full name written alone.
    const person = people[Math.floor(next() * people.length)];
    const written = person.includes(' ') ? person.split(' ').pop()! : `Dana ${person}`;
    texts.set(id, `${text}\n${written} spoke to reporters on Tuesday.\n`);
    return { operation, id };
  }
  if (operation === 'name') {
    // A name no other article writes, new at each step.
    const name = `${['Mirela', 'Tovan', 'Ilsa', 'Bram'][step % 4]} Okonjo${'abcdefghij'[step % 10]}${'klmnopqrst'[Math.floor(step / 10) % 10]}`;
    texts.set(id, `${text}\n${name}, a spokesperson, declined to comment.\n`);
    return { operation, id };
  }
  // A space typed after a random word of the body: every mention after it moves.
  const at = text.indexOf(' ', text.indexOf('\n\n') + Math.floor(next() * (text.length / 2)));
  texts.set(id, at >= 0 ? `${text.slice(0, at)} ${text.slice(at)}` : `${text} `);
  return { operation: 'space', id };
}

test('incremental findings: random edits, additions and removals give the findings of a full comparison', () => {
  const generated = generateCorpus(70, 7);
  const texts = new Map(generated.slice(0, 56).map((a) => [a.id, a.text]));
  const spare = generated.slice(56).map((a) => a.text);
  const analyses = new Map([...texts].map(([id, text]) => [id, analyzeArticle(text)]));
  // Stories are placed one article at a time in this small corpus too (by default it would be grouped again).
  const corpus = fresh(analyses, { minArticles: 0, maxChangedFraction: 1 });
  const findings = new StoryFindings();
  const config = defaultConfig();
  const same = (article: string) => article;
  findings.update(corpus, config, same);
  const next = random(11);
  let sameStoriesAsFull = 0;
  const placed = new Set<string>();
  const steps = 40;
  for (let step = 0; step < steps; step++) {
    const storiesBefore = storySets(corpus);
    const people = corpus.entities().filter((e) => e.kind === 'person').map((e) => e.name);
    const { operation, id } = change(texts, spare, people, next, step);
    const before = new Set([...corpus.storyMembers(id)]);
    const stamps = new Map(corpus.ids().map((article) => [article, corpus.stamp(article)]));
    const outlet = (analyses.get(id) ?? analyzeArticle(texts.get(id) ?? '')).meta.source;
    if (texts.has(id)) {
      const analysis = analyzeArticle(texts.get(id)!);
      analyses.set(id, analysis);
      corpus.set(id, analysis);
    } else {
      analyses.delete(id);
      corpus.delete(id);
    }
    const update = findings.update(corpus, config, same);
    const label = `step ${step} (${operation} ${id})`;
    // The per-story findings equal the rules run over the whole corpus as it is grouped now.
    assert.deepEqual(comparable(update.results.findings), comparable(runRules(corpus, config, same).findings), label);
    // Only stories that gained or lost an article, or one of whose articles changed in what the rules read (its
    // stamp), were compared again; typing changes the stamps of the article and, where it edits a line its outlet
    // repeats, of the outlet's articles that write that line.
    const after = texts.has(id) ? corpus.storyMembers(id) : [];
    const restamped = new Set(corpus.ids().filter((article) => corpus.stamp(article) !== stamps.get(article)));
    const allowed = new Set([...before, ...after]);
    for (const members of corpus.allStories().values()) {
      if (members.some((article) => restamped.has(article))) for (const article of members) allowed.add(article);
    }
    for (const article of update.changed ?? []) assert.ok(allowed.has(article), `${label}: ${article} compared again`);
    if (operation === 'space' || operation === 'figure') {
      for (const article of restamped) assert.ok(article === id || analyses.get(article)?.meta.source === outlet, `${label}: ${article} restamped`);
    }
    // Entities resolved one article at a time equal a whole resolution of the same analyses.
    const full = fresh(analyses);
    assert.deepEqual(entities(corpus), entities(full), label);
    // Typing that changes no story term keeps every story.
    if (operation === 'space' || operation === 'figure') assert.deepEqual(storySets(corpus), storiesBefore, label);
    // Articles placed one at a time (added, or changed in their words) may land where a full grouping would not
    // put them (the class comment of StoryIndex says when); every other article is grouped as a full grouping
    // groups it.
    if (operation === 'add' || operation === 'sentence' || operation === 'name' || operation === 'surname') placed.add(id);
    assert.deepEqual(storySets(corpus, placed), storySets(full, placed), label);
    // Where the stories are those of a full grouping, so are the findings.
    if (storySets(corpus).join('\n') === storySets(full).join('\n')) {
      sameStoriesAsFull++;
      // And so is boilerplate: a line an outlet repeats in articles of two stories.
      const boilerplate = (c: Corpus) => [...analyses].flatMap(([article, a]) => (a.lineFingerprints ?? []).filter((line) => c.isBoilerplate(article, line.start)).map((line) => `${article}@${line.start}`));
      assert.deepEqual(boilerplate(corpus), boilerplate(full), label);
      assert.deepEqual(comparable(update.results.findings), comparable(runRules(full, config, same).findings), label);
    }
  }
  assert.ok(sameStoriesAsFull > 0);
  // A full regroup afterwards agrees exactly.
  corpus.regroupStories();
  const regrouped = findings.update(corpus, config, same);
  assert.deepEqual(storySets(corpus), storySets(fresh(analyses)));
  assert.deepEqual(comparable(regrouped.results.findings), comparable(runRules(fresh(analyses), config, same).findings));
});

test('incremental findings: a corpus compared while empty, then filled, is compared as a whole', () => {
  const corpus = new Corpus();
  const findings = new StoryFindings();
  const config = defaultConfig();
  const same = (article: string) => article;
  findings.update(corpus, config, same);
  const analyses = new Map(generateCorpus(24, 3).map((a) => [a.id, analyzeArticle(a.text)]));
  for (const [id, analysis] of analyses) corpus.set(id, analysis);
  const { results } = findings.update(corpus, config, same);
  assert.ok(results.findings.length > 0);
  assert.deepEqual(comparable(results.findings), comparable(runRules(fresh(analyses), config, same).findings));
});

test('incremental findings: comparisons left unfinished when the corpus changes give, once one completes, the findings of a full comparison and every article they changed', () => {
  const generated = generateCorpus(48, 5);
  const texts = new Map(generated.map((a) => [a.id, a.text]));
  const analyses = new Map([...texts].map(([id, text]) => [id, analyzeArticle(text)]));
  const corpus = fresh(analyses, { minArticles: 0, maxChangedFraction: 1 });
  const findings = new StoryFindings();
  const config = defaultConfig();
  const same = (article: string) => article;
  let published = new Map(corpus.ids().map((id) => [id, comparable(findings.update(corpus, config, same).results.findings.filter((f) => f.article === id)).join('\n')]));
  const next = random(5);
  let abandonedSteps = 0;
  let saidChanged: Set<string> | null = new Set();
  for (let round = 0; round < 6; round++) {
    // Two or three edits, each arriving while the comparison of the previous one is under way.
    for (let edit = 0; edit < 2 + (round % 2); edit++) {
      const ids = [...texts.keys()];
      const id = ids[Math.floor(next() * ids.length)];
      const text = texts.get(id)!.replace(/\b\d+\b(?![-:])/, (digits) => String(Number(digits) + 2));
      texts.set(id, text);
      const analysis = analyzeArticle(text);
      analyses.set(id, analysis);
      corpus.set(id, analysis);
      const steps = findings.updateInSteps(corpus, config, same);
      // A comparison that ends within its steps is a completed update: what it changed counts too.
      for (let k = Math.floor(next() * 4); k > 0; k--) {
        const step = steps.next();
        if (step.done) {
          saidChanged = step.value.changed === null || saidChanged === null ? null : new Set([...saidChanged, ...step.value.changed]);
          break;
        }
        abandonedSteps++;
      }
    }
    const update = findings.update(corpus, config, same);
    const { results } = update;
    const changed = update.changed === null || saidChanged === null ? null : new Set([...saidChanged, ...update.changed]);
    saidChanged = new Set();
    const label = `round ${round}`;
    assert.deepEqual(comparable(results.findings), comparable(runRules(corpus, config, same).findings), label);
    // Every article whose findings differ from what was last published is among those said to have changed.
    const now = new Map(corpus.ids().map((id) => [id, comparable(results.findings.filter((f) => f.article === id)).join('\n')]));
    for (const [id, list] of now) if (list !== published.get(id)) assert.ok(changed === null || changed.has(id), `${label}: ${id} changed unsaid`);
    published = now;
  }
  assert.ok(abandonedSteps > 0, 'some comparisons were left midway');
});

// Invented articles. Each case edits one article of a small corpus; the entities kept up to date one article at a
// time must equal a whole resolution of the same texts, and the named mentions must (or must not) share an entity.
const BASE: Record<string, string> = {
  'a.txt': 'Ferry delayed in Kessa\nPublished: 2024-05-03\n\nKarlin told reporters in Kessa that the ferry would sail on Friday. The harbour office agreed.\n',
  'b.txt': 'Harbour office reopens\nPublished: 2024-05-03\n\nThe harbour office in Velora reopened on Friday after repairs, said Marta Vidal, who runs it.\n',
};
const ENTITY_CASES: Array<{ name: string; edit: [string, string | null]; together: [string, string][]; apart: [string, string][] }> = [
  {
    name: 'a full name added ties a lone surname written elsewhere to it',
    edit: ['b.txt', `${BASE['b.txt']}Anna Karlin, the harbour master, was not available.\n`],
    together: [['Karlin told', 'Anna Karlin']],
    apart: [],
  },
  {
    name: 'a place with its generic word added joins the place',
    edit: ['b.txt', `${BASE['b.txt']}Ferries to Kessa Prefecture resume on Monday.\n`],
    together: [['Kessa that', 'Kessa Prefecture']],
    apart: [],
  },
  {
    name: 'a new name tied to nothing is an entity of its own',
    edit: ['b.txt', `${BASE['b.txt']}Orsolya Vantrikke, a passenger, praised the crew.\n`],
    together: [],
    apart: [['Orsolya Vantrikke', 'Marta Vidal']],
  },
  {
    name: 'removing the only full name leaves the lone surname alone',
    edit: ['c.txt', null],
    together: [],
    apart: [['Karlin told', 'Marta Vidal']],
  },
];

const FULL_NAME = 'Harbour master named\nPublished: 2024-05-02\n\nThe harbour board named Anna Karlin harbour master of Kessa.\n';

for (const { name, edit, together, apart } of ENTITY_CASES) {
  test(`incremental entities: ${name}`, () => {
    const [id, text] = edit;
    // The removal case starts with the article it removes.
    const start = new Map(Object.entries(text === null ? { ...BASE, [id]: FULL_NAME } : BASE));
    const corpus = fresh(new Map([...start].map(([article, body]) => [article, analyzeArticle(body)])));
    corpus.entities();
    if (text === null) corpus.delete(id);
    else corpus.set(id, analyzeArticle(text));
    const full = fresh(new Map(corpus.ids().map((article) => [article, corpus.get(article)!])));
    assert.deepEqual(entities(corpus), entities(full));
    const now = new Map([...start].filter(([article]) => corpus.has(article)).map(([article, body]) => [article, article === id && text !== null ? text : body]));
    const entityOf = (phrase: string) => {
      for (const [article, body] of now) if (body.includes(phrase)) return corpus.entityAt(article, body.indexOf(phrase))?.id;
      assert.fail(`${phrase} is written nowhere`);
    };
    for (const [x, y] of together) assert.equal(entityOf(x), entityOf(y), `${x} / ${y}`);
    for (const [x, y] of apart) assert.notEqual(entityOf(x), entityOf(y), `${x} / ${y}`);
  });
}

test('incremental boilerplate: a line an outlet starts repeating in another story becomes boilerplate in both', () => {
  const generated = generateCorpus(40, 5);
  const analyses = new Map(generated.map((a) => [a.id, analyzeArticle(a.text)]));
  const corpus = fresh(analyses, { minArticles: 0, maxChangedFraction: 1 });
  corpus.settle();
  // Two articles of one outlet in two stories.
  const outletOf = (id: string) => analyses.get(id)!.meta.source;
  const first = generated.find((a) => outletOf(a.id) && generated.some((b) => outletOf(b.id) === outletOf(a.id) && corpus.storyOf(b.id) !== corpus.storyOf(a.id)))!;
  const second = generated.find((b) => outletOf(b.id) === outletOf(first.id) && corpus.storyOf(b.id) !== corpus.storyOf(first.id))!;
  const pitch = 'Reporting by the coastal desk with help from regional stringers.';
  for (const article of [first, second]) {
    const text = `${article.text}\n${pitch}\n`;
    analyses.set(article.id, analyzeArticle(text));
    corpus.set(article.id, analyses.get(article.id)!);
    corpus.settle();
  }
  // The first article did not change in the second step; its line became boilerplate through the second.
  const at = (article: { id: string; text: string }) => `${article.text}\n${pitch}\n`.lastIndexOf(pitch);
  assert.equal(corpus.isBoilerplate(first.id, at(first)), true);
  assert.equal(corpus.isBoilerplate(second.id, at(second)), true);
  assert.equal(fresh(analyses).isBoilerplate(first.id, at(first)), true);
});
