import { dayNumber } from '../dates/calendar';
import { averageLinkage } from './averageLinkage';

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

// A term shared by up to this many articles is always followed, whatever the size of the corpus: in a folder about one
// event every article names it, and 2·√N alone would ignore exactly the names that make the story.
const ALWAYS_FOLLOWED = 30;

// The inverse document frequency is computed as if the corpus also held this many articles about other things.
// Without it, a corpus of one story (a folder about one event) would count the story's own names as common and
// split it; in a corpus of thousands the prior is negligible.
const PRIOR_ARTICLES = 100;

/**
 * Mean dated similarity over all pairs of two groups of articles at which they are one story (average linkage; a
 * pair never scored counts as 0). Reports of one event share its names and rare words, and their mean stays well
 * above this; two events on one subject share only the subject's words, and their mean falls below it as soon as
 * each has more than a few articles.
 */
export const STORY_THRESHOLD = 0.03;

/** How many articles may share a term before it is too common to point at one story. */
export const commonAt = (articles: number): number => Math.max(ALWAYS_FOLLOWED, Math.ceil(2 * Math.sqrt(articles)));

/** An article's weighted terms as parallel arrays of term numbers and unit-length weights. */
export interface TermVector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Weighted term vectors over the terms shared by at least two and at most commonAt(N) articles: sublinear term
 * frequency times a smoothed inverse document frequency ln(1 + (N + prior) / df), which stays positive when every
 * article shares a term and grows with rarity. Terms are numbered so that vectors are typed arrays, not maps of
 * strings.
 */
function weigh(articles: readonly StoryArticle[]): { vectors: TermVector[]; df: Int32Array; numbers: Map<string, number> } {
  const numbers = new Map<string, number>();
  const counts: number[] = [];
  for (const article of articles) {
    for (const term of article.terms.keys()) {
      let number = numbers.get(term);
      if (number === undefined) {
        number = counts.length;
        numbers.set(term, number);
        counts.push(0);
      }
      counts[number]++;
    }
  }
  const df = Int32Array.from(counts);

  const n = articles.length;
  const vectors = articles.map((article) => termVector(article.terms, n, (term) => {
    const number = numbers.get(term)!;
    return { number, df: df[number] };
  }));
  return { vectors, df, numbers };
}

/**
 * One article's vector among `n` articles, given each term's number and document frequency: sublinear term
 * frequency times the smoothed inverse document frequency, unit length.
 */
export function termVector(terms: ReadonlyMap<string, number>, n: number, lookup: (term: string) => { number: number; df: number } | null): TermVector {
  const common = commonAt(n);
  const numbers: number[] = [];
  const weights: number[] = [];
  let squares = 0;
  for (const [term, count] of terms) {
    const found = lookup(term);
    // A term of one article links it to nothing; left in, it would only dilute the terms that are shared.
    // A term too common to point at one story (a genre's vocabulary: "quarter", "net", "shares") would make all
    // articles of a genre alike, so it is left out of similarity as it is left out of the index.
    if (!found || found.df < 2 || found.df > common) continue;
    const weight = (1 + Math.log(count)) * Math.log(1 + (n + PRIOR_ARTICLES) / found.df);
    numbers.push(found.number);
    weights.push(weight);
    squares += weight * weight;
  }
  const norm = Math.sqrt(squares) || 1;
  return { terms: Int32Array.from(numbers), weights: Float64Array.from(weights, (weight) => weight / norm) };
}

/** An article's heaviest terms among those shared by 2 to `cap` articles, the terms it is indexed under. */
export function topTerms(vector: TermVector, df: (term: number) => number, cap: number): number[] {
  const order: number[] = [];
  for (let k = 0; k < vector.terms.length; k++) if (df(vector.terms[k]) <= cap) order.push(k);
  order.sort((x, y) => vector.weights[y] - vector.weights[x]);
  return order.slice(0, TOP_TERMS).map((k) => vector.terms[k]);
}

/** A scored candidate pair of articles, by index. */
export interface IndexedLink {
  a: number;
  b: number;
  weight: number;
}

/**
 * Candidate pairs from an inverted index over each article's heaviest shared terms, never all pairs, each scored
 * by dated cosine similarity. A term shared by more than about 2·√N articles (and more than ALWAYS_FOLLOWED) is
 * too common to point at one story and is not followed, which keeps the work near N·√N at worst and near-linear in
 * practice. Each article's vector is spread once into a scratch array, so a pair costs one pass over the other's
 * terms.
 */
function scoredLinks(articles: readonly StoryArticle[]): { links: IndexedLink[]; model: StoryModel } {
  const { vectors, df, numbers } = weigh(articles);
  const cap = commonAt(articles.length);
  const tops = vectors.map((vector) => topTerms(vector, (term) => df[term], cap));
  const postings = new Map<number, number[]>();
  tops.forEach((top, index) => {
    for (const term of top) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });
  const scratch = new Float64Array(df.length);
  const lastSeenBy = new Int32Array(articles.length).fill(-1);
  const days = articles.map((article) => dayNumber(article.published));
  const links: IndexedLink[] = [];
  for (let i = 0; i < articles.length; i++) {
    const mine = vectors[i];
    for (let k = 0; k < mine.terms.length; k++) scratch[mine.terms[k]] = mine.weights[k];
    for (const term of tops[i]) {
      for (const j of postings.get(term)!) {
        if (j <= i || lastSeenBy[j] === i) continue;
        lastSeenBy[j] = i;
        const theirs = vectors[j];
        let sum = 0;
        for (let k = 0; k < theirs.terms.length; k++) sum += scratch[theirs.terms[k]] * theirs.weights[k];
        const weight = sum * dayAffinity(days[i], days[j]);
        if (weight > 0) links.push({ a: i, b: j, weight });
      }
    }
    for (let k = 0; k < mine.terms.length; k++) scratch[mine.terms[k]] = 0;
  }
  return { links, model: { numbers, df, count: articles.length, vectors, tops, days } };
}

/**
 * What a grouping weighed its articles by, kept so that an article added or changed later can be scored against
 * the others the same way without weighing the corpus again: term numbers, document frequencies, the number of
 * articles, and each article's vector, indexed terms and day (in the order of the grouped articles).
 */
export interface StoryModel {
  numbers: Map<string, number>;
  df: Int32Array;
  count: number;
  vectors: TermVector[];
  tops: number[][];
  days: number[];
}

/** The similarity of two articles' vectors, with their days' affinity. */
export function linkWeight(a: TermVector, dayA: number, b: TermVector, dayB: number): number {
  const [small, large] = a.terms.length <= b.terms.length ? [a, b] : [b, a];
  const weights = new Map<number, number>();
  for (let k = 0; k < large.terms.length; k++) weights.set(large.terms[k], large.weights[k]);
  let sum = 0;
  for (let k = 0; k < small.terms.length; k++) sum += (weights.get(small.terms[k]) ?? 0) * small.weights[k];
  return sum * dayAffinity(dayA, dayB);
}

/** Scored candidate links between articles (for measuring grouping). */
export function storyLinks(articles: readonly StoryArticle[]): StoryLink[] {
  return scoredLinks(articles).links.map(({ a, b, weight }) => ({ a: articles[a].id, b: articles[b].id, similarity: weight }));
}

/**
 * Publication days close together make a shared story likelier; far apart, less likely but not impossible
 * (anniversaries, trials, follow-ups). The factor is 1 within a week and falls as the gap doubles — a half at two
 * weeks, a quarter at two months, under a tenth after years; an unknown day counts as neither near nor far.
 */
export function dayAffinity(a: number, b: number): number {
  const days = Math.abs(a - b);
  if (!Number.isFinite(days)) return 0.75;
  if (days <= 7) return 1;
  return 1 / (1 + Math.log2(days / 7));
}

/**
 * Groups articles into stories by average linkage over the scored candidate links. Returns each article's story id,
 * the smallest article id of its story.
 */
export function groupStories(articles: readonly StoryArticle[], threshold = STORY_THRESHOLD): Map<string, string> {
  return groupStoriesWithModel(articles, threshold).storyOf;
}

/** groupStories, with the model it weighed the articles by (for placing later articles incrementally). */
export function groupStoriesWithModel(articles: readonly StoryArticle[], threshold = STORY_THRESHOLD): { storyOf: Map<string, string>; model: StoryModel } {
  const { links, model } = scoredLinks(articles);
  const cluster = averageLinkage(articles.length, links, threshold);
  const smallest = new Map<number, string>();
  articles.forEach((article, i) => {
    const current = smallest.get(cluster[i]);
    if (current === undefined || article.id < current) smallest.set(cluster[i], article.id);
  });
  return { storyOf: new Map(articles.map((article, i) => [article.id, smallest.get(cluster[i])!])), model };
}
