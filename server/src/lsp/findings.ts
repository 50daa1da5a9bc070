import { promises as fs } from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { defaultConfig, parseConfig, type ConfigProblem, type EngineConfig } from '../engine/config';
import type { Corpus } from '../engine/corpus/corpus';
import type { RuleResults } from '../engine/rules/runRules';
import { StoryFindings, type FindingsUpdate } from '../engine/rules/storyFindings';
import type { Finding } from '../engine/rules/types';
import { uriToPath } from './workspaceIndex';

export const CONFIG_FILE = 'crosscheck.json';

interface ComparisonRun {
  corpus: Corpus;
  version: number;
  configVersion: number;
  steps: Generator<void, FindingsUpdate>;
}

const EMPTY_RESULTS: RuleResults = { findings: [], agreement: { disputed: new Set(), corroborated: new Set() } };

/**
 * The findings of the corpus under the workspace's crosscheck.json, recomputed lazily when the corpus or the
 * configuration changed: only the stories an edit touched are compared again (see StoryFindings); per-article
 * analyses are reused. Remembers which articles' findings changed until the publisher takes them.
 */
export class FindingsService {
  private config: EngineConfig = defaultConfig();
  private configFolder: string | null = null;
  private cached: { version: number; configVersion: number; results: RuleResults } | null = null;
  private configVersionCount = 0;
  private readonly stories = new StoryFindings();
  /** The comparison under way, when one was left between slices. */
  private running: ComparisonRun | null = null;
  /** Articles whose findings changed since the publisher last asked; null when all may have. */
  private changed: Set<string> | null = null;
  problems: ConfigProblem[] = [];

  constructor(private readonly corpus: () => Corpus) {}

  get configUri(): string | null {
    return this.configFolder ? pathToFileURL(path.join(this.configFolder, CONFIG_FILE)).href : null;
  }

  get folder(): string | null {
    return this.configFolder;
  }

  /** Increases whenever the configuration is read again. */
  get configVersion(): number {
    return this.configVersionCount;
  }

  /** Reads crosscheck.json from the first workspace folder that has one (or the first folder). */
  async loadConfig(folders: string[]): Promise<ConfigProblem[]> {
    this.configFolder = folders[0] ?? null;
    this.config = defaultConfig();
    this.problems = [];
    for (const folder of folders) {
      const file = path.join(folder, CONFIG_FILE);
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch {
        continue;
      }
      this.configFolder = folder;
      const parsed = parseConfig(text);
      this.config = parsed.config;
      this.problems = parsed.problems;
      break;
    }
    this.configVersionCount++;
    return this.problems;
  }

  /**
   * The findings last computed, even if the corpus has moved on since: requests (highlighting, hovers) read these so
   * that they never wait for a whole-corpus comparison; the publisher computes fresh ones between requests and then
   * asks the editor to refresh.
   */
  latest(): RuleResults {
    return this.cached?.results ?? EMPTY_RESULTS;
  }

  results(): RuleResults {
    const done = this.current();
    if (done) return done;
    const run = this.run();
    let step = run.steps.next();
    while (!step.done) step = run.steps.next();
    return this.finish(step.value);
  }

  /**
   * The same comparison in slices of about `sliceMs` of work, answering requests between slices: comparing every
   * story of a large corpus again (the first comparison after indexing, a new configuration) takes seconds, and a
   * hover must not wait for it. Resolves to null when the corpus or the configuration changed before the comparison
   * ended (the stories already compared are kept; call again).
   */
  async resultsInSlices(sliceMs = 10): Promise<RuleResults | null> {
    const done = this.current();
    if (done) return done;
    const run = this.run();
    let sliceStart = performance.now();
    for (;;) {
      if (this.running !== run) return this.current();
      if (!this.matches(run)) {
        this.running = null;
        return null;
      }
      const step = run.steps.next();
      if (step.done) return this.finish(step.value);
      if (performance.now() - sliceStart >= sliceMs) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
  }

  /** "corpus version:configuration version" of the last completed comparison, or null before the first. */
  get resultsStamp(): string | null {
    return this.cached ? `${this.cached.version}:${this.cached.configVersion}` : null;
  }

  /** The cached results when they are those of the corpus and configuration as they are now. */
  private current(): RuleResults | null {
    const corpus = this.corpus();
    return this.cached && this.cached.version === corpus.version && this.cached.configVersion === this.configVersionCount ? this.cached.results : null;
  }

  private matches(run: ComparisonRun): boolean {
    return run.corpus === this.corpus() && run.version === run.corpus.version && run.configVersion === this.configVersionCount;
  }

  /** The comparison under way for the corpus as it is now, or a new one. */
  private run(): ComparisonRun {
    if (this.running && this.matches(this.running)) return this.running;
    const corpus = this.corpus();
    const steps = this.stories.updateInSteps(corpus, this.config, (article) => this.relativePath(article));
    this.running = { corpus, version: corpus.version, configVersion: this.configVersionCount, steps };
    return this.running;
  }

  private finish({ results, changed }: FindingsUpdate): RuleResults {
    const run = this.running!;
    this.running = null;
    if (changed === null) this.changed = null;
    else if (this.changed) for (const id of changed) this.changed.add(id);
    this.cached = { version: run.version, configVersion: run.configVersion, results };
    return results;
  }

  /** The findings on one article as of the last `results()`. */
  findingsOf(article: string): readonly Finding[] {
    return this.stories.findingsOf(article);
  }

  /**
   * The articles whose findings may have changed since the last call (null: every article's may have, after a new
   * configuration or the first comparison), forgetting them.
   */
  takeChanged(): Set<string> | null {
    const changed = this.changed;
    this.changed = new Set();
    return changed;
  }

  /** An article's path relative to the configuration's folder, as `ignore` entries name it. */
  relativePath(article: string): string {
    const file = uriToPath(article);
    if (!file || !this.configFolder) return article;
    return path.relative(this.configFolder, file).split(path.sep).join('/');
  }
}
