/**
 * The entries of an analysis cache (the folder `crosscheck check --cache DIR` fills) for the benchmarks that read
 * one: `--cache DIR` from the command line, and the first `--limit N` entries of the newest engine key's folder.
 */
import { readdirSync, statSync } from 'fs';
import * as path from 'path';
import { numberOption } from '../scripts/options';

export function cacheEntriesFromArguments(bench: string, defaultLimit: number): { root: string; files: string[] } {
  const argument = process.argv.indexOf('--cache');
  if (argument < 0 || !process.argv[argument + 1]) throw new Error(`usage: ${bench} --cache DIR [--limit N] (DIR filled by crosscheck check --cache DIR)`);
  const root = path.resolve(process.argv[argument + 1]);
  const keys = readdirSync(root).map((name) => path.join(root, name)).filter((p) => statSync(p).isDirectory());
  keys.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  const files: string[] = [];
  for (const shard of readdirSync(keys[0])) for (const file of readdirSync(path.join(keys[0], shard))) if (file.endsWith('.v8')) files.push(path.join(keys[0], shard, file));
  return { root, files: files.sort().slice(0, numberOption('limit', defaultLimit)) };
}
