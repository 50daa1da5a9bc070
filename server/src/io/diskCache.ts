import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'fs';
import * as path from 'path';
import { deserialize, serialize } from 'v8';
import { textHash } from '../engine/text/hash';
import type { ArticleAnalysis } from '../engine/types';

/**
 * A fingerprint of the engine code that is running: the analysis worker's bundle built beside this one, or the
 * bundle this module was built into, or, running from compiled sources, every file of the engine folder. Any change
 * to the code gives another key, so a cache never serves an analysis made by other code. The CLI's and the
 * server's bundles take the worker's key (one build makes them all): with a key of their own, opening the cache
 * in the CLI removed the workers' folder as "another version", and every run analysed everything again.
 */
function engineKey(): string {
  const engineFolder = path.join(__dirname, '../engine');
  if (!existsSync(engineFolder)) {
    const worker = path.join(__dirname, 'analysisWorker.js');
    return textHash(readFileSync(existsSync(worker) ? worker : __filename, 'utf8'));
  }
  const parts: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.js')) parts.push(readFileSync(full, 'utf8'));
    }
  };
  walk(engineFolder);
  return textHash(parts.join('\u0000'));
}

let cachedKey: string | null = null;

/**
 * Analyses kept on disk between runs, one file per article text: `<folder>/<engine key>/<hash[0..2]>/<hash>.v8`,
 * keyed by the text's fingerprint, so that a restart on an unchanged corpus reads instead of analysing. Folders of
 * other engine keys are removed when the cache opens. The format is V8's serialisation (what worker messages use),
 * not JSON: an analysis holds open intervals (Infinity) and fields left undefined, which JSON would change. An unreadable or corrupt entry is a miss (analysed again and
 * rewritten), never an error; a folder that cannot be written turns the cache off with one message.
 */
export class DiskCache {
  private readonly folder: string;
  private disabled = false;

  constructor(root: string, private readonly log: (message: string) => void) {
    cachedKey ??= engineKey();
    this.folder = path.join(root, cachedKey);
    try {
      mkdirSync(this.folder, { recursive: true });
      for (const name of readdirSync(root)) {
        if (name === cachedKey) continue;
        rmSync(path.join(root, name), { recursive: true, force: true });
        log(`analysis cache: removed ${name}, made by another version of the engine`);
      }
    } catch (error) {
      this.disabled = true;
      log(`analysis cache: ${root} cannot be used (${String(error)}); analysing without a cache`);
    }
  }

  private file(hash: string): string {
    return path.join(this.folder, hash.slice(0, 2), `${hash}.v8`);
  }

  read(hash: string): ArticleAnalysis | null {
    if (this.disabled) return null;
    try {
      return deserialize(readFileSync(this.file(hash))) as ArticleAnalysis;
    } catch {
      return null;
    }
  }

  write(hash: string, analysis: ArticleAnalysis): void {
    if (this.disabled) return;
    const file = this.file(hash);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      // Written beside and renamed, so that a reader never sees half a file.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize(analysis));
      renameSync(temporary, file);
    } catch (error) {
      this.disabled = true;
      this.log(`analysis cache: cannot write ${file} (${String(error)}); analysing without a cache`);
    }
  }
}

const opened = new Map<string, DiskCache>();

/** The cache at a folder, opened once per process. */
export function diskCacheAt(root: string, log: (message: string) => void): DiskCache {
  let cache = opened.get(root);
  if (!cache) {
    cache = new DiskCache(root, log);
    opened.set(root, cache);
  }
  return cache;
}
