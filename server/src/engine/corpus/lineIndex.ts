import type { ArticleAnalysis, Span } from '../types';

/** A line an article shares with other articles of its outlet: its span there and the key of the shared line. */
export interface SharedLine extends Span {
  key: string;
}

/**
 * The lines each outlet writes, by fingerprint, with the articles that write them, kept up to date as articles are
 * added, changed and removed (work proportional to the article's lines). A line found in two or more articles of
 * one outlet is repeated: a sign-off, a newsletter pitch, or wire copy shared by reports of one story. Gives the
 * same lines as grouping every outlet's lines over the whole corpus would, without reading the whole corpus.
 */
export class LineIndex {
  // Most lines are written once: such a line keeps its one article as a string, and a set only when shared.
  private readonly articlesOf = new Map<string, string | Set<string>>();

  add(article: string, analysis: ArticleAnalysis): void {
    for (const line of lineKeys(analysis)) {
      const held = this.articlesOf.get(line.key);
      if (held === undefined) this.articlesOf.set(line.key, article);
      else if (typeof held === 'string') {
        if (held !== article) this.articlesOf.set(line.key, new Set([held, article]));
      } else held.add(article);
    }
  }

  remove(article: string, analysis: ArticleAnalysis): void {
    for (const line of lineKeys(analysis)) {
      const held = this.articlesOf.get(line.key);
      if (held === undefined) continue;
      if (typeof held === 'string') {
        if (held === article) this.articlesOf.delete(line.key);
        continue;
      }
      held.delete(article);
      if (held.size === 1) this.articlesOf.set(line.key, [...held][0]);
    }
  }

  /** The articles that write a line. */
  sharers(key: string): Iterable<string> {
    const held = this.articlesOf.get(key);
    return held === undefined ? [] : typeof held === 'string' ? [held] : held;
  }

  /** An article's lines that other articles of its outlet also write, in the article's order. */
  repeated(analysis: ArticleAnalysis): SharedLine[] {
    return lineKeys(analysis).filter((line) => typeof this.articlesOf.get(line.key) === 'object');
  }
}

// Keys are read when an article is added, removed and grouped: made once per analysis.
const keysOf = new WeakMap<ArticleAnalysis, SharedLine[]>();

/** An article's lines keyed by outlet and fingerprint, each key once (at its first line); none without an outlet. */
export function lineKeys(analysis: ArticleAnalysis | undefined): SharedLine[] {
  if (!analysis) return [];
  let lines = keysOf.get(analysis);
  if (!lines) {
    lines = makeLineKeys(analysis);
    keysOf.set(analysis, lines);
  }
  return lines;
}

function makeLineKeys(analysis: ArticleAnalysis): SharedLine[] {
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
