import type { ArticleAnalysis } from '../engine/types';

export interface WorkerRequest {
  id: number;
  path: string;
  maxBytes: number;
  /** Send the text back with the analysis (the CLI prints lines of it; the server re-reads on demand). */
  withText?: boolean;
  /** A folder of analyses kept between runs (see io/diskCache.ts), or none. */
  cacheFolder?: string;
}

/** A file's analysis, with a fingerprint of its text so that an open, unchanged copy can be recognised. */
export type FileAnalysis =
  | { ok: true; analysis: ArticleAnalysis; hash: string; warning: string | null; text?: string; cached?: boolean }
  | { ok: false; reason: string };

export type WorkerResponse = FileAnalysis & { id: number };
