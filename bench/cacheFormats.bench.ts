/**
 * The analysis cache's format, chosen by measurement (npm run bench:cache-formats -- --cache DIR [--limit N]): the
 * analyses of a disk cache (DIR filled by `crosscheck check --cache DIR`) encoded and decoded again in each candidate
 * format, with the total size, the encoding time, the best of three decoding passes and how many decoded values are
 * deeply equal to the originals (an analysis holds open intervals, Infinity, and fields left undefined). MessagePack is
 * measured with msgpackr when it is installed (`npm install --no-save msgpackr@2`): it is not a dependency of the
 * project, because its optional native helpers cannot be locked for every platform from here (npm ci refused the lock).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'fs';
import { performance } from 'perf_hooks';
import { deserialize, serialize } from 'v8';
import { cacheEntriesFromArguments } from './cacheEntries';
import { printTable } from './table';

const { root: cacheRoot, files: cacheFiles } = cacheEntriesFromArguments('cacheFormats.bench', 2000);

interface Format {
  name: string;
  encode: (value: unknown) => Uint8Array;
  decode: (bytes: Uint8Array) => unknown;
}

interface Packr {
  pack(value: unknown): Uint8Array;
  unpack(bytes: Uint8Array): unknown;
}

/** msgpackr with records (objects of one shape share their keys) and structured clone (undefined kept), if installed. */
function msgpackr(): Packr | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Packr } = require('msgpackr') as { Packr: new (options: object) => Packr };
    return new Packr({ structuredClone: true, useRecords: true });
  } catch {
    return null;
  }
}

const packr = msgpackr();
const FORMATS: Format[] = [
  { name: 'V8 serialisation (the format in use)', encode: (v) => serialize(v), decode: (b) => deserialize(b) },
  ...(packr ? [{ name: 'MessagePack (msgpackr, records)', encode: (v: unknown) => packr.pack(v), decode: (b: Uint8Array) => packr.unpack(b) }] : []),
  { name: 'JSON', encode: (v) => Buffer.from(JSON.stringify(v)), decode: (b) => JSON.parse(Buffer.from(b).toString('utf8')) as unknown },
];
if (!packr) console.log('msgpackr is not installed: `npm install --no-save msgpackr@2` to measure MessagePack too');

const values = cacheFiles.map((file) => deserialize(readFileSync(file)) as unknown);
const rows = FORMATS.map(({ name, encode, decode }) => {
  let start = performance.now();
  const encoded = values.map(encode);
  const encodeMs = performance.now() - start;
  const decodeMs: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    start = performance.now();
    for (const bytes of encoded) decode(bytes);
    decodeMs.push(performance.now() - start);
  }
  let equal = 0;
  encoded.forEach((bytes, i) => {
    try {
      assert.deepStrictEqual(decode(bytes), values[i]);
      equal++;
    } catch {
      // Counted as not equal.
    }
  });
  const size = encoded.reduce((n, bytes) => n + bytes.length, 0);
  return [name, `${(size / 1e6).toFixed(1)} MB`, `${encodeMs.toFixed(0)} ms`, `${Math.min(...decodeMs).toFixed(0)} ms`, `${equal} / ${values.length}`];
});
console.log(`${values.length} analyses from ${cacheRoot}`);
printTable(['format', 'size', 'encode', 'decode (best of 3)', 'equal after a round trip'], rows);
