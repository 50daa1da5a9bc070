/**
 * Indexing and hover latency of the built server (dist/server.js) over a real multi-outlet corpus:
 * ../shared/eval/clusters (217 articles; read in place, never copied). Measures the time from `initialized` to the
 * end of indexing, then the round trip of hovers on names in a sample of articles (median, 95th percentile, worst).
 * Run with `npm run bench:corpus` after `npm run build`. Skips with a message when the folder is missing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { performance } from 'perf_hooks';
import { analyzeArticle } from '../server/src/engine/analyze';
import { defaultConfig } from '../server/src/engine/config';
import { Corpus } from '../server/src/engine/corpus/corpus';
import { runRules } from '../server/src/engine/rules/runRules';
import { startServer, waitFor } from '../test/helpers/lspClient';

const folder = path.resolve(process.argv[2] ?? path.join(__dirname, '../../../shared/eval/clusters'));

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : name.endsWith('.txt') ? [full] : [];
  });
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function main(): Promise<void> {
  if (!existsSync(folder)) {
    console.log(`bench:corpus skipped: ${folder} does not exist`);
    return;
  }
  const files = listFiles(folder);
  const started = performance.now();
  const server = await startServer({ corpus: ['**/*.txt'] }, { workspaceFolder: folder });
  await waitFor(() => (server.status && !server.status.indexing && server.status.articles === files.length ? true : undefined), 120_000, 'indexing');
  const indexMs = performance.now() - started;
  console.log(`indexed ${files.length} articles in ${(indexMs / 1000).toFixed(2)} s (server start included)`);

  const sample = files.filter((_, i) => i % 7 === 0);
  const times: number[] = [];
  for (const file of sample) {
    const text = readFileSync(file, 'utf8');
    const uri = pathToFileURL(file).href;
    await server.open(uri, text);
    const lines = text.split(/\r\n|\r|\n/);
    const starts: number[] = [0];
    for (const line of lines) starts.push(starts[starts.length - 1] + line.length + 1);
    for (const entity of analyzeArticle(text).entities.slice(0, 15)) {
      let line = 0;
      while (starts[line + 1] <= entity.start) line++;
      const t0 = performance.now();
      await server.hover(uri, line, entity.start - starts[line] + 1);
      times.push(performance.now() - t0);
      if (process.env.BENCH_TRACE && performance.now() - t0 > 50) console.log(`slow hover ${(performance.now() - t0).toFixed(0)} ms: ${path.basename(file)} "${entity.text}" (#${times.length})`);
    }
    await server.close(uri);
  }
  times.sort((a, b) => a - b);
  console.log(`hover on names: ${times.length} hovers in ${sample.length} articles; median ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, worst ${times[times.length - 1].toFixed(1)} ms`);
  await server.stop();
  recheckAfterEdit(files);
}

/**
 * The work a one-line edit causes: the edited article is analysed again, then entities are resolved and the rules
 * run over the whole corpus (the other articles' analyses are reused). The server adds a 300 ms typing pause.
 */
function recheckAfterEdit(files: string[]): void {
  const corpus = new Corpus();
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  files.forEach((f, i) => corpus.set(f, analyzeArticle(texts[i])));
  runRules(corpus, defaultConfig(), (a) => a);
  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    const index = (round * 11) % files.length;
    const lines = texts[index].split('\n');
    const line = Math.min(lines.length - 1, 5);
    lines[line] = `${lines[line]} The council met 14 members on Monday.`;
    const t0 = performance.now();
    corpus.set(files[index], analyzeArticle(lines.join('\n')));
    corpus.entities();
    runRules(corpus, defaultConfig(), (a) => a);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`re-check after a one-line edit (${files.length} articles): median ${quantile(times, 0.5).toFixed(0)} ms, worst ${times[times.length - 1].toFixed(0)} ms, plus the 300 ms typing pause`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
