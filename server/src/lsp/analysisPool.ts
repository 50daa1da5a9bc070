import { existsSync } from 'fs';
import { cpus } from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { analyzeFile } from '../worker/analyzeFile';
import type { FileAnalysis, WorkerRequest, WorkerResponse } from '../worker/protocol';

interface Pending {
  request: WorkerRequest;
  resolve: (result: FileAnalysis) => void;
}

/**
 * Reads and analyses files in worker threads (one per core, at most eight), one file per worker at a time. The main
 * thread only files the results and answers requests from the settled state of the corpus, so it needs no core of
 * its own while indexing. Where no worker script is available (running from sources), it falls back to the main
 * thread, yielding between files.
 */
export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private nextId = 1;

  constructor(private readonly log: (message: string) => void, size = Math.max(1, Math.min(8, cpus().length))) {
    const script = path.join(__dirname, 'analysisWorker.js');
    if (!existsSync(script)) {
      log(`analysis worker ${script} not found; analysing on the main thread`);
      return;
    }
    for (let i = 0; i < size; i++) this.spawn(script);
  }

  analyze(file: string, maxBytes: number, options: { withText?: boolean; cacheFolder?: string } = {}): Promise<FileAnalysis> {
    return new Promise((resolve) => {
      const pending: Pending = { request: { id: this.nextId++, path: file, maxBytes, ...options }, resolve };
      if (this.workers.length === 0) {
        setImmediate(async () => resolve(await analyzeFile(pending.request, this.log)));
        return;
      }
      this.queue.push(pending);
      this.pump();
    });
  }

  get queued(): number {
    return this.queue.length + this.busy.size;
  }

  async dispose(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private spawn(script: string): void {
    const worker = new Worker(script);
    worker.on('message', (response: WorkerResponse) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      pending?.resolve(response);
      this.pump();
    });
    worker.on('error', (error) => {
      this.log(`analysis worker failed: ${String(error)}`);
      // The file the worker had in hand is answered with the failure; a new worker takes its place.
      this.busy.get(worker)?.resolve({ ok: false, reason: `analysis failed: ${String(error)}` });
      this.busy.delete(worker);
      this.workers.splice(this.workers.indexOf(worker), 1);
      const idleIndex = this.idle.indexOf(worker);
      if (idleIndex >= 0) this.idle.splice(idleIndex, 1);
      this.spawn(script);
      this.pump();
    });
    this.workers.push(worker);
    this.idle.push(worker);
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      worker.postMessage(pending.request);
    }
  }
}
