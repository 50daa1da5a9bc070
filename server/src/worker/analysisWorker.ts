/**
 * Worker thread that reads and analyses article files off the server's main thread, so that indexing a large
 * corpus never delays a hover or a keystroke. Messages in: { id, path, maxBytes }; out: { id, result }.
 */
import { parentPort } from 'worker_threads';
import { analyzeArticle } from '../engine/analyze';
import { textHash } from '../engine/text/hash';
import { readArticleFile } from '../io/readArticleFile';
import type { WorkerRequest, WorkerResponse } from './protocol';

parentPort?.on('message', async (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    const read = await readArticleFile(request.path, request.maxBytes);
    response = read.ok
      ? {
          id: request.id, ok: true, analysis: analyzeArticle(read.text), hash: textHash(read.text), warning: read.warning,
          ...(request.withText ? { text: read.text } : {}),
        }
      : { id: request.id, ok: false, reason: read.reason };
  } catch (error) {
    response = { id: request.id, ok: false, reason: `analysis failed: ${String(error)}` };
  }
  parentPort?.postMessage(response);
});
