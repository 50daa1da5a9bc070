import { Corpus, type ArticleSummary, type DateOccurrence, type FigureOccurrence } from '../corpus/corpus';
import type { CanonicalEntity } from '../corpus/resolveEntities';
import type { StoryMode } from '../stories/stories';
import type { ArticleAnalysis, FigureMention } from '../types';

/**
 * A read-only view of one story of a corpus: `ids()` lists only the story's articles, and their analyses come
 * without the claims that lie in boilerplate. Everything else answers from the whole corpus (entities stay the
 * corpus's canonical entities). It lets the claim comparison, which walks `ctx.corpus.ids()`, honour the story and
 * boilerplate hooks without changing it; a comparison that reads `ctx.story` itself no longer needs the view.
 * Every public member of Corpus is delegated here (a test checks that none is missed).
 */
export class StoryView extends Corpus {
  private readonly members: string[];
  private readonly memberSet: Set<string>;
  private readonly cleaned = new Map<string, ArticleAnalysis>();

  constructor(private readonly base: Corpus, members: readonly string[]) {
    super();
    this.members = [...members];
    this.memberSet = new Set(members);
  }

  get version(): number {
    return this.base.version;
  }

  get size(): number {
    return this.members.length;
  }

  get storyMode(): StoryMode {
    return this.base.storyMode;
  }

  set storyMode(_mode: StoryMode) {
    throw new Error('a story view is read-only');
  }

  ids(): string[] {
    return [...this.members];
  }

  has(id: string): boolean {
    return this.memberSet.has(id);
  }

  get(id: string): ArticleAnalysis | undefined {
    const analysis = this.base.get(id);
    if (!analysis || !this.memberSet.has(id)) return analysis;
    let cleaned = this.cleaned.get(id);
    if (!cleaned) {
      const claims = analysis.claims.filter((claim) => !this.base.isBoilerplate(id, claim.start));
      cleaned = claims.length === analysis.claims.length ? analysis : { ...analysis, claims };
      this.cleaned.set(id, cleaned);
    }
    return cleaned;
  }

  set(): void {
    throw new Error('a story view is read-only');
  }

  delete(): void {
    throw new Error('a story view is read-only');
  }

  storyOf(id: string): string {
    return this.base.storyOf(id);
  }

  storyMembers(id: string): string[] {
    return this.base.storyMembers(id);
  }

  peekStoryMembers(id: string): string[] {
    return this.base.peekStoryMembers(id);
  }

  allStories(): ReadonlyMap<string, string[]> {
    return this.base.allStories();
  }

  isBoilerplate(id: string, offset: number): boolean {
    return this.base.isBoilerplate(id, offset);
  }

  summary(id: string): ArticleSummary {
    return this.base.summary(id);
  }

  entities(): CanonicalEntity[] {
    return this.base.entities();
  }

  entityById(id: string): CanonicalEntity | undefined {
    return this.base.entityById(id);
  }

  entityAt(id: string, start: number): CanonicalEntity | undefined {
    return this.base.entityAt(id, start);
  }

  peekEntityAt(id: string, start: number): CanonicalEntity | undefined {
    return this.base.peekEntityAt(id, start);
  }

  datesLike(value: string, except?: string): DateOccurrence[] {
    return this.base.datesLike(value, except);
  }

  figuresLike(figure: FigureMention, except?: string): FigureOccurrence[] {
    return this.base.figuresLike(figure, except);
  }
}
