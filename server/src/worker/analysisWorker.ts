/**
 * Worker thread that reads and analyses article files off the server's main thread, so that indexing a large
 * corpus never delays a hover or a keystroke. Messages in: WorkerRequest; out: WorkerResponse.
 */
import { parentPort } from 'worker_threads';
import { analyzeFile } from './analyzeFile';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { warmUpAnalysis } from '../lsp/warmUp';

parentPort?.on('message', async (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: request.id, ...(await analyzeFile(request)) };
  } catch (error) {
    response = { id: request.id, ok: false, reason: `analysis failed: ${String(error)}` };
  }
  parentPort?.postMessage(response);
});

// Compiled before the first article arrives (the first open document would otherwise take ten times longer), then
// ready: the pool counts an article's time from here on, not the worker's start.
warmUpAnalysis();
parentPort?.postMessage('ready');
