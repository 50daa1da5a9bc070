/**
 * Values by mention: an article and the offset where a mention starts. Keyed per article, then by offset, rather
 * than by one string joining both: at 10,000 articles that string (an article's id, often a long URI, and the
 * offset) was made once per mention, about 200,000 strings held for the life of the resolution.
 */
export class MentionTable<T> {
  private readonly byArticle = new Map<string, Map<number, T>>();

  get(article: string, start: number): T | undefined {
    return this.byArticle.get(article)?.get(start);
  }

  set(article: string, start: number, value: T): void {
    let starts = this.byArticle.get(article);
    if (!starts) {
      starts = new Map();
      this.byArticle.set(article, starts);
    }
    starts.set(start, value);
  }

  delete(article: string, start: number): void {
    const starts = this.byArticle.get(article);
    if (!starts) return;
    starts.delete(start);
    if (starts.size === 0) this.byArticle.delete(article);
  }
}
