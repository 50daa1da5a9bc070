import type { ArticleAnalysis } from '../engine/types';

export interface WorkerRequest {
  id: number;
  path: string;
  maxBytes: number;
}

/** A file's analysis, with a fingerprint of its text so that an open, unchanged copy can be recognised. */
export type FileAnalysis = { ok: true; analysis: ArticleAnalysis; hash: string; warning: string | null } | { ok: false; reason: string };

export type WorkerResponse = FileAnalysis & { id: number };
