import type { ArticleAnalysis, Span } from '../types';

/**
 * Lines an outlet repeats: a line (by fingerprint) found in two or more articles of the same outlet. Returned per
 * article with every article that has the line (one array shared by all of them, so that a line repeated in L
 * articles costs L, not L²), so that the caller can keep lines that articles of one story share (wire copy, an
 * updated version) and treat the rest (sign-offs, newsletter pitches) as boilerplate. Work is proportional to the
 * number of lines in the corpus.
 */
export function outletRepeatedLines(articles: ReadonlyMap<string, ArticleAnalysis>): Map<string, Array<Span & { sharedBy: readonly string[] }>> {
  const byLine = new Map<string, Array<{ article: string; span: Span }>>();
  for (const [id, analysis] of articles) {
    const outlet = analysis.meta.source?.toLowerCase();
    if (!outlet) continue;
    const seen = new Set<string>();
    for (const line of analysis.lineFingerprints ?? []) {
      const key = `${outlet}\u0000${line.hash}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list = byLine.get(key) ?? [];
      list.push({ article: id, span: { start: line.start, end: line.end } });
      byLine.set(key, list);
    }
  }
  const result = new Map<string, Array<Span & { sharedBy: readonly string[] }>>();
  for (const list of byLine.values()) {
    if (list.length < 2) continue;
    const sharedBy = list.map((o) => o.article);
    for (const { article, span } of list) {
      const spans = result.get(article) ?? [];
      spans.push({ ...span, sharedBy });
      result.set(article, spans);
    }
  }
  return result;
}
