import type { ArticleChange } from '../corpus/entityIndex';
import { lineKeys, type LineIndex, type SharedLine } from '../corpus/lineIndex';
import { dayNumber } from '../dates/calendar';
import type { ArticleAnalysis, Span } from '../types';
import { commonAt, groupStoriesWithModel, linkWeight, STORY_THRESHOLD, termVector, topTerms, type StoryModel } from './groupStories';
import { folderOf, type Stories, type StoryMode } from './stories';
import { articleStoryTerms } from './storyTerms';
import { TermCounts } from './termCounts';
import { StringPool } from '../text/intern';

/** What grouping reads of the corpus. */
export interface StoryInputs {
  articles: ReadonlyMap<string, ArticleAnalysis>;
  /** The canonical entity id of the mention starting at `start` in an article. */
  entityAt(article: string, start: number): string | undefined;
  lines: LineIndex;
}

/** What an incremental update changed besides the changed articles' own stories. */
export interface StoryUpdate {
  /** Articles whose boilerplate (lines their outlet repeats across stories) changed. */
  boilerplate: Set<string>;
}

/** When a corpus is grouped again as a whole rather than one changed article at a time. */
export interface RegroupLimits {
  /** Below this many articles at the last full grouping, every change groups the corpus again (it takes milliseconds). */
  minArticles: number;
  /**
   * Articles changed since the last full grouping (counted once however often they change), as a fraction of the
   * articles it grouped, above which the corpus is grouped again: its weights no longer describe the corpus (after
   * indexing, every article is new).
   */
  maxChangedFraction: number;
}

export const REGROUP_LIMITS: RegroupLimits = { minArticles: 300, maxChangedFraction: 0.02 };

const sameSpans = (a: readonly Span[] | undefined, b: readonly Span[]): boolean =>
  (a?.length ?? 0) === b.length && b.every((span, i) => a![i].start === span.start && a![i].end === span.end);

/**
 * The stories of a corpus, grouped over the whole corpus and then kept up to date one article at a time.
 *
 * A full grouping (see groupStories) weighs every article's terms by their document frequencies and clusters by
 * average linkage. After it, an article whose story terms did not change (typing inside a sentence, a changed
 * figure) keeps its story. An article added, or changed in its terms, leaves its story and joins the story whose
 * mean link to it is highest when that mean reaches STORY_THRESHOLD (what average linkage asks of a single article
 * joining a group), else stands alone; it is scored with the weights of the last full grouping, against the other
 * articles' vectors from then. This differs from grouping again where (1) the new terms would shift document
 * frequencies enough to change other links, (2) the article would have pulled two existing stories together or
 * split one, (3) the new article's own terms are not counted in the frozen frequencies (a term only it and articles
 * placed after the last full grouping share is not linked), or (4) an edit changed other articles' terms (a changed
 * entity resolution, a line that became repeated) without re-placing them. A full grouping runs again when many
 * articles changed since the last one (the end of indexing; see RegroupLimits), on a small corpus, or when asked.
 */
export class StoryIndex {
  readonly stories: Stories;
  private readonly slotOf = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly terms = new Map<string, TermCounts>();
  /** Each model slot's terms when the model was made (its document frequencies count them). */
  private readonly modelTerms: Array<TermCounts | null> = [];
  /** One copy of each term the index keeps. */
  private readonly termStrings = new StringPool();
  private readonly postings = new Map<number, number[]>();
  /** Each article's publication day as grouping last read it. */
  private readonly published = new Map<string, string | null>();

  /** Articles placed one at a time or removed since the last full grouping: how far its weights have drifted. */
  private readonly drifted = new Set<string>();

  private constructor(stories: Stories, private readonly mode: StoryMode, private readonly model: StoryModel | null) {
    this.stories = stories;
  }

  /** Groups the whole corpus. */
  static full(inputs: StoryInputs, mode: StoryMode): StoryIndex {
    const repeatedAll = new Map<string, SharedLine[]>();
    for (const [id, analysis] of inputs.articles) repeatedAll.set(id, inputs.lines.repeated(analysis));
    let storyOf: Map<string, string>;
    let model: StoryModel | null = null;
    const articles = [...inputs.articles];
    const terms = new Map<string, ReadonlyMap<string, number>>();
    if (mode === 'corpus') storyOf = new Map(articles.map(([id]) => [id, 'corpus']));
    else if (mode === 'folder') storyOf = new Map(articles.map(([id]) => [id, `folder:${folderOf(id)}`]));
    else {
      // Lines an outlet repeats are left out of grouping; once stories are known, those that articles of one story
      // share are given back to the story (wire copy, an updated version of one report) and the rest are boilerplate.
      const storyArticles = articles.map(([id, analysis]) => {
        const map = articleStoryTerms(analysis, (start) => inputs.entityAt(id, start), repeatedAll.get(id)!);
        terms.set(id, map);
        return { id, terms: map, published: analysis.meta.published };
      });
      const grouped = groupStoriesWithModel(storyArticles);
      model = grouped.model;
      storyOf = new Map([...grouped.storyOf].map(([id, first]) => [id, `story:${first}`]));
    }
    const members = new Map<string, string[]>();
    for (const [id, story] of storyOf) {
      const list = members.get(story) ?? [];
      list.push(id);
      members.set(story, list);
    }
    for (const list of members.values()) list.sort();
    const index = new StoryIndex({ storyOf, members, repeated: new Map() }, mode, model);
    articles.forEach(([id, analysis], slot) => {
      index.published.set(id, analysis.meta.published);
      index.slotOf.set(id, slot);
      index.ids.push(id);
      const map = terms.get(id);
      const own = map ? TermCounts.of(map, (term) => index.termStrings.intern(term)) : null;
      index.modelTerms.push(own);
      if (own) index.terms.set(id, own);
      for (const term of model?.tops[slot] ?? []) index.post(term, slot);
    });
    const across = new Map<string, boolean>();
    for (const [id, lines] of repeatedAll) index.setRepeated(id, inputs.lines, lines, across);
    return index;
  }

  /**
   * Applies changed articles (see the class comment), or returns null, changing nothing, when too many changed
   * for placing them one at a time to stay close to a full grouping.
   */
  update(inputs: StoryInputs, changes: readonly ArticleChange[], limits: RegroupLimits = REGROUP_LIMITS): StoryUpdate | null {
    if (this.mode === 'auto') {
      // Grouping by folder or as one story is exact one article at a time; grouping by content is not.
      const count = this.model?.count ?? 0;
      const changed = new Set([...this.drifted, ...changes.map((c) => c.article)]).size;
      if (!this.model || count < limits.minArticles || changed > limits.maxChangedFraction * count) return null;
    }
    const storiesBefore = new Map(changes.map(({ article }) => [article, this.stories.storyOf.get(article)]));
    for (const { article, after } of changes) {
      if (!after) {
        this.leave(article);
        this.terms.delete(article);
        this.drifted.add(article);
        continue;
      }
      if (this.mode !== 'auto') {
        this.leave(article);
        this.join(article, this.mode === 'corpus' ? 'corpus' : `folder:${folderOf(article)}`);
        continue;
      }
      const terms = articleStoryTerms(after, (start) => inputs.entityAt(article, start), inputs.lines.repeated(after));
      const known = this.stories.storyOf.has(article);
      if (known && (this.terms.get(article)?.equals(terms) ?? false) && after.meta.published === this.published.get(article)) continue;
      this.leave(article);
      this.place(article, terms, after.meta.published);
      this.drifted.add(article);
    }
    // Whether a line spans stories changes only for lines an article started or stopped writing, or for all its
    // lines when it changed story: their writers' boilerplate is looked at again (a sign-off thousands of articles
    // share is not, when the article only changed elsewhere).
    const affected = new Set<string>();
    for (const { article, before, after } of changes) {
      affected.add(article);
      const keysBefore = lineKeys(before);
      const keysAfter = lineKeys(after);
      const moved = storiesBefore.get(article) !== this.stories.storyOf.get(article);
      const kept = new Set(keysBefore.map((line) => line.key));
      const written = new Set(keysAfter.map((line) => line.key));
      const lines = moved ? [...kept, ...written] : [...[...kept].filter((key) => !written.has(key)), ...[...written].filter((key) => !kept.has(key))];
      for (const key of lines) for (const other of inputs.lines.sharers(key)) affected.add(other);
    }
    const boilerplate = new Set<string>();
    const across = new Map<string, boolean>();
    for (const article of affected) {
      const analysis = inputs.articles.get(article);
      if (!analysis) {
        this.stories.repeated.delete(article);
        continue;
      }
      if (this.setRepeated(article, inputs.lines, inputs.lines.repeated(analysis), across)) boilerplate.add(article);
    }
    return { boilerplate };
  }

  /** Sets an article's boilerplate lines: its repeated lines that articles of two or more stories write. */
  private setRepeated(article: string, index: LineIndex, lines: readonly SharedLine[], across: Map<string, boolean>): boolean {
    const boilerplate: Span[] = [];
    for (const line of lines) {
      let spansStories = across.get(line.key);
      if (spansStories === undefined) {
        spansStories = false;
        let first: string | undefined;
        for (const other of index.sharers(line.key)) {
          const story = this.stories.storyOf.get(other);
          if (story === undefined) continue;
          if (first === undefined) first = story;
          else if (story !== first) {
            spansStories = true;
            break;
          }
        }
        across.set(line.key, spansStories);
      }
      if (spansStories) boilerplate.push({ start: line.start, end: line.end });
    }
    boilerplate.sort((a, b) => a.start - b.start);
    const old = this.stories.repeated.get(article);
    if (sameSpans(old, boilerplate)) return false;
    if (boilerplate.length > 0) this.stories.repeated.set(article, boilerplate);
    else this.stories.repeated.delete(article);
    return true;
  }

  private post(term: number, slot: number): void {
    const list = this.postings.get(term);
    if (list) list.push(slot);
    else this.postings.set(term, [slot]);
  }

  private unpost(term: number, slot: number): void {
    const list = this.postings.get(term);
    const at = list?.indexOf(slot) ?? -1;
    if (at >= 0) list!.splice(at, 1);
  }

  /** Places an article by its links to the others, scored with the last full grouping's weights. */
  private place(article: string, terms: ReadonlyMap<string, number>, published: string | null): void {
    const model = this.model!;
    const slot = this.slotOf.get(article);
    const counted = slot !== undefined ? this.modelTerms[slot] : null;
    const count = model.count + (counted ? 0 : 1);
    // Document frequencies as the last grouping counted them, plus this article where it was not counted then.
    const dfOf = (number: number, term: string) => model.df[number] + (counted?.has(term) ? 0 : 1);
    const numberDf = new Map<number, number>();
    const vector = termVector(terms, count, (term) => {
      const number = model.numbers.get(term);
      if (number === undefined) return null;
      const df = dfOf(number, term);
      numberDf.set(number, df);
      return { number, df };
    });
    const tops = topTerms(vector, (number) => numberDf.get(number) ?? 0, commonAt(count));
    const day = dayNumber(published);
    const sums = new Map<string, number>();
    const seen = new Set<number>();
    for (const term of tops) {
      for (const other of this.postings.get(term) ?? []) {
        if (other === slot || seen.has(other)) continue;
        seen.add(other);
        const story = this.stories.storyOf.get(this.ids[other]);
        if (story === undefined) continue;
        const weight = linkWeight(vector, day, model.vectors[other], model.days[other]);
        if (weight > 0) sums.set(story, (sums.get(story) ?? 0) + weight);
      }
    }
    let best: string | null = null;
    let bestMean = STORY_THRESHOLD;
    for (const [story, sum] of sums) {
      const mean = sum / this.stories.members.get(story)!.length;
      if (mean >= bestMean && (best === null || mean > bestMean || story < best)) {
        best = story;
        bestMean = mean;
      }
    }
    // The article's slot in the model now holds its new vector and indexed terms.
    let own = slot;
    if (own === undefined) {
      own = this.ids.length;
      this.ids.push(article);
      this.modelTerms.push(null);
      this.slotOf.set(article, own);
      model.vectors.push(vector);
      model.tops.push(tops);
      model.days.push(day);
    } else {
      for (const term of model.tops[own]) this.unpost(term, own);
      model.vectors[own] = vector;
      model.tops[own] = tops;
      model.days[own] = day;
    }
    for (const term of tops) this.post(term, own);
    this.terms.set(article, TermCounts.of(terms, (term) => this.termStrings.intern(term)));
    this.published.set(article, published);
    this.join(article, best ?? `story:${article}`);
  }

  /** Takes an article out of its story; a story named after it is renamed after its next member. */
  private leave(article: string): void {
    const story = this.stories.storyOf.get(article);
    if (story === undefined) return;
    this.stories.storyOf.delete(article);
    const list = this.stories.members.get(story)!.filter((id) => id !== article);
    this.stories.members.delete(story);
    if (list.length === 0) return;
    this.rename(list, this.mode === 'auto' ? `story:${list[0]}` : story);
  }

  /** Adds an article to a story (a new one when it has no members), keeping the story named after its first member. */
  private join(article: string, story: string): void {
    const list = [...(this.stories.members.get(story) ?? []), article].sort();
    this.stories.members.delete(story);
    this.rename(list, this.mode === 'auto' ? `story:${list[0]}` : story);
  }

  private rename(list: string[], story: string): void {
    this.stories.members.set(story, list);
    for (const id of list) this.stories.storyOf.set(id, story);
  }
}
