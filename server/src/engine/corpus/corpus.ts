import { insideSpans } from '../boilerplate/findBoilerplate';
import type { Stories, StoryMode } from '../stories/stories';
import { REGROUP_LIMITS, StoryIndex, type RegroupLimits, type StoryInputs } from '../stories/storyIndex';
import type { ArticleAnalysis, DateMention, EntityMention, FigureMention, Span } from '../types';
import { EntityIndex, entitySignature } from './entityIndex';
import { LineIndex } from './lineIndex';
import { StringPool } from '../text/intern';
import { AnalysisCompactor, PACKED_FIELDS } from './compactAnalyses';
import type { CanonicalEntity, KeyedMentions } from './resolveEntities';

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

const figureKey = (figure: FigureMention): string | null => (figure.unit ? `${figure.kind}\u0000${figure.unit.toLowerCase()}` : null);

/**
 * The articles of a corpus and what links them. Adding, replacing or removing one article updates the per-key index
 * of entity mentions, the index of lines outlets repeat and the index of dates and figures at once (work
 * proportional to that article). Entities and stories are brought up to date lazily, the next time someone asks:
 * one changed article at a time where that gives the same entities (see EntityIndex) and stories close to a full
 * grouping (see StoryIndex), over the whole corpus when many articles changed.
 *
 * Every article has a stamp that changes whenever something the rules read about it changes: its analysis, the
 * entities its mentions resolve to, its boilerplate. With the members of a story, the stamps say whether the
 * story's findings can be reused.
 */
export class Corpus {
  private readonly articles = new Map<string, ArticleAnalysis>();
  private readonly byKey = new Map<string, KeyedMentions[]>();
  /** Strings shared by many analyses, held once (see StringPool). */
  private readonly strings = new StringPool();
  /** The analyses' large fields, held packed (see AnalysisCompactor). */
  private readonly compactor = new AnalysisCompactor();
  private readonly lines = new LineIndex();
  private readonly dates = new Map<string, DateOccurrence[]>();
  private readonly figures = new Map<string, FigureOccurrence[]>();
  private resolved: EntityIndex | null = null;
  /** Articles changed since entities were last resolved, with their analysis then (undefined: absent then). */
  private readonly unresolved = new Map<string, ArticleAnalysis | undefined>();
  private grouped: StoryIndex | null = null;
  /** Articles changed since stories were last brought up to date, with their analysis then. */
  private readonly ungrouped = new Map<string, ArticleAnalysis | undefined>();
  private readonly stamps = new Map<string, number>();
  private stampCount = 0;
  private generation = 0;
  private mode: StoryMode = 'auto';

  /** `regroup` says when stories are grouped again as a whole rather than one changed article at a time. */
  constructor(private readonly regroup: RegroupLimits = REGROUP_LIMITS) {}

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
    this.regroupStories();
  }

  /** The story an article belongs to (grouped lazily, then brought up to date after changes; see StoryIndex). */
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
    const stories = this.grouped?.stories ?? this.groupStories();
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

  set(id: string, given: ArticleAnalysis): void {
    const analysis = this.compact(given);
    if (this.articles.get(id) === analysis) return;
    this.changing(id);
    this.removeKeys(id);
    this.articles.set(id, analysis);
    this.lines.add(id, analysis);
    this.addOccurrences(id, analysis);
    this.bump(id);
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

  /**
   * The compact analysis `set` keeps in place of an analysis (see AnalysisCompactor): its large fields packed and
   * read through getters, unchanged for readers, its other strings pooled, the same one for the same analysis. The
   * CLI and the workspace index keep it rather than the analysis as each arrives, so that the full analyses of a
   * large corpus are never held together; `set` makes it for any analysis not yet compact. `get` returns it. The
   * given analysis's fields that stay objects are pooled and copied in place first (equal values, shared with the
   * compact analysis).
   */
  compact(analysis: ArticleAnalysis): ArticleAnalysis {
    const existing = this.compactor.existing(analysis);
    if (existing) return existing;
    // Strings of the fields left as objects are pooled first; the packed fields keep theirs in the packing table.
    const record = analysis as unknown as Record<string, unknown>;
    for (const field of Object.keys(record)) {
      if ((PACKED_FIELDS as readonly string[]).includes(field)) continue;
      const value = record[field];
      if (value !== null && typeof value === 'object') record[field] = this.strings.internAll(value);
    }
    analysis.entities = analysis.entities.map(inlineEntity);
    analysis.dates = analysis.dates.map(inlineDate);
    analysis.figures = analysis.figures.map(inlineFigure);
    return this.compactor.compact(analysis);
  }

  delete(id: string): void {
    if (!this.articles.has(id)) return;
    this.changing(id);
    this.removeKeys(id);
    this.articles.delete(id);
    this.stamps.delete(id);
    this.changed();
  }

  summary(id: string): ArticleSummary {
    const analysis = this.articles.get(id);
    return { id, headline: analysis?.meta.headline?.text ?? null, published: analysis?.meta.published ?? null };
  }

  entities(): CanonicalEntity[] {
    return this.resolve().entities();
  }

  entityById(id: string): CanonicalEntity | undefined {
    return this.resolve().byId.get(id);
  }

  /** The canonical entity of the mention that starts at `start` in article `id`. */
  entityAt(id: string, start: number): CanonicalEntity | undefined {
    return this.resolve().byMention.get(id, start);
  }

  /**
   * Like entityAt, but never resolves: it answers from the last resolution, which after a change may not know the
   * changed article's mentions (undefined there). For highlighting, which follows every keystroke.
   */
  peekEntityAt(id: string, start: number): CanonicalEntity | undefined {
    return this.resolved?.byMention.get(id, start);
  }

  /**
   * Every day-, month- or year-level mention of the same date value in other articles. (`settled` is accepted for
   * callers that asked for a possibly stale answer; the index is always current and cheap.)
   */
  datesLike(value: string, except?: string, settled = false): DateOccurrence[] {
    void settled;
    return (this.dates.get(value) ?? []).filter((o) => o.article !== except);
  }

  /** Figures of the same kind counting the same unit in other articles: what they say about this quantity. */
  figuresLike(figure: FigureMention, except?: string, settled = false): FigureOccurrence[] {
    void settled;
    const key = figureKey(figure);
    return key ? (this.figures.get(key) ?? []).filter((o) => o.article !== except) : [];
  }

  /**
   * A number that changes whenever something the rules read about the article changes (its analysis, its
   * entities, its boilerplate). Current after `settle()`.
   */
  stamp(id: string): number {
    return this.stamps.get(id) ?? 0;
  }

  /** The latest stamp given to any article: stamps only grow, so a stamp above a clock read earlier is newer. */
  get stampClock(): number {
    return this.stampCount;
  }

  /** Brings entities and stories up to date, so that stamps and stories are current. */
  settle(): void {
    this.groupStories();
    this.resolve();
  }

  /** Groups the whole corpus into stories again on the next question (after indexing, or to undo drift). */
  regroupStories(): void {
    this.grouped = null;
    this.ungrouped.clear();
    this.generation++;
  }

  /**
   * Like entityAt, for answers a person waits on (hovers): from the last resolution when the corpus has changed
   * since and that resolution knows the mention, else resolved now. While thousands of files are indexed every file
   * is a change, and resolving the whole corpus again for each hover made hovers take seconds.
   */
  settledEntityAt(id: string, start: number): CanonicalEntity | undefined {
    return this.settledResolution().byMention.get(id, start) ?? this.entityAt(id, start);
  }

  private settledResolution(): EntityIndex {
    return this.resolved ?? this.resolve();
  }

  /** Notes an article's analysis before its first change since entities and stories were brought up to date. */
  private changing(id: string): void {
    const before = this.articles.get(id);
    if (!this.unresolved.has(id)) this.unresolved.set(id, before);
    if (!this.ungrouped.has(id)) this.ungrouped.set(id, before);
    if (before) {
      this.lines.remove(id, before);
      this.removeOccurrences(id, before);
    }
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

  private addOccurrences(article: string, analysis: ArticleAnalysis): void {
    for (const date of analysis.dates) if (date.value) push(this.dates, date.value, { article, date });
    for (const figure of analysis.figures) {
      const key = figureKey(figure);
      if (key) push(this.figures, key, { article, figure });
    }
  }

  private removeOccurrences(article: string, analysis: ArticleAnalysis): void {
    for (const date of analysis.dates) if (date.value) pull(this.dates, date.value, article);
    for (const figure of analysis.figures) {
      const key = figureKey(figure);
      if (key) pull(this.figures, key, article);
    }
  }

  private bump(id: string): void {
    if (this.articles.has(id)) this.stamps.set(id, ++this.stampCount);
  }

  private changed(): void {
    this.generation++;
  }

  private groupStories(): Stories {
    if (this.grouped && this.ungrouped.size === 0) return this.grouped.stories;
    const inputs: StoryInputs = {
      articles: this.articles,
      entityAt: (article, start) => this.resolve().byMention.get(article, start)?.id,
      lines: this.lines,
    };
    const changes = [...this.ungrouped].map(([article, before]) => ({ article, before, after: this.articles.get(article) }));
    this.ungrouped.clear();
    const update = this.grouped?.update(inputs, changes, this.regroup);
    if (update) {
      for (const id of update.boilerplate) this.bump(id);
      return this.grouped!.stories;
    }
    const old = this.grouped?.stories.repeated;
    this.grouped = StoryIndex.full(inputs, this.mode);
    const repeated = this.grouped.stories.repeated;
    for (const id of this.articles.keys()) {
      if (!old || !sameSpans(old.get(id), repeated.get(id))) this.bump(id);
    }
    return this.grouped.stories;
  }

  private resolve(): EntityIndex {
    if (this.resolved && this.unresolved.size === 0) return this.resolved;
    const changes = [...this.unresolved].map(([article, before]) => ({ article, before, after: this.articles.get(article) }));
    this.unresolved.clear();
    const affected = this.resolved?.update(this.byKey, changes);
    if (affected) {
      for (const id of affected) this.bump(id);
      return this.resolved!;
    }
    const previous = this.resolved;
    this.resolved = new EntityIndex(this.byKey);
    // Articles whose mentions now resolve otherwise are restamped. The first resolution restamps nothing: every
    // article's stamp is new since its set().
    if (previous) {
      const changed = new Set(changes.map((c) => c.article));
      for (const [id, analysis] of this.articles) {
        if (changed.has(id)) continue;
        if (entitySignature(id, analysis, previous.byMention) !== entitySignature(id, analysis, this.resolved.byMention)) this.bump(id);
      }
    }
    return this.resolved;
  }
}

/**
 * Mentions copied into objects made by a constructor, which keeps all their fields inside the object. An object
 * that arrives from a worker or the disk cache keeps four and puts the rest in a separate property array (about 70
 * bytes more per mention; 350,000 mentions at 10,000 articles). The copy has the same prototype (Object's) and the
 * same fields in the same order. One constructor per kind of mention, so that each learns its own number of fields.
 */
function inlined<T extends object>(): (value: T) => T {
  function Inline(this: object): void {}
  Inline.prototype = Object.prototype;
  return (value) => Object.assign(new (Inline as unknown as new () => object)(), value) as T;
}
const inlineEntity = inlined<EntityMention>();
const inlineDate = inlined<DateMention>();
const inlineFigure = inlined<FigureMention>();

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pull<T extends { article: string }>(map: Map<string, T[]>, key: string, article: string): void {
  const list = map.get(key);
  if (!list) return;
  const remaining = list.filter((o) => o.article !== article);
  if (remaining.length > 0) map.set(key, remaining);
  else map.delete(key);
}

const sameSpans = (a: readonly Span[] | undefined, b: readonly Span[] | undefined): boolean =>
  (a?.length ?? 0) === (b?.length ?? 0) && (a ?? []).every((span, i) => b![i].start === span.start && b![i].end === span.end);
