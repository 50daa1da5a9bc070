import { promises as fs } from 'fs';
import { Minimatch } from 'minimatch';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { Corpus } from '../engine/corpus/corpus';
import type { ArticleAnalysis } from '../engine/types';
import type { AnalysisPool } from './analysisPool';

export interface IndexStatus {
  articles: number;
  indexing: boolean;
  indexed: number;
  total: number;
  /** Files of the corpus that were not indexed (see `skipped`). */
  skipped: number;
}

/** A corpus file left out of the index, and why, in words for the user. */
export interface SkippedFile {
  uri: string;
  reason: string;
}

export interface IndexProgress {
  begin(total: number): void;
  report(done: number, total: number): void;
  end(): void;
}

const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'build']);

/**
 * The corpus of a workspace: every file under the workspace folders that matches `crosscheck.corpus`, read from
 * disk in worker threads, kept current by watched-file events, and overlaid with the unsaved text of open
 * documents. Requests are answered from whatever is indexed so far; nothing waits for a full scan.
 */
export class WorkspaceIndex {
  readonly corpus = new Corpus();
  private readonly fromDisk = new Map<string, { analysis: ArticleAnalysis; hash: string }>();
  private readonly open = new Set<string>();
  /** Corpus files that were not indexed (binary, too large, unreadable, over the time limit), by URI. */
  private readonly skippedFiles = new Map<string, string>();
  private folders: string[] = [];
  /** Compiled corpus patterns per workspace folder: in a multi-root workspace each folder has its own setting. */
  private matchers = new Map<string, Minimatch[]>();
  private scan = 0;
  private indexed = 0;
  private total = 0;
  private scanning = false;
  /** Where analyses are kept between sessions (initializationOptions.cacheFolder), or none. */
  cacheFolder: string | null = null;

  constructor(
    private readonly pool: AnalysisPool,
    private readonly maxBytes: () => number,
    private readonly log: (message: string) => void,
    private readonly onStatus: (status: IndexStatus) => void,
  ) {}

  get status(): IndexStatus {
    return { articles: this.corpus.size, indexing: this.scanning, indexed: this.indexed, total: this.total, skipped: this.skippedFiles.size };
  }

  /** The corpus files not indexed, and why, in file order. */
  get skipped(): SkippedFile[] {
    return [...this.skippedFiles].map(([uri, reason]) => ({ uri, reason })).sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  /** True when the file belongs to the corpus by the configured patterns (relative to a workspace folder). */
  isCorpusFile(file: string): boolean {
    return this.folders.some((folder) => {
      const relative = path.relative(folder, file);
      if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
      const posix = relative.split(path.sep).join('/');
      return (this.matchers.get(folder) ?? []).some((matcher) => matcher.match(posix));
    });
  }

  /**
   * Scans the folders again from scratch (start-up, folder or settings change). Resolves when indexing ends.
   * `patterns` are the same for every folder, or given per folder (a folder's own crosscheck.corpus).
   */
  async rebuild(folders: string[], patterns: readonly string[] | ((folder: string) => readonly string[]), progress?: IndexProgress): Promise<void> {
    const scan = ++this.scan;
    this.folders = folders;
    // Compiled once per scan: a large folder tests every file against every pattern.
    this.matchers = new Map(folders.map((folder) => [folder, (typeof patterns === 'function' ? patterns(folder) : patterns).map((pattern) => new Minimatch(pattern, { dot: false }))]));
    const files: string[] = [];
    for (const folder of folders) await this.walk(folder, files);
    if (scan !== this.scan) return;
    const wanted = new Set(files.map((f) => pathToFileURL(f).href));
    for (const uri of [...this.fromDisk.keys()]) if (!wanted.has(uri)) this.removeDiskFile(uri);
    for (const uri of [...this.skippedFiles.keys()]) if (!wanted.has(uri)) this.skippedFiles.delete(uri);
    this.scanning = true;
    this.indexed = 0;
    this.total = files.length;
    progress?.begin(files.length);
    this.emit();
    let lastReport = 0;
    await Promise.all(
      files.map(async (file) => {
        await this.indexFile(file);
        if (scan !== this.scan) return;
        this.indexed++;
        const now = Date.now();
        if (now - lastReport > 200 || this.indexed === this.total) {
          lastReport = now;
          progress?.report(this.indexed, this.total);
          this.emit();
        }
      }),
    );
    if (scan !== this.scan) return;
    this.scanning = false;
    this.corpus.entities(); // Resolve now, between requests, so that the first hover does not pay for it.
    progress?.end();
    this.emit();
    this.log(`Indexed ${this.corpus.size} articles from ${folders.length} folder(s).`);
  }

  /** A file was created or changed on disk. */
  async fileChanged(file: string): Promise<void> {
    if (!this.isCorpusFile(file)) return;
    await this.indexFile(file);
    this.emit();
  }

  fileDeleted(file: string): void {
    const uri = pathToFileURL(file).href;
    this.removeDiskFile(uri);
    // A deleted folder: drop everything under it.
    const prefix = uri.endsWith('/') ? uri : `${uri}/`;
    for (const known of [...this.fromDisk.keys(), ...this.skippedFiles.keys()]) if (known.startsWith(prefix)) this.removeDiskFile(known);
    this.emit();
  }

  /**
   * The text of an open document replaces the file's text on disk while it is open. Opening a file without
   * changing it changes nothing in the corpus, so cross-article answers stay cached.
   */
  setOpenDocument(uri: string, analysis: ArticleAnalysis, hash: string): void {
    this.open.add(uri);
    const disk = this.fromDisk.get(uri);
    const replacement = disk && disk.hash === hash ? disk.analysis : analysis;
    if (this.corpus.get(uri) !== replacement) this.corpus.set(uri, replacement);
  }

  closeDocument(uri: string): void {
    if (!this.open.delete(uri)) return;
    const disk = this.fromDisk.get(uri);
    if (disk) this.corpus.set(uri, disk.analysis);
    else this.corpus.delete(uri);
    this.emit();
  }

  private async indexFile(file: string): Promise<void> {
    const uri = pathToFileURL(file).href;
    const result = await this.pool.analyze(file, this.maxBytes(), this.cacheFolder ? { cacheFolder: this.cacheFolder } : {});
    if (!result.ok) {
      // Said once per file and reason in the log; the client that asks for it gets the list (crosscheck/skippedFiles).
      if (this.skippedFiles.get(uri) !== result.reason) this.log(`Not indexed: ${file}: ${result.reason}`);
      this.removeDiskFile(uri);
      this.skippedFiles.set(uri, result.reason);
      return;
    }
    this.skippedFiles.delete(uri);
    if (result.warning) this.log(`${file}: ${result.warning}`);
    // The compact analysis the corpus keeps (Corpus.compact), so that the full one is not held beside it.
    const analysis = this.corpus.compact(result.analysis);
    this.fromDisk.set(uri, { analysis, hash: result.hash });
    if (!this.open.has(uri)) this.corpus.set(uri, analysis);
  }

  private removeDiskFile(uri: string): void {
    this.fromDisk.delete(uri);
    this.skippedFiles.delete(uri);
    if (!this.open.has(uri)) this.corpus.delete(uri);
  }

  private async walk(folder: string, out: string[]): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
      this.log(`Cannot read ${folder}: ${String(error)}`);
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) await this.walk(full, out);
      } else if (entry.isFile() && this.isCorpusFile(full)) out.push(full);
    }
  }

  private emit(): void {
    this.onStatus(this.status);
  }
}

export function uriToPath(uri: string): string | null {
  return uri.startsWith('file:') ? fileURLToPath(uri) : null;
}
