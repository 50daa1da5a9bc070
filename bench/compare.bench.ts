/**
 * Time of a full cross-article comparison and how it grows with the corpus. Reads ../shared/eval/clusters (217
 * articles, 36 events; read in place, never copied) and grows it in memory to 1,000 and 2,000 articles with
 * perturbed copies of its event folders (bench/perturb.ts: new names, rare words and figures per copy, so the copies
 * are other stories, not duplicates). For each size: analysis time, the full comparison (median after a warm-up),
 * its growth against the linear ratio, the phases, the candidate pairs each index scored, and the heap.
 *
 *   node --expose-gc out/bench/compare.bench.js [--sizes 217,1000,2000] [--runs 5] [--scale N]
 *
 * `--scale N` adds a row for the first N articles of ../shared/eval/scale (real articles, benchmark use only).
 * Targets are reported, not asserted: the exit code is non-zero only when the benchmark fails to run.
 */
import { existsSync } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { getHeapStatistics } from 'v8';
import { analyzeArticle } from '../server/src/engine/analyze';
import type { ArticleAnalysis } from '../server/src/engine/types';
import { grownClusters, scaleArticles, type BenchArticle } from './benchCorpus';
import { instrument, meters } from './instrument';
import { measureComparison, PHASES, type ComparisonResult } from './measureComparison';
import { mb, median, ms, printTable, ratio } from './table';

const root = path.resolve(__dirname, '../..');
const clusters = path.resolve(root, '../shared/eval/clusters');
const scaleFolder = path.resolve(root, '../shared/eval/scale/articles');

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

interface Row {
  label: string;
  analyseMs: number;
  heapAfterGc: number;
  peakHeap: number;
  result: ComparisonResult;
  /** The same corpus with one story per event folder: the rules' own growth, whatever story grouping does. */
  byFolder?: ComparisonResult;
}

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();
const heapUsed = (): number => getHeapStatistics().used_heap_size;

/** Analyses articles, appending to `analyses`, and returns the time it took. */
function analyse(articles: BenchArticle[], analyses: Array<[string, ArticleAnalysis]>): number {
  const t0 = performance.now();
  for (const { id, text } of articles) analyses.push([id, analyzeArticle(text)]);
  return performance.now() - t0;
}

/** Measures one size with the heap at rest first, so that the peak is this size's own. */
function measureRow(label: string, analyses: Array<[string, ArticleAnalysis]>, analyseMs: number, runs: number, folders: boolean): Row {
  collect();
  const heapAfterGc = heapUsed();
  meters.peakHeap = heapAfterGc;
  const result = measureComparison(analyses, runs);
  const peakHeap = meters.peakHeap;
  const byFolder = folders ? measureComparison(analyses, Math.min(runs, 3), 'folder', 1) : undefined;
  console.log(`  ${label}: ${analyses.length} articles analysed in ${(analyseMs / 1000).toFixed(1)} s; comparison median ${ms(median(result.runs))} ms` +
    (byFolder ? `, ${ms(median(byFolder.runs))} ms with one story per folder` : ''));
  return { label, analyseMs, heapAfterGc, peakHeap, result, byFolder };
}

function report(rows: Row[]): void {
  const base = rows[0];
  const baseMs = median(base.result.runs);
  console.log('\nFull comparison (fresh Corpus + runRules: entity resolution, story grouping, every enabled rule)');
  printTable(
    ['corpus', 'articles', 'quantities', 'stories (largest)', 'analyse s', 'compare ms (median)', 'growth', 'linear', 'findings', 'story pairs', 'slot pairs (all in story)', 'name pairs', 'heap MB (gc / peak)'],
    rows.map(({ label, analyseMs, heapAfterGc, peakHeap, result: r }) => [
      label, String(r.articles), String(r.quantities), `${r.stories} (${r.largestStory})`, (analyseMs / 1000).toFixed(1),
      `${ms(median(r.runs))} (${r.runs.length} runs)`, ratio(median(r.runs) / baseMs), ratio(r.articles / base.result.articles),
      String(r.findings), String(r.storyPairs), `${r.slotPairs} (${r.slotAllPairs})`, String(r.namePairs), `${mb(heapAfterGc)} / ${mb(peakHeap)}`,
    ]),
  );
  const folderRows = rows.filter((row) => row.byFolder);
  const folderBase = folderRows[0]?.byFolder;
  if (folderBase) {
    console.log('\nThe same corpora with one story per event folder (crosscheck.stories = folder): the rules alone, stories fixed');
    printTable(
      ['corpus', 'articles', 'stories (largest)', 'compare ms (median)', 'growth', 'linear', 'slot alignment ms', 'slot pairs (all in story)', 'name pairs'],
      folderRows.map(({ label, byFolder }) => {
        const r = byFolder!;
        return [label, String(r.articles), `${r.stories} (${r.largestStory})`, `${ms(median(r.runs))} (${r.runs.length} runs)`,
          ratio(median(r.runs) / median(folderBase.runs)), ratio(r.articles / folderBase.articles), ms(r.phases['  of which alignSlots']),
          `${r.slotPairs} (${r.slotAllPairs})`, String(r.namePairs)];
      }),
    );
  }
  console.log('\nPhases (ms, median of up to 3 passes; growth is the largest grown corpus against the clusters)');
  // A scale row is another corpus: growth is read along the clusters and their copies only.
  const grown = rows.filter((row) => row.byFolder);
  const last = grown[grown.length - 1] ?? rows[rows.length - 1];
  printTable(
    ['phase', ...rows.map((row) => `${row.label} (${row.result.articles})`), 'growth'],
    PHASES.map((phase) => [
      phase, ...rows.map((row) => ms(row.result.phases[phase])),
      base.result.phases[phase] > 0.5 ? ratio(last.result.phases[phase] / base.result.phases[phase]) : '-',
    ]),
  );
  console.log(`\nlinear growth from ${base.result.articles} to ${last.result.articles} articles would be ${ratio(last.result.articles / base.result.articles)};` +
    ` candidate pairs grew: stories ${ratio(last.result.storyPairs / Math.max(1, base.result.storyPairs))},` +
    ` slots ${ratio(last.result.slotPairs / Math.max(1, base.result.slotPairs))}, names ${ratio(last.result.namePairs / Math.max(1, base.result.namePairs))}`);
  console.log('slot pairs: quantity pairs alignment scored (in parentheses, the cross-article pairs within each story that all-pairs scoring would take)');
  console.log(`heap: used after gc with this size's analyses held / highest use seen during its comparisons${typeof (globalThis as { gc?: unknown }).gc === 'function' ? '' : ' (run with --expose-gc for the first figure)'}`);
}

function main(): void {
  if (!existsSync(clusters)) {
    console.log(`bench:compare skipped: ${clusters} does not exist`);
    return;
  }
  const sizes = (option('sizes') ?? '217,1000,2000').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
  const runsOption = option('runs');
  instrument();
  console.log('Cross-article comparison at growing corpus sizes (the clusters, then perturbed copies of them)');
  const articles = grownClusters(clusters, sizes[sizes.length - 1]);
  const analyses: Array<[string, ArticleAnalysis]> = [];
  const rows: Row[] = [];
  // Each size is a prefix of the next: only the new articles are analysed, and each row holds exactly its own.
  // Its analysis time is that of all its articles (the first size's includes the JIT's warm-up).
  let analyseMs = 0;
  for (const size of sizes) {
    analyseMs += analyse(articles.slice(analyses.length, size), analyses);
    const runs = runsOption ? Number(runsOption) : size <= 1000 ? 5 : 3;
    rows.push(measureRow(size <= 217 ? 'clusters' : 'grown', analyses, analyseMs, runs, true));
  }
  const scaleSize = Number(option('scale') ?? 0);
  if (scaleSize > 0) {
    const scale = scaleArticles(scaleFolder, scaleSize);
    if (!scale) console.log(`--scale skipped: ${scaleFolder} does not exist`);
    else {
      analyses.length = 0;
      const analyseMs = analyse(scale, analyses);
      rows.push(measureRow('scale', analyses, analyseMs, runsOption ? Number(runsOption) : 3, false));
    }
  }
  report(rows);
}

try {
  main();
} catch (error: unknown) {
  console.error(error);
  process.exitCode = 1;
}
