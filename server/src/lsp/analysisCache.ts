import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../engine/analyze';
import { textHash } from '../engine/text/hash';
import type { ArticleAnalysis } from '../engine/types';

export type CachedAnalysis =
  | { kind: 'ok'; version: number; analysis: ArticleAnalysis; hash: string }
  | { kind: 'skipped'; version: number; reason: string };

/**
 * Per-article analysis keyed by URI and document version. Analysis is pure, so a version seen before is never
 * analysed again; a new version replaces the old entry.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, CachedAnalysis>();

  constructor(private readonly maxLength: () => number) {}

  get(document: TextDocument): CachedAnalysis {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const text = document.getText();
    const limit = this.maxLength();
    const entry: CachedAnalysis =
      text.length > limit
        ? { kind: 'skipped', version: document.version, reason: `${text.length.toLocaleString('en')} characters, above crosscheck.maxFileSize (${limit.toLocaleString('en')})` }
        : { kind: 'ok', version: document.version, analysis: analyzeArticle(text), hash: textHash(text) };
    this.entries.set(document.uri, entry);
    return entry;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
