/**
 * Provisional semantic tokens (server/src/features/provisionalTokens.ts), in this process: how often the tokens
 * patched after a one-character edit equal the full analysis's, and how long the patch takes in a 5 KB and a 100 KB
 * document. Run with `tsc -b && node out/bench/tokens.bench.js`; it reads ../shared/eval/clusters when present (never
 * copied anywhere), else the seeds. Types are compared without the corpus's kinds and modifiers (the full analysis's
 * own kinds on both sides).
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { random } from './perturb';
import { analyzeArticle } from '../server/src/engine/analyze';
import { provisionalTokens } from '../server/src/features/provisionalTokens';
import { sameTokens, tokenSpans, type TokenSpan } from '../server/src/features/tokenSpans';
import { listTexts } from './benchCorpus';

const root = path.resolve(__dirname, '../..');
const NO_LOOKUPS = { modifiers: () => 0, kindOf: () => undefined };
const EDITS_PER_ARTICLE = 4;
const fullTokens = (text: string): TokenSpan[] => tokenSpans(analyzeArticle(text), NO_LOOKUPS);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1];

const clusterFolder = path.resolve(root, '../shared/eval/clusters');
const clusters = existsSync(clusterFolder) ? listTexts(clusterFolder) : [];
const texts = (clusters.length > 0 ? clusters : listTexts(path.join(root, 'seeds'))).map((file) => readFileSync(file, 'utf8'));
const next = random(7);

// Agreement: a letter typed, a character deleted or a space typed at a random place of each article.
let edits = 0;
let equal = 0;
let tooLong = 0;
let differing = 0;
let total = 0;
const key = (t: TokenSpan) => `${t.start}:${t.end}:${t.type}`;
for (const text of texts) {
  const base = { text, tokens: fullTokens(text) };
  for (let i = 0; i < EDITS_PER_ARTICLE; i++) {
    const at = Math.floor(next() * text.length);
    const roll = next();
    const edited = roll < 0.5 ? `${text.slice(0, at)}x${text.slice(at)}` : roll < 0.8 ? text.slice(0, at) + text.slice(at + 1) : `${text.slice(0, at)} ${text.slice(at)}`;
    edits++;
    const patched = provisionalTokens(base, edited);
    if (!patched) {
      tooLong++;
      continue;
    }
    const full = fullTokens(edited);
    if (sameTokens(patched.tokens, full)) equal++;
    const a = new Set(patched.tokens.map(key));
    const b = new Set(full.map(key));
    differing += [...a].filter((k) => !b.has(k)).length + [...b].filter((k) => !a.has(k)).length;
    total += full.length;
  }
}
console.log(`${texts.length} articles from ${clusters.length > 0 ? '../shared/eval/clusters' : 'seeds/'}, ${edits} one-character edits: ` +
  `${equal} patched answers equal the full analysis's tokens (${((100 * equal) / (edits - tooLong)).toFixed(1)}%), ${tooLong} windows too long; ` +
  `${differing} of ${total} tokens differ (${((100 * differing) / total).toFixed(2)}%)`);

// Time: articles joined to 5 KB and 100 KB, as the scale bench does, and an 'x' typed in the middle of the first
// paragraph of at least 200 characters.
const joined = texts.join('\n');
for (const length of [5_000, 100_000]) {
  let text = joined;
  while (text.length < length) text += `\n${joined}`;
  text = text.slice(0, length);
  const base = { text, tokens: fullTokens(text) };
  const paragraph = /^.{200,}$/m.exec(text)!;
  const at = paragraph.index + Math.floor(paragraph[0].length / 2);
  const edited = `${text.slice(0, at)}x${text.slice(at)}`;
  const times: number[] = [];
  let window = 0;
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    const patched = provisionalTokens(base, edited);
    times.push(performance.now() - start);
    window = patched ? patched.window.end - patched.window.start : -1;
  }
  const analysis = performance.now();
  fullTokens(edited);
  console.log(`${length / 1000} KB: patched in ${median(times).toFixed(2)} ms (median of 50; window ${window} characters); the full analysis ${(performance.now() - analysis).toFixed(0)} ms`);
}
