import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../engine/analyze';
import { textHash } from '../engine/text/hash';
import type { ArticleAnalysis } from '../engine/types';
import type { FileAnalysis } from '../worker/protocol';

export type CachedAnalysis =
  | { kind: 'ok'; version: number; text: string; analysis: ArticleAnalysis; hash: string }
  | { kind: 'skipped'; version: number; text: string; reason: string }
  /** A newer text of the document replaced this one before it was analysed: whoever asked gets ContentModified. */
  | { kind: 'superseded'; version: number; text: string };

/** Analyses the text of an open document (in a worker thread in the server). */
export type TextAnalyzer = (uri: string, text: string) => Promise<FileAnalysis>;

/** The analysis on this thread, for tests and for running from sources without a worker script. */
export const analyzeHere: TextAnalyzer = async (_uri, text) => ({ ok: true, analysis: analyzeArticle(text), hash: textHash(text), warning: null });

/**
 * True when a result computed at `version` (and from `text`, when given) no longer describes the document: it was
 * closed or edited since. The text is the document's own string, so an unchanged document compares in no time.
 */
export function isStale(current: { version: number; getText?(): string } | undefined, version: number, text?: string): boolean {
  return !current || current.version !== version || (text !== undefined && current.getText?.() !== text);
}

interface Entry {
  version: number;
  text: string;
  result: Promise<CachedAnalysis>;
  settled?: CachedAnalysis;
}

/**
 * Per-article analysis keyed by URI, document version and content, computed by `analyze` (off the main thread in
 * the server, so that a large document never delays requests about another). Analysis is pure, so a text seen
 * before is never analysed again, and concurrent requests for one text share one analysis; a new version replaces
 * the old entry. The version alone is not a key: a client may reuse or lower it (after a reopen, or by mistake),
 * and the text is what the analysis describes. The entry keeps the text it was computed from (the document's own
 * string, so no copy) and compares it: the same string object is recognised at once, and another string is compared
 * in full, which costs less than the analysis it saves and, unlike a hash, cannot collide.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxLength: () => number, private readonly analyze: TextAnalyzer = analyzeHere) {}

  get(document: TextDocument): Promise<CachedAnalysis> {
    const cached = this.entries.get(document.uri);
    const text = document.getText();
    const version = document.version;
    if (cached && cached.version === version && cached.text === text) return cached.result;
    const limit = this.maxLength();
    // The entry exists before its analysis ends: a superseded text removes its own entry, not a newer one.
    const entry = { version, text } as Entry;
    entry.result =
      text.length > limit
        ? Promise.resolve({ kind: 'skipped', version, text, reason: `${text.length.toLocaleString('en')} characters, above crosscheck.maxFileSize (${limit.toLocaleString('en')})` })
        : this.analyze(document.uri, text).then((result): CachedAnalysis => {
          if (result.ok) return { kind: 'ok', version, text, analysis: result.analysis, hash: result.hash };
          // A superseded text is not kept: should the document come back to it, it is analysed again.
          if (result.superseded) {
            if (this.entries.get(document.uri) === entry) this.entries.delete(document.uri);
            return { kind: 'superseded', version, text };
          }
          return { kind: 'skipped', version, text, reason: result.reason };
        });
    void entry.result.then((settled) => {
      entry.settled = settled;
    });
    this.entries.set(document.uri, entry);
    return entry.result;
  }

  /** The analysis of the document's current text when it is ready now, without starting one. */
  peek(document: TextDocument): CachedAnalysis | undefined {
    const cached = this.entries.get(document.uri);
    return cached && cached.version === document.version && cached.text === document.getText() ? cached.settled : undefined;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
