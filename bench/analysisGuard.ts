/**
 * The correctness guard and rate of the per-article analysis (`node out/bench/analysisGuard.js [--out FILE]
 * [--size N] [--rounds N] [--profile-only] [--rate-only] [--keep-order]`): analyses the first N articles of ../shared/eval/scale (2,000 by
 * default) and the seeds, writes every analysis as canonical JSON (keys sorted, one article a line) to FILE
 * (/tmp/crosscheck-guard.json by default) and prints the one-thread rate in MB/s, the best of the timed rounds, by
 * wall-clock and by this process's CPU time (the machine is shared, and CPU time is the steadier of the two).
 * Diff two outputs to check that a speed-up left every analysis identical. Not shipped; reads the evaluation corpus
 * only to measure.
 */
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { analyzeArticle } from '../server/src/engine/analyze';
import { scaleArticles, type BenchArticle } from './benchCorpus';
import { numberOption } from '../scripts/options';

const root = path.resolve(__dirname, '../..');
const args = process.argv.slice(2);
const size = numberOption('size', 2000);
const rounds = numberOption('rounds', 3);
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : '/tmp/crosscheck-guard.json';
const profileOnly = args.includes('--profile-only');
// Only the rate: every article analysed once to warm up, nothing written.
const rateOnly = args.includes('--rate-only');

const seedFolder = path.join(root, 'seeds');
const seeds: BenchArticle[] = readdirSync(seedFolder).filter((n) => n.endsWith('.txt')).sort()
  .map((n) => ({ id: `seeds/${n}`, text: readFileSync(path.join(seedFolder, n), 'utf8') }));
const scale = scaleArticles(path.resolve(root, '../shared/eval/scale/articles'), size) ?? [];
const articles = [...scale, ...seeds];

// With --keep-order, objects keep their keys' order, to check that a change left that order too (JSON output shows it).
const keepOrder = args.includes('--keep-order');

/** JSON with every object's keys sorted, so that two runs compare line by line whatever order fields were set in. */
function canonical(value: unknown): string {
  if (keepOrder) return JSON.stringify(value);
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

const chars = scale.reduce((n, a) => n + a.text.length, 0);
if (profileOnly) {
  const start = performance.now();
  for (const article of scale) analyzeArticle(article.text);
  const ms = performance.now() - start;
  console.log(`${scale.length} articles, ${(chars / 1e6).toFixed(2)} MB in ${ms.toFixed(0)} ms: ${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s`);
} else {
  if (rateOnly) for (const article of articles) analyzeArticle(article.text);
  else {
    const lines = articles.map((a) => `${a.id}\t${canonical(analyzeArticle(a.text))}`);
    writeFileSync(out, `${lines.join('\n')}\n`);
  }
  let best = Infinity;
  let bestCpu = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (const article of scale) analyzeArticle(article.text);
    best = Math.min(best, performance.now() - start);
    const used = process.cpuUsage(cpu);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
  }
  const rate = (ms: number): string => `${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s (${ms.toFixed(0)} ms)`;
  if (!rateOnly) console.log(`${articles.length} analyses written to ${out}`);
  console.log(`rate on ${scale.length} scale articles (${(chars / 1e6).toFixed(2)} MB), best of ${rounds}: wall ${rate(best)}, CPU ${rate(bestCpu)}`);
}
