import { insideSpans } from '../boilerplate/findBoilerplate';
import { computeStories, type Stories, type StoryMode } from '../stories/stories';
import type { ArticleAnalysis, DateMention, EntityMention, FigureMention } from '../types';
import { StringPool } from '../text/intern';
import { resolveEntities, type CanonicalEntity, type KeyedMentions } from './resolveEntities';

export interface ArticleSummary {
  id: string;
  headline: string | null;
  published: string | null;
}

export interface DateOccurrence {
  article: string;
  date: DateMention;
}

export interface FigureOccurrence {
  article: string;
  figure: FigureMention;
}

interface Resolved {
  entities: CanonicalEntity[];
  byMention: Map<string, CanonicalEntity>;
  byId: Map<string, CanonicalEntity>;
  dates: Map<string, DateOccurrence[]>;
  figures: Map<string, FigureOccurrence[]>;
}

const figureKey = (figure: FigureMention): string | null => (figure.unit ? `${figure.kind}\u0000${figure.unit.toLowerCase()}` : null);

/**
 * The articles of a corpus and what links them. Adding, replacing or removing one article updates the per-key
 * index of entity mentions at once (work proportional to that article); the merge into canonical entities runs
 * over distinct keys only, lazily, the next time someone asks.
 */
export class Corpus {
  private readonly articles = new Map<string, ArticleAnalysis>();
  private readonly byKey = new Map<string, KeyedMentions[]>();
  /** Strings shared by many analyses, held once (see StringPool). */
  private readonly strings = new StringPool();
  private resolved: Resolved | null = null;
  /** The last resolution before the latest change, for answers that may be slightly stale but must be instant. */
  private previous: Resolved | null = null;
  private generation = 0;
  private mode: StoryMode = 'auto';
  private stories: Stories | null = null;
  private previousStories: Stories | null = null;

  /** Increases with every change; callers use it to know whether cached answers are stale. */
  get version(): number {
    return this.generation;
  }

  get size(): number {
    return this.articles.size;
  }

  /** How articles are grouped into stories (crosscheck.stories); changing it changes the corpus's version. */
  get storyMode(): StoryMode {
    return this.mode;
  }

  set storyMode(mode: StoryMode) {
    if (mode === this.mode) return;
    this.mode = mode;
    this.stories = null;
    this.previousStories = null;
    this.generation++;
  }

  /** The story an article belongs to (computed lazily over the whole corpus, then cached until the next change). */
  storyOf(id: string): string {
    return this.groupStories().storyOf.get(id) ?? `story:${id}`;
  }

  /** The articles of an article's story, itself included, sorted. */
  storyMembers(id: string): string[] {
    return this.groupStories().members.get(this.storyOf(id)) ?? (this.articles.has(id) ? [id] : []);
  }

  /**
   * Like storyMembers, but answers from the last grouping when the corpus has changed since (and groups only when
   * none was ever made): for hovers and code lenses, which must not wait for a whole-corpus grouping.
   */
  peekStoryMembers(id: string): string[] {
    const stories = this.stories ?? this.previousStories ?? this.groupStories();
    const story = stories.storyOf.get(id);
    return (story !== undefined ? stories.members.get(story) : undefined) ?? (this.articles.has(id) ? [id] : []);
  }

  /** Every story with its articles. */
  allStories(): ReadonlyMap<string, string[]> {
    return this.groupStories().members;
  }

  /**
   * True where an offset of an article lies in boilerplate: navigation, link lists, credits and other stories'
   * headlines found in the article itself, or a line its outlet repeats in articles of other stories.
   */
  isBoilerplate(id: string, offset: number): boolean {
    const analysis = this.articles.get(id);
    if (!analysis) return false;
    if (insideSpans(analysis.boilerplate ?? [], offset)) return true;
    return insideSpans(this.groupStories().repeated.get(id) ?? [], offset);
  }

  has(id: string): boolean {
    return this.articles.has(id);
  }

  get(id: string): ArticleAnalysis | undefined {
    return this.articles.get(id);
  }

  ids(): string[] {
    return [...this.articles.keys()];
  }

  set(id: string, analysis: ArticleAnalysis): void {
    if (this.articles.get(id) === analysis) return;
    this.removeKeys(id);
    this.strings.internAll(analysis);
    this.articles.set(id, analysis);
    const grouped = new Map<string, EntityMention[]>();
    for (const mention of analysis.entities) {
      const list = grouped.get(mention.key) ?? [];
      list.push(mention);
      grouped.set(mention.key, list);
    }
    for (const [key, mentions] of grouped) {
      const list = this.byKey.get(key) ?? [];
      list.push({ article: id, mentions });
      this.byKey.set(key, list);
    }
    this.changed();
  }

  delete(id: string): void {
    if (!this.articles.has(id)) return;
    this.removeKeys(id);
    this.articles.delete(id);
    this.changed();
  }

  summary(id: string): ArticleSummary {
    const analysis = this.articles.get(id);
    return { id, headline: analysis?.meta.headline?.text ?? null, published: analysis?.meta.published ?? null };
  }

  entities(): CanonicalEntity[] {
    return this.resolve().entities;
  }

  entityById(id: string): CanonicalEntity | undefined {
    return this.resolve().byId.get(id);
  }

  /** The canonical entity of the mention that starts at `start` in article `id`. */
  entityAt(id: string, start: number): CanonicalEntity | undefined {
    return this.resolve().byMention.get(`${id}\u0000${start}`);
  }

  /**
   * Like entityAt, but never resolves: it answers from the current resolution or, after a change, the previous one
   * (undefined where that did not know the mention). For highlighting, which follows every keystroke.
   */
  peekEntityAt(id: string, start: number): CanonicalEntity | undefined {
    return (this.resolved ?? this.previous)?.byMention.get(`${id}\u0000${start}`);
  }

  /**
   * Every day-, month- or year-level mention of the same date value in other articles. With `settled`, answers from
   * the last resolution when the corpus has changed since (see `settledResolution`).
   */
  datesLike(value: string, except?: string, settled = false): DateOccurrence[] {
    return ((settled ? this.settledResolution() : this.resolve()).dates.get(value) ?? []).filter((o) => o.article !== except);
  }

  /** Figures of the same kind counting the same unit in other articles: what they say about this quantity. */
  figuresLike(figure: FigureMention, except?: string, settled = false): FigureOccurrence[] {
    const key = figureKey(figure);
    return key ? ((settled ? this.settledResolution() : this.resolve()).figures.get(key) ?? []).filter((o) => o.article !== except) : [];
  }

  /**
   * Like entityAt, for answers a person waits on (hovers): from the last resolution when the corpus has changed
   * since and that resolution knows the mention, else resolved now. While thousands of files are indexed every file
   * is a change, and resolving the whole corpus again for each hover made hovers take seconds.
   */
  settledEntityAt(id: string, start: number): CanonicalEntity | undefined {
    return this.settledResolution().byMention.get(`${id}\u0000${start}`) ?? this.entityAt(id, start);
  }

  private settledResolution(): Resolved {
    return this.resolved ?? this.previous ?? this.resolve();
  }

  private removeKeys(id: string): void {
    const old = this.articles.get(id);
    if (!old) return;
    for (const key of new Set(old.entities.map((e) => e.key))) {
      const remaining = (this.byKey.get(key) ?? []).filter((group) => group.article !== id);
      if (remaining.length > 0) this.byKey.set(key, remaining);
      else this.byKey.delete(key);
    }
  }

  private groupStories(): Stories {
    this.stories ??= computeStories(this.articles, this.mode === 'auto' ? this.resolve().entities : [], this.mode);
    return this.stories;
  }

  private changed(): void {
    this.generation++;
    this.previousStories = this.stories ?? this.previousStories;
    this.stories = null;
    this.previous = this.resolved ?? this.previous;
    this.resolved = null;
  }

  private resolve(): Resolved {
    if (this.resolved) return this.resolved;
    const entities = resolveEntities(this.byKey);
    const byMention = new Map<string, CanonicalEntity>();
    const byId = new Map<string, CanonicalEntity>();
    for (const entity of entities) {
      byId.set(entity.id, entity);
      for (const mention of entity.mentions) byMention.set(`${mention.article}\u0000${mention.start}`, entity);
    }
    const dates = new Map<string, DateOccurrence[]>();
    const figures = new Map<string, FigureOccurrence[]>();
    for (const [article, analysis] of this.articles) {
      for (const date of analysis.dates) {
        if (!date.value) continue;
        const list = dates.get(date.value) ?? [];
        list.push({ article, date });
        dates.set(date.value, list);
      }
      for (const figure of analysis.figures) {
        const key = figureKey(figure);
        if (!key) continue;
        const list = figures.get(key) ?? [];
        list.push({ article, figure });
        figures.set(key, list);
      }
    }
    this.resolved = { entities, byMention, byId, dates, figures };
    return this.resolved;
  }
}
