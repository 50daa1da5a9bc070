/**
 * The scale benchmark (`npm run bench:scale [-- --sizes 1000,10000]`): for each size, a corpus of real articles
 * (the first N of ../shared/eval/scale, copied to a temporary folder, never into the project) or, without it, an
 * invented one (generateCorpus.ts), then every measure of the scale issue beside its target: the built server over
 * stdio from this process (indexing, publishing, memory from /proc, hovers during and after indexing, semantic
 * tokens after an edit, a restart), the CLI as a child process (time, peak memory, findings), the engine in process
 * (analysis rate against compromise and chrono-node on the same text, the rules, edits' recomputation: see
 * editMeasures.ts).
 * Writes bench/results/scale.json. Run after `npm run build`.
 */
import { spawn } from 'child_process';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { pathToFileURL } from 'url';
import { analyzeArticle } from '../server/src/engine/analyze';
import { defaultConfig } from '../server/src/engine/config';
import { Corpus } from '../server/src/engine/corpus/corpus';
import { runRules } from '../server/src/engine/rules/runRules';
import type { ArticleAnalysis } from '../server/src/engine/types';
import { startServer, waitFor, type TestServer } from '../test/helpers/lspClient';
import { fiveKbArticles, scaleArticles, writeArticles, type BenchArticle } from './benchCorpus';
import { editRows } from './editMeasures';
import { generateCorpus } from './generateCorpus';
import { printTable } from './table';

const root = path.resolve(__dirname, '../..');
const scaleFolder = path.resolve(root, '../shared/eval/scale/articles');
const sizesArgument = process.argv.indexOf('--sizes');
const sizes = (sizesArgument > 0 ? process.argv[sizesArgument + 1] : '1000,10000').split(',').map(Number);

interface Row {
  measure: string;
  value: string;
  target: string;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mbPerSecond = (chars: number, ms: number) => (chars / 1e6) / (ms / 1000);

/** The resident memory of a process in bytes, from /proc (Linux); NaN elsewhere. */
function residentBytes(pid: number | undefined): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** The engine in this process: analysis rate against the peers, the rules over the corpus, an edit's recomputation. */
function engineMeasures(articles: BenchArticle[], rows: Row[]): void {
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  const analyses = new Map<string, ArticleAnalysis>();
  let t0 = performance.now();
  for (const article of articles) analyses.set(article.id, analyzeArticle(article.text));
  const analyseMs = performance.now() - t0;
  const sample = articles.slice(0, 200);
  const sampleChars = sample.reduce((n, a) => n + a.text.length, 0);
  t0 = performance.now();
  for (const article of sample) analyzeArticle(article.text);
  const ownSampleMs = performance.now() - t0;
  t0 = performance.now();
  for (const article of sample) {
    const doc = nlp(article.text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
  const compromiseMs = performance.now() - t0;
  t0 = performance.now();
  for (const article of sample) chrono.parse(article.text);
  const chronoMs = performance.now() - t0;
  const rate = mbPerSecond(chars, analyseMs);
  rows.push({ measure: 'per-article analysis rate, one thread', value: `${rate.toFixed(2)} MB/s`, target: '≥ 5 MB/s per core (10 on 2)' });
  rows.push({
    measure: 'peers on the same 200 articles (their rate ÷ ours)',
    value: `compromise ${(ownSampleMs / compromiseMs).toFixed(2)}× (${mbPerSecond(sampleChars, compromiseMs).toFixed(2)} MB/s), ` +
      `chrono ${(ownSampleMs / chronoMs).toFixed(2)}× (${mbPerSecond(sampleChars, chronoMs).toFixed(2)} MB/s)`,
    target: '—',
  });
  const rulesAt = (count: number) => {
    const corpus = new Corpus();
    for (const article of articles.slice(0, count)) corpus.set(article.id, analyses.get(article.id)!);
    const start = performance.now();
    const { findings } = runRules(corpus, defaultConfig(), (a) => a);
    return { ms: performance.now() - start, findings, corpus };
  };
  const half = rulesAt(Math.floor(articles.length / 2));
  const full = rulesAt(articles.length);
  rows.push({ measure: `rules over the corpus, ${Math.floor(articles.length / 2)} → ${articles.length} articles`, value: `${seconds(half.ms)} → ${seconds(full.ms)} (${(full.ms / half.ms).toFixed(1)}×)`, target: 'near-linear (≈ 2×)' });
  const warnings = full.findings.filter((f) => f.severity === 'warning');
  rows.push({ measure: 'findings (warnings; articles with a warning)', value: `${full.findings.length} (${warnings.length}; ${new Set(warnings.map((f) => f.article)).size})`, target: 'only same-story disagreements' });
  // Edits as the server meets them: the findings kept per story, only the stories an edit touches compared again.
  rows.push(...editRows(articles, analyses));
}

/** The CLI as a child process: wall time, peak memory and the findings it prints. */
async function cliMeasures(folder: string, rows: Row[], label = 'CLI check', target = '≤ 5 s, ≤ 400 MB'): Promise<void> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--require', path.join(root, 'bench/reportPeakRss.cjs'), path.join(root, 'dist/cli.js'), 'check', folder, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdoutBytes = 0;
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdoutBytes += chunk.length));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise((resolve) => child.on('exit', resolve));
  const wall = performance.now() - started;
  const peak = Number(/peak-rss-kb (\d+)/.exec(stderr)?.[1] ?? NaN) * 1024;
  const summary = /(\d+) findings? \(.*?\) in \d+ articles/.exec(stderr)?.[0] ?? 'no summary';
  const crashed = child.exitCode !== null && child.exitCode > 1 ? ` (exit ${child.exitCode})` : child.signalCode ? ` (${child.signalCode})` : '';
  rows.push({ measure: `${label}: time, peak memory`, value: `${seconds(wall)}, ${(peak / 1048576).toFixed(0)} MB${crashed}`, target });
  rows.push({ measure: `${label}: summary, JSON size`, value: `${summary}, ${(stdoutBytes / 1048576).toFixed(1)} MB`, target: '—' });
}

/** Hovers on the names of an open article: round-trip times in milliseconds. */
async function hoverTimes(server: TestServer, article: BenchArticle, uri: string, count: number): Promise<number[]> {
  const lines = article.text.split('\n');
  const starts = [0];
  for (const line of lines) starts.push(starts[starts.length - 1] + line.length + 1);
  const names = analyzeArticle(article.text).entities;
  const times: number[] = [];
  for (let i = 0; i < count && names.length > 0; i++) {
    const name = names[i % names.length];
    let line = 0;
    while (starts[line + 1] <= name.start) line++;
    const t0 = performance.now();
    await server.hover(uri, line, name.start - starts[line] + 1);
    times.push(performance.now() - t0);
  }
  return times;
}

/** The server over stdio: indexing, publishing, memory, hovers, semantic tokens after an edit, a restart. */
async function serverMeasures(folder: string, articles: BenchArticle[], rows: Row[]): Promise<void> {
  // The server keeps analyses where VS Code would let it (initializationOptions.cacheFolder), outside the corpus.
  const cacheFolder = `${folder}-cache`;
  const started = performance.now();
  const server = await startServer({ corpus: ['**/*.txt'] }, { workspaceFolder: folder, cacheFolder });
  const probe = articles[0];
  const probeUri = pathToFileURL(path.join(folder, probe.id)).href;
  await server.open(probeUri, probe.text);
  const during: number[] = [];
  const timeout = 600_000;
  while (!(server.status && !server.status.indexing && server.status.articles >= articles.length)) {
    if (performance.now() - started > timeout) break;
    during.push(...(await hoverTimes(server, probe, probeUri, 1)));
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const indexed = performance.now();
  // Publishing starts when indexing ends and runs the rules over the corpus first: wait for the first diagnostics
  // that arrive after indexing (up to the time limit), then for two seconds without new ones.
  const publishedAtIndexed = server.published.length;
  let lastPublish = indexed;
  await waitFor(() => (server.published.length > publishedAtIndexed ? true : undefined), timeout, 'diagnostics after indexing').catch(() => undefined);
  let lastCount = -1;
  let lastChange = performance.now();
  while (performance.now() - lastChange < 2000 && performance.now() - indexed < timeout) {
    if (server.published.length !== lastCount) {
      lastCount = server.published.length;
      lastChange = performance.now();
      lastPublish = lastChange;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const rss = residentBytes(server.process.pid);
  rows.push({ measure: 'server: start → all articles analysed', value: seconds(indexed - started), target: '≤ 5 s' });
  rows.push({ measure: 'server: analysed → diagnostics published', value: seconds(Math.max(0, lastPublish - indexed)), target: '≤ 2 s' });
  rows.push({ measure: 'server RSS after indexing', value: `${(rss / 1048576).toFixed(0)} MB`, target: '≤ 250 MB' });
  rows.push({ measure: 'hover while indexing (median / p95)', value: `${quantile(during, 0.5).toFixed(0)} / ${quantile(during, 0.95).toFixed(0)} ms (${during.length})`, target: 'p95 ≤ 20 ms' });
  const after = await hoverTimes(server, probe, probeUri, 200);
  rows.push({ measure: 'hover after indexing (p95 / worst)', value: `${quantile(after, 0.95).toFixed(1)} / ${Math.max(...after).toFixed(0)} ms`, target: 'p95 ≤ 20 ms, worst ≤ 50 ms' });
  const tokenTimes: string[] = [];
  for (const [label, length] of [['5 KB', 5_000], ['100 KB', 100_000]] as const) {
    let text = '';
    for (let i = 0; text.length < length; i++) text += `${articles[i % articles.length].text}\n`;
    text = text.slice(0, length);
    const uri = pathToFileURL(path.join(folder, `edited-${length}.article`)).href;
    await server.open(uri, text);
    await server.semanticTokens(uri);
    const times: number[] = [];
    for (let version = 2; version < 12; version++) {
      await server.change(uri, version, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'x' }]);
      const t0 = performance.now();
      await server.semanticTokens(uri);
      times.push(performance.now() - t0);
    }
    tokenTimes.push(`${label} ${quantile(times, 0.5).toFixed(0)} ms`);
    await server.close(uri);
  }
  rows.push({ measure: 'semantic tokens after a one-character edit', value: tokenTimes.join(', '), target: '≤ 5 ms (5 KB), ≤ 50 ms (100 KB)' });
  await server.stop();
  const restarted = performance.now();
  const again = await startServer({ corpus: ['**/*.txt'] }, { workspaceFolder: folder, cacheFolder });
  await waitFor(() => (again.status && !again.status.indexing && again.status.articles >= articles.length ? true : undefined), timeout, 'restart');
  rows.push({ measure: 'restart on an unchanged corpus (cache kept)', value: seconds(performance.now() - restarted), target: '≤ 1 s (on-disk cache)' });
  await again.stop();
  rmSync(cacheFolder, { recursive: true, force: true });
}

async function main(): Promise<void> {
  if (!existsSync(path.join(root, 'dist/server.js'))) throw new Error('run `npm run build` first');
  const results: Record<string, { source: string; characters: number; rows: Row[] }> = {};
  for (const size of sizes) {
    const articles = scaleArticles(scaleFolder, size) ?? generateCorpus(size);
    const source = articles[0]?.id.startsWith('scale/') ? '../shared/eval/scale' : 'generated (bench/generateCorpus.ts)';
    const characters = articles.reduce((n, a) => n + a.text.length, 0);
    console.log(`\n${size} articles, ${(characters / 1e6).toFixed(1)} MB, from ${source}`);
    const folder = writeArticles(articles, 'crosscheck-scale-');
    const rows: Row[] = [];
    try {
      await serverMeasures(folder, articles, rows);
      await cliMeasures(folder, rows);
      // The same number of longer articles (about 5 KB each): the CLI's memory must stay bounded as the text grows.
      const long = fiveKbArticles(articles);
      const longFolder = writeArticles(long, 'crosscheck-scale-5kb-');
      const longMb = (long.reduce((n, a) => n + a.text.length, 0) / 1e6).toFixed(0);
      await cliMeasures(longFolder, rows, `CLI check on ${articles.length} × 5 KB (${longMb} MB)`, '≤ 10 s, memory bounded').finally(() => rmSync(longFolder, { recursive: true, force: true }));
      engineMeasures(articles, rows);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    printTable(['measure', 'value', 'target'], rows.map((r) => [r.measure, r.value, r.target]));
    results[String(size)] = { source, characters, rows };
  }
  mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  writeFileSync(path.join(root, 'bench/results/scale.json'), JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
  console.log('\nwritten to bench/results/scale.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
