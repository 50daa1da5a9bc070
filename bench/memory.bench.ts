/**
 * What a corpus of analyses holds in memory (npm run bench:memory -- --cache DIR [--limit N]): the analyses of a
 * disk cache (the CLI's `--cache DIR` after one `check`, so that nothing is analysed here) loaded into a Corpus the
 * way the server keeps them, the collector forced, heap used (with array buffers, where packed fields live) and RSS
 * printed after entities, stories and rules; then the retained heap of each field of the plain records, measured by
 * releasing one field at a time and collecting, and what the packed fields take packed. Run it with node
 * --expose-gc (the npm script does).
 */
import { readFileSync, statSync } from 'fs';
import { deserialize } from 'v8';
import { Corpus } from '../server/src/engine/corpus/corpus';
import { defaultConfig } from '../server/src/engine/config';
import { runRules } from '../server/src/engine/rules/runRules';
import { StringPool } from '../server/src/engine/text/intern';
import { PackingTable, packValue } from '../server/src/engine/text/packedValues';
import { PACKED_FIELDS } from '../server/src/engine/corpus/compactAnalyses';
import { cacheEntriesFromArguments } from './cacheEntries';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

const { files: cacheFiles } = cacheEntriesFromArguments('memory.bench', Infinity);

const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** Heap used after collection, with the memory of array buffers (typed arrays' contents live outside the heap). */
function settledHeap(): number {
  for (let i = 0; i < 3; i++) gc!();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

function report(label: string): void {
  const heap = settledHeap();
  const { rss } = process.memoryUsage();
  console.log(`${label.padEnd(46)} heap + buffers ${megabytes(heap).padStart(10)}   rss ${megabytes(rss).padStart(10)}`);
}

const files = cacheFiles;
const bytesOnDisk = files.reduce((n, f) => n + statSync(f).size, 0);
console.log(`${files.length} cached analyses, ${megabytes(bytesOnDisk)} on disk`);
report('start');

// The corpus as the server and the CLI hold it: every analysis set, then entities and stories settled and the
// rules run once (their caches are part of what the server keeps). In a function, so that all of it is released.
function corpusMeasures(): void {
  const corpus = new Corpus();
  for (let i = 0; i < files.length; i++) corpus.set(`a${i}`, deserialize(readFileSync(files[i])) as never);
  report('corpus: analyses set');
  corpus.settle();
  report('corpus: entities and stories settled');
  const { findings } = runRules(corpus, defaultConfig(), (f) => f);
  report(`corpus: rules run (${findings.length} findings)`);
}

// The retained size of each field of the plain records (strings pooled as before compaction): the records in a
// list, fields released one at a time, each field's share read from the heap after collection.
function plainFieldMeasures(): void {
  const pooled = new StringPool();
  const records: Array<Record<string, unknown>> = [];
  for (const file of files) records.push(pooled.internAll(deserialize(readFileSync(file)) as Record<string, unknown>));
  let before = settledHeap();
  console.log(`plain records alone: heap + buffers ${megabytes(before)}; retained per field:`);
  const sizes: Array<[string, number, number]> = [];
  for (const field of Object.keys(records[0] ?? {})) {
    const items = records.reduce((n, r) => n + (Array.isArray(r[field]) ? (r[field] as unknown[]).length : 1), 0);
    for (const record of records) record[field] = null;
    const after = settledHeap();
    sizes.push([field, before - after, items]);
    before = after;
  }
  const total = sizes.reduce((n, [, size]) => n + size, 0);
  for (const [field, size, items] of sizes.sort((a, b) => b[1] - a[1])) {
    console.log(`  ${field.padEnd(18)} ${megabytes(size).padStart(10)}  ${((100 * size) / total).toFixed(1).padStart(5)}%  ${Math.round(size / items)} B each of ${items}`);
  }
}

// What the packed fields take packed (their slots and side numbers; the strings are in the shared table), and the
// heap of the records as a corpus keeps them.
function compactMeasures(): void {
  const table = new PackingTable();
  const bytes = new Map<string, number>();
  const packer = new Corpus();
  const records: object[] = [];
  for (const file of files) {
    const record = deserialize(readFileSync(file)) as Record<string, unknown>;
    for (const field of PACKED_FIELDS) {
      const packed = packValue(record[field], table);
      bytes.set(field, (bytes.get(field) ?? 0) + (packed ? packed.slots.byteLength + (packed.doubles?.byteLength ?? 0) : 0));
    }
    records.push(packer.compact(record as never));
  }
  const heap = settledHeap();
  // Read after the measurement, so that the records are alive during it.
  console.log(`${records.length} compact records alone: heap + buffers ${megabytes(heap)}; packed fields, ${table.size} distinct strings:`);
  for (const [field, size] of [...bytes].sort((a, b) => b[1] - a[1])) console.log(`  ${field.padEnd(18)} ${megabytes(size).padStart(10)}`);
}

corpusMeasures();
report('corpus released');
plainFieldMeasures();
compactMeasures();
