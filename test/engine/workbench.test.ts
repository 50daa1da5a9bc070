import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../server/src/engine/analyze';
import { defaultConfig, parseConfig } from '../../server/src/engine/config';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { runRules } from '../../server/src/engine/rules/runRules';
import { attributionOf } from '../../server/src/engine/workbench/attribution';
import { independenceNote } from '../../server/src/features/story';
import { rowLabel } from '../../server/src/engine/workbench/rowLabel';
import { agencyKeys } from '../../server/src/engine/workbench/wireCredit';
import { buildStoryView, summaryLine, type StoryView } from '../../server/src/engine/workbench/storyView';

function viewOf(articles: Record<string, string>, of = Object.keys(articles)[0]): StoryView {
  const corpus = new Corpus();
  corpus.storyMode = 'corpus';
  for (const [id, text] of Object.entries(articles)) corpus.set(id, analyzeArticle(text));
  const { findings } = runRules(corpus, defaultConfig(), (id) => id);
  return buildStoryView(corpus, of, { findings, textOf: (id) => articles[id] ?? null });
}

// Who each sentence's figure is attributed to: the sentence, the figure as written, the speaker expected (or null).
const ATTRIBUTIONS: Array<[string, string, string | null]> = [
  ['At least 12 people were killed in the blast, police said.', '12', 'police'],
  ['The ministry said 40 passengers were rescued on Monday.', '40', 'The ministry'],
  ['According to the Kessa port authority, the ferry carried 212 passengers.', '212', 'the Kessa port authority'],
  ['Mayor Anna Doe told reporters that 30 homes were destroyed.', '30', 'Mayor Anna Doe'],
  ['Some 300 people were evacuated, said Karl Lind, a fire brigade spokesman.', '300', 'Karl Lind'],
  ['The storm destroyed 30 homes in the valley.', '30', null],
  ['He said 30 homes were destroyed.', '30', null],
  ['A witness who stood 15 metres away, said the lorry sped into the crowd.', '15', null],
];

for (const [sentence, figure, speaker] of ATTRIBUTIONS) {
  test(`attribution: ${sentence}`, () => {
    const text = `Storm hits the Velora valley hard\nPublished: 2026-03-02\n\n${sentence}\n`;
    const analysis = analyzeArticle(text);
    const quantity = analysis.quantities.find((q) => text.slice(q.start, q.end).includes(figure));
    assert.ok(quantity, `a quantity for ${figure}`);
    assert.equal(attributionOf(analysis.attributions, quantity)?.text ?? null, speaker);
  });
}

// Row labels: a sentence, the quantity as written, the label expected with the sentence's text at hand.
const LABELS: Array<[string, string, string]> = [
  ['At least 12 people were killed in the blast.', '12', 'death toll'],
  ['Its 54-year-old captain was arrested.', '54-year', 'age of the captain'],
  ['Rescuers said 40 passengers were rescued from the water.', '40', 'number of passengers rescued'],
  ['The lorry was carrying 3 tons of cargo.', '3', 'weight of the cargo'],
  ['The convoy travelled 20 km before dawn.', '20', 'distance travelled'],
  ['Velora Mining offered $9.2 billion for the mine.', '$9.2 billion', 'amount offered'],
  ['It was their third meeting this year.', 'third', 'meeting count'],
  ['About 30 people were injured.', '30', 'number injured'],
];

for (const [sentence, figure, label] of LABELS) {
  test(`row label: ${sentence}`, () => {
    const text = `Headline of an invented story here\nPublished: 2026-03-02\n\n${sentence}\n`;
    const analysis = analyzeArticle(text);
    const quantity = analysis.quantities.find((q) => text.slice(q.start, q.end) === figure);
    assert.ok(quantity, `a quantity for ${figure}`);
    const span = analysis.sentences[quantity.sentence];
    assert.equal(rowLabel(quantity, { text: text.slice(span.start, span.end), start: span.start }), label);
  });
}

// Agency credits: the article's opening or closing lines, and the agency expected (or null).
const CREDITS: Array<[string, string | null]> = [
  ['KESSA, Velora (VPA) — The river rose two metres overnight, flooding the old town.', 'VPA'],
  ['KESSA, March 2 (Kessa Wire) - The river rose two metres overnight, flooding the old town.', 'Kessa Wire'],
  ['KESSA (Updated) — The river rose two metres overnight, flooding the old town.', null],
  ['The river rose two metres overnight, flooding the old town.\n— Velora Press Agency', 'Velora Press Agency'],
  ['The river rose two metres overnight, flooding the old town.\nCopyright 2026 The Kessa Wire. All rights reserved.', 'The Kessa Wire'],
  ['KESSA — The river rose two metres overnight, flooding the old town.', null],
];

for (const [body, agency] of CREDITS) {
  test(`wire credit: ${body.split('\n').join(' / ')}`, () => {
    const analysis = analyzeArticle(`River floods the old town of Kessa\nPublished: 2026-03-02\n\n${body}\n`);
    assert.equal(analysis.credit?.text ?? null, agency);
  });
}

test('agency keys: a name of capitalised words meets its initials', () => {
  assert.ok(agencyKeys('Velora Press Agency').includes('vpa'));
  assert.ok(agencyKeys('VPA').includes('vpa'));
  assert.deepEqual(agencyKeys('The Kessa Wire'), ['kessawire', 'kw']);
});

const REPORT = [
  'Floodwater swept through the old town of Kessa overnight after the Velor river burst its banks near the stone bridge.',
  'Rescue crews in small boats moved from street to street through the morning, lifting families from upper windows.',
  'The river rose more than two metres in six hours, the regional water office said in a statement issued at dawn.',
  'Shops along the market square were flooded to the ceiling and the main road to Karlin was closed until further notice.',
  'Volunteers filled sandbags outside the town hall while the army sent trucks and a field kitchen from the nearest base.',
];

test('syndication: an edited copy of a report is one independent source with it; another report is not', () => {
  const copy = [REPORT[0], REPORT[1], 'Residents said the water came faster than anyone could remember.', REPORT[2], REPORT[3]];
  const other = [
    'Residents of Kessa began clearing mud from their homes on Tuesday as the Velor river fell back below its banks.',
    'Insurers sent assessors to the town, and the regional government promised emergency grants for shop owners.',
    'Farmers upstream said their fields would stay under water for weeks, ruining the spring planting season entirely.',
    'Engineers will inspect the stone bridge before it reopens to traffic, a spokeswoman for the roads office said.',
  ];
  const view = viewOf({
    'first.article': `Floods sweep through Kessa old town\nPublished: 2026-03-02\nSource: velora-times.example\n\n${REPORT.join(' ')}\n`,
    'copy.article': `Kessa under water after river bursts banks\nPublished: 2026-03-02\nSource: karlin-post.example\n\n${copy.join(' ')}\n`,
    'other.article': `Kessa begins clean-up after floods\nPublished: 2026-03-03\nSource: harbour-news.example\n\n${other.join(' ')}\n`,
  });
  const group = (id: string) => view.sources.find((s) => s.article === id)!.group;
  assert.equal(group('first.article'), group('copy.article'));
  assert.notEqual(group('first.article'), group('other.article'));
  assert.equal(view.summary.outlets, 3);
  assert.equal(view.summary.independentSources, 2);
  assert.match(view.sources.find((s) => s.article === 'copy.article')!.groupReasons.join(), /shares its text/);
});

test('agency credit: two outlets carrying one agency report are one independent source', () => {
  const body = (n: string) => `KESSA, Velora (VPA) — ${n} people were evacuated from the old town of Kessa, officials said.`;
  const view = viewOf({
    'a.article': `Kessa evacuated as river rises\nPublished: 2026-03-02\nSource: velora-times.example\n\n${body('About 300')}\n`,
    'b.article': `Hundreds leave Kessa homes\nPublished: 2026-03-02\nSource: karlin-post.example\n\n${body('Some 300')}\n`,
  });
  assert.equal(view.summary.independentSources, 1);
  assert.deepEqual(view.sources.map((s) => s.credit), ['VPA', 'VPA']);
});

/** Three invented reports of one ferry sinking: a disputed age, a toll updated two days later, an agreed count. */
const FERRY: Record<string, string> = {
  'a.article': 'Ferry sinks off Kessa coast\nPublished: 2026-03-02\nSource: velora-times.example\n\nKESSA — At least 12 people were killed when the Merrow Star ferry sank off Kessa on Monday, police said. The ferry was carrying 212 passengers, according to the port authority. Its 54-year-old captain was arrested.\n',
  'b.article': 'Merrow Star ferry sinks off Kessa\nPublished: 2026-03-02\nSource: harbour-news.example\n\nKESSA — Twelve people were killed when the Merrow Star ferry sank off Kessa on Monday, the coast guard said. The ferry was carrying 212 passengers. Its 45-year-old captain was arrested.\n',
  'c.article': 'Kessa ferry toll rises\nPublished: 2026-03-04\nSource: karlin-post.example\n\nKESSA — At least 19 people were killed when the Merrow Star ferry sank off Kessa on Monday, police said on Wednesday.\n',
};

test('story view: rows with labels, cells in publication order, status per row', () => {
  const view = viewOf(FERRY);
  const row = (label: string) => view.rows.find((r) => r.label === label);
  const table = view.rows.map((r) => [r.label, r.status, r.cells.map((c) => `${c.article}:${c.text}`).join(' ')]);
  assert.deepEqual(row('age of the captain')?.status, 'disputed', JSON.stringify(table));
  assert.deepEqual(row('age of the captain')?.cells.map((c) => c.text), ['54-year', '45-year']);
  assert.ok(row('age of the captain')!.findings.some((f) => f.rule === 'figure-conflict' && f.severity === 'warning'));
  const toll = row('death toll');
  assert.equal(toll?.status, 'updated', JSON.stringify(table));
  assert.deepEqual(toll?.cells.map((c) => [c.article, c.attribution]), [['a.article', 'police'], ['b.article', 'the coast guard'], ['c.article', 'police']]);
  assert.equal(row('number of passengers')?.status, 'agreed', JSON.stringify(table));
  assert.deepEqual(view.sources.map((s) => s.article), ['a.article', 'b.article', 'c.article']);
  assert.equal(view.rows[0].status, 'disputed');
  assert.equal(summaryLine(view.summary), '1 disputed fact and 1 updated figure in 3 articles from 3 outlets, 3 independent sources');
});

test('story view: offsets of a cell point at the value as written', () => {
  const view = viewOf(FERRY);
  for (const row of view.rows) {
    for (const cell of row.cells) assert.equal(FERRY[cell.article].slice(cell.start, cell.end), cell.text);
  }
});

/** The single-source findings of a set of articles with the rule on, as "article: message". */
function singleSourceFindings(articles: Record<string, string>): string[] {
  const corpus = new Corpus();
  corpus.storyMode = 'corpus';
  for (const [id, text] of Object.entries(articles)) corpus.set(id, analyzeArticle(text));
  const { findings } = runRules(corpus, parseConfig('{"rules": {"single-source": "on"}}').config, (id) => id);
  return findings.filter((f) => f.rule === 'single-source').map((f) => `${f.article}: ${f.message}`);
}

test('single-source: a figure only one agency’s copies repeat is told; one an independent report confirms is not', () => {
  const agency = (outlet: string) => `Kessa evacuated as river rises\nPublished: 2026-03-02\nSource: ${outlet}\n\nKESSA, Velora (VPA) — About 300 people were evacuated from the old town of Kessa, officials said.\n`;
  const own = 'Hundreds leave Kessa homes\nPublished: 2026-03-02\nSource: harbour-news.example\n\nKESSA — Some 300 people were evacuated from the old town of Kessa on Monday as the river kept rising.\n';
  const copies = singleSourceFindings({ 'a.article': agency('velora-times.example'), 'b.article': agency('karlin-post.example') });
  assert.ok(copies.includes('a.article: Only this article’s source states “300 people”: 1 other article repeats its text, agency or outlet'), copies.join('\n'));
  const confirmed = singleSourceFindings({ 'a.article': agency('velora-times.example'), 'c.article': own });
  assert.ok(!confirmed.some((f) => f.startsWith('a.article') && f.includes('300')), confirmed.join('\n'));
});

test('hover note: the story line says how many independent sources when copies make fewer', () => {
  const agency = (outlet: string) => `Kessa evacuated as river rises\nPublished: 2026-03-02\nSource: ${outlet}\n\nKESSA, Velora (VPA) — About 300 people were evacuated from the old town of Kessa, officials said.\n`;
  const corpus = new Corpus();
  corpus.storyMode = 'corpus';
  corpus.set('a.article', analyzeArticle(agency('velora-times.example')));
  corpus.set('b.article', analyzeArticle(agency('karlin-post.example')));
  assert.equal(independenceNote(corpus, 'a.article'), ' (2 outlets, 1 independent source)');
  corpus.set('b.article', analyzeArticle(agency('karlin-post.example').replace(' (VPA)', '')));
  assert.equal(independenceNote(corpus, 'a.article'), '');
});
