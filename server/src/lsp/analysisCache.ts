import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../engine/analyze';
import { textHash } from '../engine/text/hash';
import type { ArticleAnalysis } from '../engine/types';

export type CachedAnalysis =
  | { kind: 'ok'; version: number; text: string; analysis: ArticleAnalysis; hash: string }
  | { kind: 'skipped'; version: number; text: string; reason: string };

/** True when a result computed at `version` no longer describes the document (closed, or edited since). */
export function isStale(current: { version: number } | undefined, version: number): boolean {
  return !current || current.version !== version;
}

/**
 * Per-article analysis keyed by URI, document version and content. Analysis is pure, so a text seen before is
 * never analysed again; a new version replaces the old entry. The version alone is not a key: a client may reuse
 * or lower it (after a reopen, or by mistake), and the text is what the analysis describes. The entry keeps the
 * text it was computed from (the document's own string, so no copy) and compares it: the same string object is
 * recognised at once, and another string is compared in full, which costs less than the analysis it saves and,
 * unlike a hash, cannot collide.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, CachedAnalysis>();

  constructor(private readonly maxLength: () => number) {}

  get(document: TextDocument): CachedAnalysis {
    const cached = this.entries.get(document.uri);
    const text = document.getText();
    if (cached && cached.version === document.version && cached.text === text) return cached;
    const limit = this.maxLength();
    const entry: CachedAnalysis =
      text.length > limit
        ? { kind: 'skipped', version: document.version, text, reason: `${text.length.toLocaleString('en')} characters, above crosscheck.maxFileSize (${limit.toLocaleString('en')})` }
        : { kind: 'ok', version: document.version, text, analysis: analyzeArticle(text), hash: textHash(text) };
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
