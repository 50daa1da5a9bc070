import type { ArticleAnalysis } from '../engine/types';

export interface WorkerRequest {
  id: number;
  path: string;
  maxBytes: number;
}

export type FileAnalysis = { ok: true; analysis: ArticleAnalysis; warning: string | null } | { ok: false; reason: string };

export type WorkerResponse = FileAnalysis & { id: number };
