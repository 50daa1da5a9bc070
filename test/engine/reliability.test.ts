// Regression tests of issue 12 (correctness under edits, bounded output, hostile input). Each names its defect.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promises as fsp } from 'node:fs';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { collectFiles } from '../../server/src/cli/collectFiles';
import { analyzeArticle } from '../../server/src/engine/analyze';
import { MAX_CONFIG_DEPTH, parseConfig } from '../../server/src/engine/config';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { chronoChunks } from '../../server/src/engine/dates/chronoDates';
import { defaultConfig } from '../../server/src/engine/config';
import { runRules } from '../../server/src/engine/rules/runRules';
import { MAX_RELATED } from '../../server/src/engine/rules/types';
import { splitSentences } from '../../server/src/engine/text/sentences';
import { SpanIndex } from '../../server/src/engine/text/spanIndex';
import { AnalysisCache, isStale } from '../../server/src/lsp/analysisCache';
import { updateDocument } from '../../server/src/lsp/documentEdits';

test('defect 1: a result is stale once the document moved past the version captured at the request start', () => {
  const document = TextDocument.create('file:///a.article', 'article', 3, 'Anna Doe spoke.');
  const captured = document.version;
  assert.equal(isStale(document, captured), false);
  // The text-document library edits the same object in place: the captured number is what tells the edit apart.
  TextDocument.update(document, [{ text: 'Draft. ' }], 4);
  assert.equal(isStale(document, captured), true);
  assert.equal(isStale(undefined, captured), true);
});

test('defect 2: the analysis cache is keyed by content too, so a reused version never returns another text', async () => {
  const cache = new AnalysisCache(() => 1_000_000);
  const first = await cache.get(TextDocument.create('file:///a.article', 'article', 1, 'Headline\nMayor Anna Doe spoke in Velora.'));
  assert.equal(first.kind, 'ok');
  const reused = await cache.get(TextDocument.create('file:///a.article', 'article', 1, 'x'));
  assert.ok(reused.kind === 'ok' && reused.analysis.entities.length === 0, 'the text "x" names nobody');
  const lowered = await cache.get(TextDocument.create('file:///a.article', 'article', 0, 'Headline\nMayor Anna Doe spoke in Velora.'));
  assert.ok(lowered.kind === 'ok' && lowered.analysis.entities.some((e) => e.text === 'Anna Doe'));
});

// Found by the protocol fuzz: a change whose range begins past the last line left the text-document library with
// wrong line starts, and every position after it was NaN (null in the JSON sent to the client). Text, change → text.
const EDITS_PAST_THE_END: Array<[string, [number, number, number, number], string, string]> = [
  ['ab\r\nbb', [2, 0, 3, 2], '\n', 'ab\r\nbb\n'],
  ['ab\ncd', [5, 1, 9, 9], 'x', 'ab\ncdx'],
  ['ab\ncd', [0, 9, 1, 1], '', 'abd'],
  ['', [3, 3, 3, 3], 'Anna', 'Anna'],
];

test('edits with ranges past the end are clamped, and every position after them is a whole number', () => {
  for (const [text, [sl, sc, el, ec], insert, expected] of EDITS_PAST_THE_END) {
    const document = updateDocument(TextDocument.create('file:///a.article', 'article', 1, text), [{ range: { start: { line: sl, character: sc }, end: { line: el, character: ec } }, text: insert }], 2);
    assert.equal(document.getText(), expected);
    for (let offset = 0; offset <= expected.length; offset++) {
      const { line, character } = document.positionAt(offset);
      assert.ok(Number.isInteger(line) && Number.isInteger(character), `${JSON.stringify(text)}: offset ${offset} is at ${line}:${character}`);
    }
  }
});

test('defect 3: a finding keeps at most MAX_RELATED related spans, counts the rest and lists them on request', () => {
  const corpus = new Corpus();
  const sources = 30;
  for (let i = 0; i < sources; i++) {
    corpus.set(`a${i}`, analyzeArticle(`Velora mine collapse\nPublished: 2024-03-02\nThe collapse at the Karlin mine killed ${10 + i} miners, Mayor Anna Doe said.`));
  }
  const findings = runRules(corpus, defaultConfig(), (a) => a).findings.filter((f) => f.rule === 'figure-conflict');
  assert.ok(findings.length > 0, 'the articles disagree on the toll');
  const widest = findings.reduce((a, b) => ((b.relatedTotal ?? b.related.length) > (a.relatedTotal ?? a.related.length) ? b : a));
  assert.ok(widest.related.length <= MAX_RELATED);
  assert.ok((widest.relatedTotal ?? 0) > MAX_RELATED, `relatedTotal ${widest.relatedTotal}`);
  assert.equal(widest.allRelated?.().length, widest.relatedTotal);
  assert.match(widest.message, /and \d+ more sources differ/);
  for (const finding of findings) assert.ok(finding.related.length <= MAX_RELATED);
});

// Input → sentences expected. Runs of stops and lines without sentence ends were the quadratic cases (defect 4).
const SENTENCES: Array<[string, string[]]> = [
  ['.'.repeat(50), ['.'.repeat(50)]],
  ['Wait... Then Anna left. 5 more came!', ['Wait...', 'Then Anna left.', '5 more came!']],
  ['He said "Go." (Then) "No."', ['He said "Go."', '(Then) "No."']],
  ['Mr. Doe met Dr. K. Velstad at St. Kessel.', ['Mr. Doe met Dr. K. Velstad at St. Kessel.']],
  ['no stop here\nnor here\r\nnor here', ['no stop here', 'nor here', 'nor here']],
  ['It ended.\n\nNext line.  ', ['It ended.', 'Next line.']],
  ['The U.S. Army moved. done. Later 𝐀 came.', ['The U.S. Army moved. done.', 'Later 𝐀 came.']],
];
for (const [input, expected] of SENTENCES) {
  test(`defect 4: sentences of ${JSON.stringify(input.slice(0, 30))}`, () => {
    assert.deepEqual(splitSentences(input).map((s) => input.slice(s.start, s.end)), expected);
  });
}

test('defect 5: SpanIndex answers overlap questions in any order, for overlapping and nested spans', () => {
  const index = new SpanIndex([{ start: 10, end: 20 }, { start: 0, end: 3 }, { start: 12, end: 14 }, { start: 30, end: 31 }]);
  const cases: Array<[number, number, boolean]> = [
    [3, 10, false], [2, 4, true], [19, 25, true], [20, 30, false], [30, 31, true], [31, 40, false], [14, 15, true], [-5, 0, false],
  ];
  for (const [start, end, expected] of cases) assert.equal(index.overlaps(start, end), expected, `${start}-${end}`);
  assert.equal(new SpanIndex([]).overlaps(0, 100), false);
});

test('defect 5: a text made of thousands of years gives one date per year and no figure over them', () => {
  const text = '2017 '.repeat(2000);
  const analysis = analyzeArticle(text);
  assert.equal(analysis.dates.length + analysis.figures.length > 0, true);
  const spans = [...analysis.dates, ...analysis.figures].sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i].start >= spans[i - 1].end, 'no two mentions overlap');
});

test('defect 6: chrono-node reads the text in chunks that never cross a line and never exceed 4,000 characters', () => {
  const long = 'Anna Doe spoke on March 3, 2024 in Velora. '.repeat(300);
  const text = `Headline\n${long}\nLast line`;
  const chunks = chronoChunks(text);
  assert.deepEqual(chunks.map((c) => text.slice(c.start, c.end)).join(''), text.replace(/\n/g, ''));
  for (const chunk of chunks) {
    assert.ok(chunk.end - chunk.start <= 4000);
    assert.ok(!text.slice(chunk.start, chunk.end).includes('\n'));
  }
  // Cut at sentence ends, so every date of the long line is still found whole.
  const dates = analyzeArticle(text).dates.filter((d) => d.text === 'March 3, 2024');
  assert.equal(dates.length, 300);
});

// crosscheck.json text → problems expected as [line, character, endCharacter, message pattern] (defects 9–11).
const CONFIGS: Array<[string, string, Array<[number, number, number, RegExp]>]> = [
  ['byte order mark', '\uFEFF{ "rules": { "role-conflict": "off" } }', []],
  ['nested 10,000 deep', `{"rules": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`, [[1, 10 + MAX_CONFIG_DEPTH - 1, 10 + MAX_CONFIG_DEPTH, /nested more than 64 levels/]]],
  ['bad value on its own line', '{\n  "ignore": [{"rule": "figure-conflict"}],\n  "rules": {\n    "role-conflict": "loud"\n  }\n}', [[4, 4, 27, /rule "role-conflict" must be/]]],
  ['bad ignore entries on their lines', '{\n  "ignore": [\n    {"rule": "x"},\n    1,\n    {"rule": 2}\n  ]\n}', [[4, 4, 5, /each "ignore" entry/], [5, 4, 15, /each "ignore" entry/]]],
  ['rule id mentioned earlier in a string', '{\n  "ignore": [{"rule": "figure-conflict"}],\n  "rules": {"figure-conflict": 7}\n}', [[3, 12, 32, /rule "figure-conflict" must be/]]],
];
for (const [name, text, expected] of CONFIGS) {
  test(`defects 9–11: crosscheck.json with ${name}`, () => {
    const { problems } = parseConfig(text);
    assert.deepEqual(problems.map((p) => [p.line, p.character, p.endCharacter]), expected.map(([l, c, e]) => [l, c, e]));
    problems.forEach((p, i) => assert.match(p.message, expected[i][3]));
    for (const p of problems) assert.ok(p.endCharacter <= 2 ** 31 - 1);
  });
}

test('defect 10: a byte order mark does not stop the rules from applying', () => {
  assert.equal(parseConfig('\uFEFF{ "rules": { "role-conflict": "off" } }').config.rules['role-conflict'].enabled, false);
});

test('defect 12: the folder walk reports an unreadable folder and goes on; symlinked articles are read once, loops end', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'crosscheck-walk-'));
  mkdirSync(path.join(root, 'a'));
  mkdirSync(path.join(root, 'locked'));
  mkdirSync(path.join(root, 'z'));
  writeFileSync(path.join(root, 'a', 'one.txt'), 'One');
  writeFileSync(path.join(root, 'locked', 'hidden.txt'), 'Hidden');
  writeFileSync(path.join(root, 'z', 'two.article'), 'Two');
  symlinkSync(path.join(root, 'a', 'one.txt'), path.join(root, 'z', 'linked.txt'));
  symlinkSync(root, path.join(root, 'z', 'loop'));
  symlinkSync(path.join(root, 'nowhere.txt'), path.join(root, 'z', 'dangling.txt'));
  // The tests run as root, whom permissions do not stop: the walk is given a readdir that refuses one folder.
  const io = {
    ...fsp,
    readdir: ((folder: string, options: unknown) => {
      if (path.basename(folder) === 'locked') return Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
      return (fsp.readdir as (f: string, o: unknown) => Promise<unknown>)(folder, options);
    }) as typeof fsp.readdir,
  };
  const { files, errors } = await collectFiles([root], io);
  assert.deepEqual(files.map((f) => path.relative(root, f)), [path.join('a', 'one.txt'), path.join('z', 'linked.txt'), path.join('z', 'two.article')]);
  assert.deepEqual(errors.map((e) => [path.relative(root, e.path), e.reason]), [
    ['locked', 'cannot read folder: permission denied'],
    [path.join('z', 'dangling.txt'), 'no such file or folder'],
  ]);
});

// Sentence → figures and entities expected (defect 13: a capitalised word after a hyphen is no compound).
const HYPHENS: Array<[string, string[], string[]]> = [
  ['He said 5-US troops left.', ['5'], ['US']],
  ['A 5-year plan passed.', ['5-year'], []],
  ['Shares Hit 3-Month High', ['3-Month'], []],
  ['The 12-member bloc met in Velora.', ['12-member'], ['Velora']],
];
for (const [sentence, figures, entities] of HYPHENS) {
  test(`defect 13: ${sentence}`, () => {
    const analysis = analyzeArticle(`Headline for the test article\n${sentence}`);
    const body = (s: { start: number }) => s.start > 29;
    assert.deepEqual(analysis.figures.filter(body).map((f) => f.text), figures);
    assert.deepEqual(analysis.entities.filter(body).map((e) => e.text), entities);
  });
}
