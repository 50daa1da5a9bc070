import type { ArticleAnalysis } from '../engine/types';

export interface WorkerRequest {
  id: number;
  /** The file to read, or, with `text`, the URI of the open document the text belongs to (for messages only). */
  path: string;
  maxBytes: number;
  /** The text of an open document, analysed as it is instead of reading `path`. */
  text?: string;
  /** Send the text back with the analysis (the CLI prints lines of it; the server re-reads on demand). */
  withText?: boolean;
  /** A folder of analyses kept between runs (see io/diskCache.ts), or none. */
  cacheFolder?: string;
}

/**
 * A file's analysis, with a fingerprint of its text so that an open, unchanged copy can be recognised. A refusal
 * says why in words the user reads (binary, too large, unreadable, over the time limit); `superseded` marks an
 * open document's text that a newer text of the same document replaced before a worker took it up.
 */
export type FileAnalysis =
  | { ok: true; analysis: ArticleAnalysis; hash: string; warning: string | null; text?: string; cached?: boolean }
  | { ok: false; reason: string; superseded?: true };

export type WorkerResponse = FileAnalysis & { id: number };
