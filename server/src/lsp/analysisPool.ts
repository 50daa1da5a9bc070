import { existsSync } from 'fs';
import { cpus } from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { analyzeFile } from '../worker/analyzeFile';
import type { FileAnalysis, WorkerRequest, WorkerResponse } from '../worker/protocol';

interface Pending {
  request: WorkerRequest;
  resolve: (result: FileAnalysis) => void;
  /** The open document a text belongs to: a newer text of the same document replaces a queued older one. */
  document?: string;
  timer?: NodeJS.Timeout;
}

/** Twenty seconds: a 1 MB article (the default size limit) takes about 3 s. */
export const DEFAULT_TIME_LIMIT_MS = 20_000;

export interface PoolOptions {
  /** Workers to start (default one per core, at least two so that an open document never waits behind another). */
  size?: number;
  /** Milliseconds one article may take before its worker is stopped and the article skipped. */
  timeLimitMs?: () => number;
  /**
   * Milliseconds the pool may stay idle before it stops all workers but one (0: never). Each worker holds the engine's
   * word lists and what its heap kept from the last articles (about 80 MB): after indexing, one warm worker is enough
   * for the edits of open documents, and the others start again when many files arrive.
   */
  idleTrimMs?: () => number;
}

/** Thirty seconds without work: indexing has ended and the user is reading or typing. */
export const DEFAULT_IDLE_TRIM_MS = 30_000;

/** "took longer than 20 s to analyse", with the limit as the user set it. */
export function overTimeReason(limitMs: number): string {
  const seconds = limitMs / 1000;
  return `took longer than ${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s to analyse`;
}

/**
 * Reads and analyses files, and the texts of open documents, in worker threads (one per core, at least two, at most
 * eight), one article per worker at a time. The main thread only files the results and answers requests, so a large
 * article being analysed never delays a hover on another. Open documents go ahead of files waiting to be indexed.
 * Each article has a time budget: a worker still busy when it runs out is stopped and replaced, and the article is
 * answered with the reason, so that one pathological file never stalls the corpus. Where no worker script is
 * available (running from sources), it falls back to the main thread, yielding between articles, without a budget.
 */
export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly script = path.join(__dirname, 'analysisWorker.js');
  private readonly timeLimitMs: () => number;
  private readonly idleTrimMs: () => number;
  private readonly size: number = 0;
  private trimTimer: NodeJS.Timeout | undefined;
  private readonly ready = new Set<Worker>();
  /** Workers that failed before they were ready, in a row: a broken worker script is not restarted forever. */
  private failedStarts = 0;
  private nextId = 1;
  private disposed = false;

  constructor(private readonly log: (message: string) => void, options: PoolOptions | number = {}) {
    const { size = Math.max(2, Math.min(8, cpus().length)), timeLimitMs = () => DEFAULT_TIME_LIMIT_MS, idleTrimMs = () => DEFAULT_IDLE_TRIM_MS } =
      typeof options === 'number' ? { size: options } : options;
    this.timeLimitMs = timeLimitMs;
    this.idleTrimMs = idleTrimMs;
    if (!existsSync(this.script)) {
      log(`analysis worker ${this.script} not found; analysing on the main thread`);
      return;
    }
    this.size = size;
    for (let i = 0; i < size; i++) this.spawn();
  }


  analyze(file: string, maxBytes: number, options: { withText?: boolean; cacheFolder?: string } = {}): Promise<FileAnalysis> {
    return this.submit({ id: this.nextId++, path: file, maxBytes, ...options }, false);
  }

  /**
   * Analyses the text of an open document, ahead of files waiting to be indexed. A text of the same document still
   * waiting for a worker is answered `superseded`: nobody needs the analysis of a text the user has typed over.
   */
  analyzeText(document: string, text: string): Promise<FileAnalysis> {
    for (const waiting of this.queue.filter((p) => p.document === document)) {
      this.queue.splice(this.queue.indexOf(waiting), 1);
      waiting.resolve({ ok: false, reason: 'a newer text of the document replaced it', superseded: true });
    }
    return this.submit({ id: this.nextId++, path: document, maxBytes: Infinity, text }, true, document);
  }

  get queued(): number {
    return this.queue.length + this.busy.size;
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    clearTimeout(this.trimTimer);
    for (const pending of this.busy.values()) clearTimeout(pending.timer);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private submit(request: WorkerRequest, first: boolean, document?: string): Promise<FileAnalysis> {
    return new Promise((resolve) => {
      const pending: Pending = { request, resolve, ...(document ? { document } : {}) };
      if (this.workers.length === 0) {
        this.analyzeHere(pending);
        return;
      }
      clearTimeout(this.trimTimer);
      this.trimTimer = undefined;
      if (first) {
        // After the other open documents' texts, before the files.
        const at = this.queue.findIndex((p) => p.document === undefined);
        this.queue.splice(at < 0 ? this.queue.length : at, 0, pending);
      } else this.queue.push(pending);
      // Work beyond what the running workers can take: the workers an idle trim stopped start again.
      const starting = this.workers.length - this.ready.size;
      for (let missing = this.queue.length - this.idle.length - starting; missing > 0 && this.workers.length < this.size; missing--) this.spawn();
      this.pump();
    });
  }

  /** Stops all idle workers but one, once nothing has been asked for `idleTrimMs`. */
  private scheduleTrim(): void {
    const delay = this.idleTrimMs();
    if (this.disposed || delay <= 0 || this.trimTimer || this.workers.length <= 1) return;
    this.trimTimer = setTimeout(() => {
      this.trimTimer = undefined;
      if (this.queue.length > 0 || this.busy.size > 0) return;
      let stopped = 0;
      while (this.workers.length > 1 && this.idle.length > 0) {
        const worker = this.idle.pop()!;
        this.workers.splice(this.workers.indexOf(worker), 1);
        this.ready.delete(worker);
        void worker.terminate();
        stopped++;
      }
      if (stopped > 0) this.log(`analysis pool idle: stopped ${stopped} of ${stopped + this.workers.length} workers (they start again when files arrive)`);
    }, delay);
    this.trimTimer.unref?.();
  }

  private spawn(): void {
    const worker = new Worker(this.script);
    worker.on('message', (response: WorkerResponse | 'ready') => {
      if (response === 'ready') {
        this.failedStarts = 0;
        this.ready.add(worker);
        this.idle.push(worker);
        this.pump();
        return;
      }
      const pending = this.busy.get(worker);
      if (!pending) return; // Stopped for its time limit meanwhile.
      clearTimeout(pending.timer);
      this.busy.delete(worker);
      this.idle.push(worker);
      pending.resolve(response);
      this.pump();
    });
    worker.on('error', (error) => {
      this.log(`analysis worker failed: ${String(error)}`);
      // The article the worker had in hand is answered with the failure; a new worker takes its place.
      this.replace(worker, `analysis failed: ${String(error)}`);
    });
    // Idle once it says it is ready (see analysisWorker.ts).
    this.workers.push(worker);
  }

  /** Stops a worker (failed, or over its time limit), answers its article with `reason` and starts another. */
  private replace(worker: Worker, reason: string): void {
    const pending = this.busy.get(worker);
    clearTimeout(pending?.timer);
    this.busy.delete(worker);
    const at = this.workers.indexOf(worker);
    if (at < 0) return;
    this.workers.splice(at, 1);
    const idleAt = this.idle.indexOf(worker);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    void worker.terminate();
    pending?.resolve({ ok: false, reason });
    if (!this.ready.delete(worker)) this.failedStarts++;
    if (this.disposed) return;
    if (this.failedStarts < 3) {
      this.spawn();
      this.pump();
    } else if (this.workers.length === 0) {
      this.log('analysis workers fail to start; analysing on the main thread');
      for (const waiting of this.queue.splice(0)) this.analyzeHere(waiting);
    }
  }

  /** The fallback without workers: on this thread, after the current event, never rejecting. */
  private analyzeHere(pending: Pending): void {
    setImmediate(() => {
      analyzeFile(pending.request, this.log).then(pending.resolve, (error: unknown) => pending.resolve({ ok: false, reason: `analysis failed: ${String(error)}` }));
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      const limit = this.timeLimitMs();
      if (Number.isFinite(limit) && limit > 0) {
        pending.timer = setTimeout(() => {
          this.log(`${pending.request.path}: ${overTimeReason(limit)}; its worker was stopped and replaced`);
          this.replace(worker, overTimeReason(limit));
        }, limit);
      }
      worker.postMessage(pending.request);
    }
    if (this.queue.length === 0 && this.busy.size === 0) this.scheduleTrim();
  }
}
