import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateCorpus } from '../../bench/generateCorpus';
import { analyzeArticle } from '../../server/src/engine/analyze';
import { defaultConfig } from '../../server/src/engine/config';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { runRules } from '../../server/src/engine/rules/runRules';
import type { Finding } from '../../server/src/engine/rules/types';
import { FindingsService } from '../../server/src/lsp/findings';

const comparable = (findings: readonly Finding[]): string[] => findings.map((f) => JSON.stringify({ ...f, allRelated: undefined })).sort();

function corpusOf(count: number): Corpus {
  const corpus = new Corpus();
  for (const article of generateCorpus(count, 4)) corpus.set(article.id, analyzeArticle(article.text));
  return corpus;
}

test('findings in slices: other work runs between slices, and the result equals the comparison at once', async () => {
  const corpus = corpusOf(60);
  const service = new FindingsService(() => corpus);
  let turns = 0;
  let waiting = true;
  const tick = () => {
    turns++;
    if (waiting) setImmediate(tick);
  };
  setImmediate(tick);
  const results = await service.resultsInSlices(0);
  waiting = false;
  assert.ok(results);
  assert.ok(turns > 1, 'the event loop had turns while the stories were compared');
  assert.deepEqual(comparable(results.findings), comparable(runRules(corpus, defaultConfig(), (a) => a).findings));
  assert.equal(service.takeChanged(), null, 'the first comparison may change every article');
});

test('findings in slices: a corpus changed midway gives null, and the next call compares it as it is now', async () => {
  const corpus = corpusOf(60);
  const service = new FindingsService(() => corpus);
  const [first] = corpus.ids();
  const running = service.resultsInSlices(0);
  // Between two slices, an article is edited: its first figure written in digits goes up.
  await new Promise((resolve) => setImmediate(resolve));
  const text = generateCorpus(60, 4).find((a) => a.id === first)!.text.replace(/\b\d+\b(?![-:])/, (digits) => String(Number(digits) + 3));
  corpus.set(first, analyzeArticle(text));
  assert.equal(await running, null);
  const again = await service.resultsInSlices(0);
  assert.ok(again);
  assert.deepEqual(comparable(again.findings), comparable(runRules(corpus, defaultConfig(), (a) => a).findings));
  assert.equal(service.resultsStamp, `${corpus.version}:${service.configVersion}`);
});

test('findings in slices: a request that needs the findings at once finishes the comparison under way', async () => {
  const corpus = corpusOf(40);
  const service = new FindingsService(() => corpus);
  const running = service.resultsInSlices(0);
  await new Promise((resolve) => setImmediate(resolve));
  const now = service.results();
  assert.equal(await running, now, 'the sliced comparison ends with the same results');
});
