import { UnionFind } from '../corpus/unionFind';
import { daysBetween } from '../dates/calendar';

/** One article as story grouping sees it: its term counts and its publication day. */
export interface StoryArticle {
  id: string;
  /** Term → count. Names are keyed by canonical entity, words by stem; the two kinds never share a key. */
  terms: ReadonlyMap<string, number>;
  /** ISO day (YYYY-MM-DD) or null. */
  published: string | null;
}

export interface StoryLink {
  a: string;
  b: string;
  similarity: number;
}

// How many of an article's heaviest shared terms it is indexed under. Every pair of articles about one story shares
// some of its rarest names and words, so a handful is enough to find the pair; more only costs time.
const TOP_TERMS = 12;

// The inverse document frequency is computed as if the corpus also held this many articles about other things.
// Without it, a corpus of one story (a folder about one event) would count the story's own names as common and
// split it; in a corpus of thousands the prior is negligible.
const PRIOR_ARTICLES = 100;

/** Cosine similarity (dated, see dateAffinity) at which two articles are linked into one story. */
export const STORY_THRESHOLD = 0.15;

/**
 * Weighted term vectors over the terms at least two articles share: sublinear term frequency times a smoothed
 * inverse document frequency ln(1 + (N + prior) / df), which stays positive when every article shares a term and
 * grows with rarity.
 */
function weigh(articles: readonly StoryArticle[]): { vectors: Map<string, number>[]; df: Map<string, number> } {
  const df = new Map<string, number>();
  for (const article of articles) for (const term of article.terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = articles.length;
  const vectors = articles.map((article) => {
    const vector = new Map<string, number>();
    let squares = 0;
    for (const [term, count] of article.terms) {
      // A term of one article links it to nothing; left in, it would only dilute the terms that are shared.
      if (df.get(term)! < 2) continue;
      const weight = (1 + Math.log(count)) * Math.log(1 + (n + PRIOR_ARTICLES) / df.get(term)!);
      vector.set(term, weight);
      squares += weight * weight;
    }
    const norm = Math.sqrt(squares) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
  return { vectors, df };
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}

/**
 * Candidate pairs from an inverted index over each article's heaviest shared terms, never all pairs. A term
 * shared by more than about 2·√N articles is too common to point at one story and is not followed, which keeps
 * the work near N·√N at worst and near-linear in practice.
 */
function candidatePairs(vectors: Map<string, number>[], df: Map<string, number>): Array<[number, number]> {
  const cap = Math.max(2, Math.ceil(2 * Math.sqrt(vectors.length)));
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, index) => {
    const top = [...vector].filter(([term]) => { const d = df.get(term)!; return d >= 2 && d <= cap; })
      .sort((x, y) => y[1] - x[1]).slice(0, TOP_TERMS);
    for (const [term] of top) {
      const list = postings.get(term) ?? [];
      list.push(index);
      postings.set(term, list);
    }
  });
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = vectors.length;
  for (const list of postings.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = list[i] * n + list[j];
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([list[i], list[j]]);
      }
    }
  }
  return pairs;
}

/** Scored candidate links between articles (for grouping and for measuring it). */
export function storyLinks(articles: readonly StoryArticle[]): StoryLink[] {
  const { vectors, df } = weigh(articles);
  return candidatePairs(vectors, df).map(([i, j]) => ({
    a: articles[i].id,
    b: articles[j].id,
    similarity: cosine(vectors[i], vectors[j]) * dateAffinity(articles[i].published, articles[j].published),
  }));
}

/**
 * Publication days close together make a shared story likelier; far apart, less likely but not impossible
 * (anniversaries, trials, follow-ups). The factor is 1 within a week and halves with every doubling beyond it,
 * never below a quarter; an unknown day counts as neither near nor far.
 */
export function dateAffinity(a: string | null, b: string | null): number {
  if (!a || !b) return 0.75;
  const days = Math.abs(daysBetween(a, b));
  if (!Number.isFinite(days)) return 0.75;
  if (days <= 7) return 1;
  return Math.max(0.25, 1 / (1 + Math.log2(days / 7)));
}

/**
 * Groups articles into stories: articles are linked when their similarity reaches `threshold`, and a story is a
 * connected set of links. Returns each article's story id, the smallest article id of its story.
 */
export function groupStories(articles: readonly StoryArticle[], threshold = STORY_THRESHOLD): Map<string, string> {
  const union = new UnionFind();
  for (const article of articles) union.find(article.id);
  const links = storyLinks(articles);
  const best = new Map<string, StoryLink>();
  for (const link of links) {
    if (link.similarity >= threshold) union.union(link.a, link.b);
    for (const end of [link.a, link.b]) if ((best.get(end)?.similarity ?? -1) < link.similarity) best.set(end, link);
  }
  // An article needs only one good partner to belong to a story: its nearest neighbour joins it at half the
  // threshold. Each article adds at most one such weaker link, so they cannot chain unrelated stories together.
  for (const link of best.values()) if (link.similarity >= threshold / 2) union.union(link.a, link.b);
  const smallest = new Map<string, string>();
  for (const { id } of articles) {
    const root = union.find(id);
    const current = smallest.get(root);
    if (current === undefined || id < current) smallest.set(root, id);
  }
  return new Map(articles.map(({ id }) => [id, smallest.get(union.find(id))!]));
}
