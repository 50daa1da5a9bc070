import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { runCli } from '../../server/src/cli/main';
import { analyzeArticle } from '../../server/src/engine/analyze';
import { defaultConfig } from '../../server/src/engine/config';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { ruleContext } from '../../server/src/engine/rules/context';
import { runRules } from '../../server/src/engine/rules/runRules';
import { groupStories, storyLinks, type StoryArticle } from '../../server/src/engine/stories/groupStories';
import type { StoryMode } from '../../server/src/engine/stories/stories';
import { readSettings } from '../../server/src/lsp/settings';

// Invented articles: a ferry sinking and a city budget vote, three reports each, in one town and on one day, with
// ordinary words in common. The third ferry report gives a different toll; a budget report names an old blast.
const FERRY = (toll: string, outlet: string, extra: string) =>
  `Ferry capsizes off Port Elmira harbour\nPublished: 3 May 2024\nSource: ${outlet}\n\n` +
  `A passenger ferry capsized in rough seas off Port Elmira on Friday and killed ${toll} people, the coast guard said. ` +
  `Divers searched the hull of the Marisol Star overnight while survivors wrapped in blankets waited on the pier. ` +
  `Captain Teodor Brandvik said the ferry listed sharply after a wave struck the bow. ${extra}\n`;
const BUDGET = (outlet: string, extra: string) =>
  `Port Elmira council passes budget after long vote\nPublished: 3 May 2024\nSource: ${outlet}\n\n` +
  `The Port Elmira city council approved the municipal budget on Friday after councillors debated library funding, ` +
  `property taxes and bus fares for six hours. Mayor Odile Quennell said the spending plan keeps the library branches open. ` +
  `Councillor Rafe Dunmore voted against the budget, calling the property tax increase unfair. ${extra}\n`;

const TWO_STORIES: Record<string, string> = {
  'news/ferry-1.txt': FERRY('14', 'harbourtimes.example', 'Relatives gathered at the ferry terminal.'),
  'news/ferry-2.txt': FERRY('14', 'coastdaily.example', 'The ferry operator suspended sailings.'),
  'news/ferry-3.txt': FERRY('9', 'northpost.example', 'Investigators will examine the ferry’s ballast.'),
  'news/budget-1.txt': BUDGET('harbourtimes.example', 'The council will meet again in June.'),
  'news/budget-2.txt': BUDGET('coastdaily.example', 'A blast in Port Elmira killed 5 people last week, the mayor noted.'),
  'news/budget-3.txt': BUDGET('northpost.example', 'Residents packed the council chamber.'),
};

function corpusOf(articles: Record<string, string>, mode: StoryMode = 'auto'): Corpus {
  const corpus = new Corpus();
  corpus.storyMode = mode;
  for (const [id, text] of Object.entries(articles)) corpus.set(id, analyzeArticle(text));
  return corpus;
}

const storiesOf = (corpus: Corpus) => [...corpus.allStories().values()].map((members) => members.map((m) => path.basename(m, '.txt')).join(' ')).sort();

test('stories: a ferry sinking and a budget vote in one folder are two stories', () => {
  const corpus = corpusOf(TWO_STORIES);
  assert.deepEqual(storiesOf(corpus), ['budget-1 budget-2 budget-3', 'ferry-1 ferry-2 ferry-3']);
  assert.equal(ruleContext(corpus).story('news/ferry-1.txt'), ruleContext(corpus).story('news/ferry-3.txt'));
  assert.notEqual(ruleContext(corpus).story('news/ferry-1.txt'), ruleContext(corpus).story('news/budget-1.txt'));
  assert.deepEqual(corpus.storyMembers('news/ferry-2.txt'), ['news/ferry-1.txt', 'news/ferry-2.txt', 'news/ferry-3.txt']);
});

test('stories: a toll that differs within a story is compared; the same count words in another story are not', () => {
  const conflicts = (mode: StoryMode) =>
    runRules(corpusOf(TWO_STORIES, mode), defaultConfig(), (a) => a).findings
      .filter((f) => f.rule === 'figure-conflict')
      .map((f) => path.basename(f.article, '.txt'))
      .sort();
  const auto = conflicts('auto');
  assert.ok(auto.includes('ferry-3') && auto.includes('ferry-1'), auto.join(' '));
  assert.ok(!auto.includes('budget-2'), `the blast in the budget story is not compared with the ferry toll: ${auto.join(' ')}`);
  // With the whole corpus as one story the old blast toll is compared with the ferry's, as before stories existed.
  assert.ok(conflicts('corpus').includes('budget-2'), conflicts('corpus').join(' '));
});

test('stories: folder and corpus modes', () => {
  const articles = { 'a/one.txt': TWO_STORIES['news/ferry-1.txt'], 'a/two.txt': TWO_STORIES['news/budget-1.txt'], 'b/three.txt': TWO_STORIES['news/ferry-2.txt'] };
  assert.deepEqual(storiesOf(corpusOf(articles, 'folder')), ['one two', 'three']);
  assert.deepEqual(storiesOf(corpusOf(articles, 'corpus')), ['one two three']);
  const corpus = corpusOf(articles, 'corpus');
  const before = corpus.version;
  corpus.storyMode = 'folder';
  assert.ok(corpus.version > before, 'a new mode is a change the findings must follow');
  assert.deepEqual(storiesOf(corpus), ['one two', 'three']);
});

test('boilerplate: navigation, credits and a Related list are boilerplate; the story text is not', () => {
  const text = 'Bridge reopens after repairs in Lanford\nPublished: 2 June 2024\n\nThe Lanford bridge reopened on Monday after 14 months of repairs.\n' +
    'Advertisement\nImage copyright Getty Images\nRelated:\nLanford Mayor Unveils New Transit Plan\nFloods Close Roads Across Northern Valley\n' +
    'Engineers said the bridge can carry 40 tonnes.\nShare this article\nFacebook Twitter Email\n';
  const corpus = corpusOf({ 'bridge.txt': text });
  const at = (needle: string) => corpus.isBoilerplate('bridge.txt', text.indexOf(needle) + 1);
  for (const line of ['Advertisement', 'Image copyright', 'Related:', 'Lanford Mayor Unveils', 'Floods Close Roads', 'Share this', 'Facebook Twitter']) assert.ok(at(line), line);
  for (const line of ['The Lanford bridge reopened', 'Engineers said', 'Bridge reopens']) assert.ok(!at(line), line);
  assert.equal(ruleContext(corpus).isBoilerplate('bridge.txt', text.indexOf('Related:')), true);
});

test('boilerplate: a line one outlet repeats across stories is boilerplate; one shared inside a story is not', () => {
  const signOff = 'Sign-off: Harbour Times readers can reach the newsroom any day of the week.';
  const shared = 'Divers searched the hull of the Marisol Star overnight while survivors wrapped in blankets waited on the pier.';
  const texts: Record<string, string> = {
    'news/ferry-1.txt': `${TWO_STORIES['news/ferry-1.txt']}${signOff}\n`,
    'news/ferry-2.txt': TWO_STORIES['news/ferry-2.txt'],
    'news/ferry-3.txt': TWO_STORIES['news/ferry-3.txt'],
    'news/budget-1.txt': `${TWO_STORIES['news/budget-1.txt']}${signOff}\n`,
    'news/budget-2.txt': TWO_STORIES['news/budget-2.txt'],
    'news/budget-3.txt': TWO_STORIES['news/budget-3.txt'],
  };
  const corpus = corpusOf(texts);
  assert.deepEqual(storiesOf(corpus), ['budget-1 budget-2 budget-3', 'ferry-1 ferry-2 ferry-3']);
  const offset = (id: string, needle: string) => texts[id].indexOf(needle);
  assert.ok(corpus.isBoilerplate('news/ferry-1.txt', offset('news/ferry-1.txt', signOff) + 2));
  assert.ok(corpus.isBoilerplate('news/budget-1.txt', offset('news/budget-1.txt', signOff) + 2));
  // The ferry reports of different outlets share a sentence: it is the story's text, and the outlets differ anyway.
  assert.ok(!corpus.isBoilerplate('news/ferry-1.txt', offset('news/ferry-1.txt', shared) + 2));
});

test('labels: sources are named by outlet and day, else by headline, else by file name', () => {
  const corpus = corpusOf({
    'news/ferry-1.txt': TWO_STORIES['news/ferry-1.txt'],
    'news/byline.txt': 'Ferry inquiry opens in Port Elmira today\nBy Ana Lindqvist | The Coast Courier\n\nThe inquiry opened.',
    'news/plain.txt': 'Ferry inquiry opens in Port Elmira with first witnesses heard\nPublished: 9 May 2024\n\nThe inquiry opened.',
    'news/empty.txt': '',
  });
  const label = ruleContext(corpus).label;
  assert.equal(label('news/ferry-1.txt'), 'harbourtimes.example, 2024-05-03');
  assert.equal(label('news/byline.txt'), 'The Coast Courier');
  assert.equal(label('news/plain.txt'), '“Ferry inquiry opens in Port Elmira…”, 2024-05-09');
  assert.equal(label('news/empty.txt'), 'empty.txt');
});

test('crosscheck.stories: validated with auto as the default; the CLI takes --stories', async () => {
  assert.equal(readSettings({}).settings.stories, 'auto');
  assert.equal(readSettings({ stories: 'folder' }).settings.stories, 'folder');
  const bad = readSettings({ stories: 'everything' });
  assert.equal(bad.settings.stories, 'auto');
  assert.match(bad.problems[0], /crosscheck\.stories must be one of auto, folder, corpus/);
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-stories-'));
  mkdirSync(path.join(folder, 'news'));
  for (const [id, text] of Object.entries(TWO_STORIES)) writeFileSync(path.join(folder, id), text);
  const check = async (mode: string) => {
    let out = '';
    let err = '';
    const code = await runCli(['check', path.join(folder, 'news'), '--format', 'json', '--stories', mode], (s) => (out += s), (s) => (err += s));
    assert.ok(code <= 1, err);
    return (JSON.parse(out) as { findings: Array<{ file: string; rule: string }> }).findings.filter((f) => f.rule === 'figure-conflict').map((f) => path.basename(f.file));
  };
  assert.ok(!(await check('auto')).includes('budget-2.txt'));
  assert.ok((await check('corpus')).includes('budget-2.txt'));
  let err = '';
  assert.equal(await runCli(['check', folder, '--stories', 'sometimes'], () => undefined, (s) => (err += s)), 2);
  assert.match(err, /--stories takes auto, folder, corpus/);
});

test('stories: words in more articles than a story can hold do not make two articles alike', () => {
  // Forty articles of one genre; a and b also share a rare name and each shares a word with a third article. The
  // genre's words (in every article) must not change how alike a and b are.
  const genre = ['quarter', 'net', 'share', 'revenue', 'profit', 'loss', 'dividend', 'cent'];
  const corpus = (withGenre: boolean): StoryArticle[] => Array.from({ length: 40 }, (_, i) => {
    const own: Array<[string, number]> = [[`word${i}`, 1], [`word${(i + 1) % 40}`, 1]];
    if (i < 2) own.push(['\u0000Velora Mining', 2], ['velora', 2]);
    return { id: `a${String(i).padStart(2, '0')}`, published: '2024-03-04', terms: new Map([...own, ...(withGenre ? genre.map((w): [string, number] => [w, 3]) : [])]) };
  });
  const similarity = (articles: StoryArticle[]) => storyLinks(articles).find((l) => l.a === 'a00' && l.b === 'a01')?.similarity;
  const without = similarity(corpus(false));
  assert.ok(without !== undefined && without > 0.3, `the two Velora articles are alike: ${without}`);
  assert.equal(similarity(corpus(true)), without);
});

test('stories: forty quarterly reports of forty companies share a genre, not a story', () => {
  // Each report has the genre's words (in every article, so too common to point at one story) and its own company;
  // two reports of one company, a day apart, are the only story.
  const genre = ['quarter', 'net', 'share', 'revenue', 'profit', 'loss', 'dividend', 'cent'];
  const report = (id: string, company: string, day: string): StoryArticle => ({
    id,
    published: day,
    terms: new Map([...genre.map((word): [string, number] => [word, 2]), [`\u0000${company}`, 3], [company, 3]]),
  });
  const articles = Array.from({ length: 40 }, (_, i) => report(`r${String(i).padStart(2, '0')}`, `company${i}`, '2024-03-04'));
  articles.push(report('r40', 'company7', '2024-03-05'));
  const stories = new Map<string, string[]>();
  for (const [id, story] of groupStories(articles)) stories.set(story, [...(stories.get(story) ?? []), id]);
  const shared = [...stories.values()].filter((members) => members.length > 1);
  assert.deepEqual(shared, [['r07', 'r40']]);
});
