/**
 * Speed of one article's analysis, warm. Target (docs/ARCHITECTURE.md): a 5 KB article well under 5 ms.
 * Run with `npm run bench`; it reads the seeds and, when present, ../shared/eval/clusters (never copied anywhere).
 * Prints median and 95th percentile per article and per 5 KB, and fails (exit 1) when the 5 KB median is over 5 ms.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { analyzeArticle } from '../server/src/engine/analyze';

const root = path.resolve(__dirname, '../..');
const TARGET_MS_PER_5KB = 5;

function listTexts(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const out: string[] = [];
  for (const name of readdirSync(folder)) {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) out.push(...listTexts(full));
    else if (name.endsWith('.txt')) out.push(readFileSync(full, 'utf8'));
  }
  return out;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const texts = [...listTexts(path.join(root, 'seeds')), ...listTexts(path.resolve(root, '../shared/eval/clusters'))];
// A 5 KB article made from the seeds, for the headline figure.
const seeds = listTexts(path.join(root, 'seeds')).join('\n');
const fiveKb = seeds.slice(0, 5000);

for (let i = 0; i < 3; i++) texts.forEach((t) => analyzeArticle(t)); // Warm up the JIT and the lexicon.

const perArticle: number[] = [];
const perFiveKb: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const text of texts) {
    const start = performance.now();
    analyzeArticle(text);
    const ms = performance.now() - start;
    perArticle.push(ms);
    perFiveKb.push((ms * 5000) / Math.max(1, text.length));
  }
}
const fixed: number[] = [];
for (let i = 0; i < 200; i++) {
  const start = performance.now();
  analyzeArticle(fiveKb);
  fixed.push(performance.now() - start);
}
[perArticle, perFiveKb, fixed].forEach((a) => a.sort((x, y) => x - y));
const meanKb = texts.reduce((n, t) => n + t.length, 0) / texts.length / 1000;
console.log(`articles: ${texts.length} (mean ${meanKb.toFixed(1)} K characters), 5 rounds, warm`);
console.log(`per article:        median ${quantile(perArticle, 0.5).toFixed(2)} ms, p95 ${quantile(perArticle, 0.95).toFixed(2)} ms`);
console.log(`scaled to 5 KB:     median ${quantile(perFiveKb, 0.5).toFixed(2)} ms, p95 ${quantile(perFiveKb, 0.95).toFixed(2)} ms`);
console.log(`fixed 5,000-char article: median ${quantile(fixed, 0.5).toFixed(2)} ms, p95 ${quantile(fixed, 0.95).toFixed(2)} ms (target < ${TARGET_MS_PER_5KB} ms)`);
if (quantile(fixed, 0.5) > TARGET_MS_PER_5KB) {
  console.log('over target');
  process.exitCode = 1;
}
