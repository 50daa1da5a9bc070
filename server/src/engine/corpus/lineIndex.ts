import type { ArticleAnalysis, Span } from '../types';

/** A line an article shares with other articles of its outlet: its span there and the key of the shared line. */
export interface SharedLine extends Span {
  key: string;
}

/**
 * The lines each outlet writes, by fingerprint, with the articles that write them, kept up to date as articles are
 * added, changed and removed (work proportional to the article's lines). A line found in two or more articles of
 * one outlet is repeated: a sign-off, a newsletter pitch, or wire copy shared by reports of one story. Gives the
 * same lines as outletRepeatedLines over the whole corpus, without reading the whole corpus.
 */
export class LineIndex {
  private readonly articlesOf = new Map<string, Set<string>>();

  add(article: string, analysis: ArticleAnalysis): void {
    for (const line of lineKeys(analysis)) {
      const set = this.articlesOf.get(line.key);
      if (set) set.add(article);
      else this.articlesOf.set(line.key, new Set([article]));
    }
  }

  remove(article: string, analysis: ArticleAnalysis): void {
    for (const line of lineKeys(analysis)) {
      const set = this.articlesOf.get(line.key);
      if (!set) continue;
      set.delete(article);
      if (set.size === 0) this.articlesOf.delete(line.key);
    }
  }

  /** The articles that write a line. */
  sharers(key: string): ReadonlySet<string> {
    return this.articlesOf.get(key) ?? new Set();
  }

  /** An article's lines that other articles of its outlet also write, in the article's order. */
  repeated(analysis: ArticleAnalysis): SharedLine[] {
    return lineKeys(analysis).filter((line) => (this.articlesOf.get(line.key)?.size ?? 0) > 1);
  }
}

/** An article's lines keyed by outlet and fingerprint, each key once (at its first line); none without an outlet. */
export function lineKeys(analysis: ArticleAnalysis): SharedLine[] {
  const outlet = analysis.meta.source?.toLowerCase();
  if (!outlet) return [];
  const seen = new Set<string>();
  const lines: SharedLine[] = [];
  for (const line of analysis.lineFingerprints ?? []) {
    const key = `${outlet}\u0000${line.hash}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push({ start: line.start, end: line.end, key });
  }
  return lines;
}
