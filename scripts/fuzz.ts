/**
 * `npm run fuzz`: the long run of the engine fuzz suite. Checks the engine's properties (offsets in range, no
 * overlap across kinds, deterministic output) on generated hostile texts, then the growth of analysis time on the
 * shapes that were quadratic, and prints inputs tried, failures and timings. Exit code 1 when anything failed.
 * Then the protocol fuzz over stdio and abusive crosscheck.json files (scripts/fuzzProtocol.ts).
 *   npm run fuzz                      50,000 inputs (seeds 1000…1009, 5,000 each), 10,000 protocol requests, 200 configs
 *   npm run fuzz -- --runs 200000 --seed 7 --pieces 200 --requests 20000 --configs 500
 *   npm run fuzz -- --runs 0          the protocol part only
 */
import { performance } from 'node:perf_hooks';
import { runProtocolFuzz } from './fuzzProtocol';
import { fuzzEngine, GROWTH_PATTERNS, SLOW_MS_PER_KB, timeAt, type FuzzReport } from '../test/fuzz/engineProperties';
import { numberOption } from './options';


const runs = numberOption('runs', 50_000);
const firstSeed = numberOption('seed', 1000);
const pieces = numberOption('pieces', 120);
const requests = numberOption('requests', 10_000);
const configs = numberOption('configs', 200);
const BATCH = 5_000;

const began = performance.now();
const reports: FuzzReport[] = [];
for (let done = 0, seed = firstSeed; done < runs; done += BATCH, seed++) {
  const report = fuzzEngine(seed, Math.min(BATCH, runs - done), pieces);
  reports.push(report);
  console.log(`seed ${seed}: ${report.inputs.toLocaleString('en')} inputs, ${report.failures.length} failures, ` +
    `${(report.characters / 1e6).toFixed(1)} M characters, ms per 1,000 characters median ${report.msPerKb.median.toFixed(2)}, ` +
    `p99 ${report.msPerKb.p99.toFixed(1)}, worst ${report.msPerKb.worst.toFixed(1)}; ${report.slow.length} slow when timed again (${report.seconds.toFixed(0)} s)`);
}
const failures = reports.flatMap((r) => r.failures);
const slow = reports.flatMap((r) => r.slow);
for (const s of slow) console.log(`SLOW (${s.msPerKb.toFixed(1)} ms per 1,000 characters, over ${SLOW_MS_PER_KB}) on ${JSON.stringify(s.input.slice(0, 300))}`);
const inputs = reports.reduce((sum, r) => sum + r.inputs, 0);
const characters = reports.reduce((sum, r) => sum + r.characters, 0);
for (const failure of failures.slice(0, 20)) console.log(`FAILED on ${JSON.stringify(failure.input.slice(0, 300))}: ${failure.problems.slice(0, 3).join('; ')}`);

/** The growth of analysis time on each shape that was quadratic; returns how many grew too steeply. */
function growth(): number {
  console.log('\nGrowth of analysis time (16× the text; linear is about 16, quadratic 256):');
  timeAt('Warm up the lexicon and the patterns. Anna Doe said 5 on Monday.', 2_000, 1);
  let steep = 0;
  for (const [name, pattern] of Object.entries(GROWTH_PATTERNS)) {
    const small = Math.max(timeAt(pattern, 16_000, 3), 1);
    const large = timeAt(pattern, 256_000, 2);
    const ratio = large / small;
    if (ratio > 48) steep++;
    console.log(`  ${name.padEnd(30)} ${small.toFixed(0).padStart(6)} ms at 16 K  ${large.toFixed(0).padStart(7)} ms at 256 K  ×${ratio.toFixed(1)}  ` +
      `(${(large / 256).toFixed(2)} ms per 1,000 characters)`);
  }
  return steep;
}

async function main(): Promise<void> {
  // `--runs 0` runs the protocol part only.
  const steep = runs > 0 ? growth() : 0;
  console.log(`\n${inputs.toLocaleString('en')} inputs tried (${(characters / 1e6).toFixed(1)} M characters), ${failures.length} failures, ${slow.length} slow inputs, ` +
    `${steep} steep growths, ${((performance.now() - began) / 1000).toFixed(0)} s\n`);
  const protocolFailures = await runProtocolFuzz(requests, firstSeed, configs);
  process.exitCode = failures.length > 0 || slow.length > 0 || steep > 0 || protocolFailures > 0 ? 1 : 0;
}

void main();
