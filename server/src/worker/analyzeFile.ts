import { analyzeArticle } from '../engine/analyze';
import { textHash } from '../engine/text/hash';
import { diskCacheAt } from '../io/diskCache';
import { readArticleFile } from '../io/readArticleFile';
import type { FileAnalysis, WorkerRequest } from './protocol';
import { stallIfAsked } from './testStall';

/**
 * Reads and analyses one file, through the on-disk cache when the request names one: the same text analysed by the
 * same engine is read back instead. A request that carries the text of an open document analyses that text. Used
 * by the workers and, where there are none, on the main thread.
 */
export async function analyzeFile(request: Omit<WorkerRequest, 'id'>, log: (message: string) => void = () => undefined): Promise<FileAnalysis> {
  if (request.text !== undefined) {
    stallIfAsked(request.text, request.path);
    return { ok: true, analysis: analyzeArticle(request.text), hash: textHash(request.text), warning: null };
  }
  const read = await readArticleFile(request.path, request.maxBytes);
  if (!read.ok) return { ok: false, reason: read.reason };
  const hash = textHash(read.text);
  const cache = request.cacheFolder ? diskCacheAt(request.cacheFolder, log) : null;
  const cached = cache?.read(hash) ?? null;
  if (!cached) stallIfAsked(read.text, request.path);
  const analysis = cached ?? analyzeArticle(read.text);
  if (cache && !cached) cache.write(hash, analysis);
  return { ok: true, analysis, hash, warning: read.warning, cached: cached !== null, ...(request.withText ? { text: read.text } : {}) };
}
