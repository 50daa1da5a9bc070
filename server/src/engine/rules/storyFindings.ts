import type { EngineConfig } from '../config';
import type { Corpus } from '../corpus/corpus';
import { storyRules, type RuleResults } from './runRules';
import type { Agreement } from './slotConflicts';
import type { Finding } from './types';

interface CachedStory {
  /** The story's members with their stamps: equal signatures mean equal inputs to the rules. */
  signature: string;
  members: readonly string[];
  results: RuleResults;
}

/** What one update of the findings did. */
export interface FindingsUpdate {
  results: RuleResults;
  /** Articles whose findings may have changed since the previous update; null when every article's may have. */
  changed: Set<string> | null;
}

/**
 * The findings of a corpus kept per story: after a change, only the stories whose members changed, or one of whose
 * members changed in something the rules read (see Corpus.stamp), are compared again. The union equals runRules
 * over the corpus, since every rule reads one story at a time (see storyRules). A new configuration, or another
 * corpus, compares every story again.
 */
export class StoryFindings {
  private readonly stories = new Map<string, CachedStory>();
  private readonly byArticle = new Map<string, Finding[]>();
  private readonly agreement: Agreement = { disputed: new Set(), corroborated: new Set() };
  private corpus: Corpus | null = null;
  private config: EngineConfig | null = null;
  private all: Finding[] | null = null;
  /** The corpus's stamp clock at the last update: a member stamped later has changed since. */
  private stampsSeen = -1;

  /** Articles whose findings may have changed since the last completed update; null when every article's may have. */
  private changed: Set<string> | null = new Set();

  update(corpus: Corpus, config: EngineConfig, relativePath: (article: string) => string): FindingsUpdate {
    const steps = this.updateInSteps(corpus, config, relativePath);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
  }

  /**
   * The same update one story at a time: each step compares one story again, so that a caller can answer requests
   * between steps. A run left unfinished (the corpus changed meanwhile) leaves the stories it did not reach out of
   * the cache, and the next update compares them; what changed is remembered until an update completes.
   */
  *updateInSteps(corpus: Corpus, config: EngineConfig, relativePath: (article: string) => string): Generator<void, FindingsUpdate> {
    if (corpus !== this.corpus || config !== this.config) {
      this.stories.clear();
      this.byArticle.clear();
      this.agreement.disputed.clear();
      this.agreement.corroborated.clear();
      this.corpus = corpus;
      this.config = config;
      this.stampsSeen = -1;
      this.changed = null;
    }
    corpus.settle();
    const current = corpus.allStories();
    for (const [story, cached] of this.stories) if (!current.has(story)) this.forget(story, cached);
    // Every stale story is forgotten before any is compared again: an article that moved from one story to another
    // must not lose its new findings when its old story is forgotten after its new one was compared.
    const stale: Array<{ story: string; members: readonly string[]; signature: string }> = [];
    const since = this.stampsSeen;
    this.stampsSeen = corpus.stampClock;
    for (const [story, members] of current) {
      const cached = this.stories.get(story);
      // The same member list with no stamp newer than the last update: nothing the rules read has changed. Otherwise
      // the signature decides (a full regrouping makes new lists of the same members).
      if (cached && cached.members === members && !members.some((id) => corpus.stamp(id) > since)) continue;
      const signature = members.map((id) => `${id}\u0000${corpus.stamp(id)}`).join('\u0001');
      if (cached?.signature === signature) {
        cached.members = members;
        continue;
      }
      if (cached) this.forget(story, cached);
      stale.push({ story, members, signature });
    }
    for (const { story, members, signature } of stale) {
      yield;
      const results = storyRules(corpus, members, config, relativePath);
      this.stories.set(story, { signature, members, results });
      for (const id of members) this.changed?.add(id);
      for (const finding of results.findings) {
        const list = this.byArticle.get(finding.article);
        if (list) list.push(finding);
        else this.byArticle.set(finding.article, [finding]);
      }
      for (const key of results.agreement.disputed) this.agreement.disputed.add(key);
      for (const key of results.agreement.corroborated) this.agreement.corroborated.add(key);
      this.all = null;
    }
    const findings = (): Finding[] => {
      this.all ??= [...this.stories.values()].flatMap((s) => s.results.findings);
      return this.all;
    };
    const changed = this.changed;
    this.changed = new Set();
    return { results: { get findings() { return findings(); }, agreement: this.agreement }, changed };
  }

  /** The findings on one article, as of the last update. */
  findingsOf(article: string): readonly Finding[] {
    return this.byArticle.get(article) ?? [];
  }

  private forget(story: string, cached: CachedStory): void {
    this.stories.delete(story);
    // Claims belong to one article and so to one story: no other story holds these keys.
    for (const key of cached.results.agreement.disputed) this.agreement.disputed.delete(key);
    for (const key of cached.results.agreement.corroborated) this.agreement.corroborated.delete(key);
    for (const id of cached.members) {
      this.byArticle.delete(id);
      this.changed?.add(id);
    }
    this.all = null;
  }
}
