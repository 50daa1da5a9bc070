import { promises as fs } from 'fs';
import { cpus } from 'os';
import * as path from 'path';
import { defaultConfig, parseConfig, type EngineConfig } from '../engine/config';
import { runRules } from '../engine/rules/runRules';
import { SEVERITY_ORDER, type Severity } from '../engine/rules/types';
import { Corpus } from '../engine/corpus/corpus';
import { STORY_MODES, type StoryMode } from '../engine/stories/stories';
import type { ArticleAnalysis } from '../engine/types';
import { diskCacheAt } from '../io/diskCache';
import { DEFAULT_MAX_BYTES } from '../io/readArticleFile';
import { analyzeFile } from '../worker/analyzeFile';
import { AnalysisPool } from '../lsp/analysisPool';
import type { FileAnalysis } from '../worker/protocol';
import { annotateJson, annotateText, type AnnotatedFile } from './annotateFormats';
import { pathToFileURL } from 'url';
import { VERSION } from '../version';
import { checkJson, checkSarif, checkSummary, checkText, type CheckedFile } from './checkFormats';
import { ARTICLE_EXTENSIONS, collectFiles } from './collectFiles';
import { entitiesJson, entitiesText } from './entitiesFormats';
import { REPORT_FORMATS, reportCsv, reportHtml, reportMarkdown, reportStories, type ReportFormat } from './reportFormats';

const USAGE = `usage: crosscheck COMMAND PATH... [--format text|json|sarif] [--max-size BYTES]
                  [--fail-on error|warning|information] [--config FILE] [--stories auto|folder|corpus]
                  [--cache DIR]
       crosscheck report PATH... [--format md|html|csv] [--all] [--config FILE] [--stories …]

commands:
  annotate   list the people, organisations, places, dates and figures of each article
  entities   list the canonical entities of all the articles together, with every mention
  check      report where the articles disagree (exit 1 when a finding is at or above --fail-on, default error)
  report     a fact-checker's report per story with a disputed fact (--all: every story): the facts, each source's
             value with a quote and file:line, who it is attributed to, the findings, and a summary line
             ("2 disputed facts in 9 articles from 7 outlets, 5 independent sources"); md (default), html (one
             self-contained page) or csv (one row per value)

Folders are searched for .txt, .article and .news files. check reads ./crosscheck.json unless --config names
another file. check compares claims only within a story: --stories auto (default) groups the articles by shared
names, rare words and dates, folder makes each folder a story, corpus makes everything one story. check ends
with a summary line ("3 findings (1 warning, 2 information) in 24 articles"), on stderr for json and sarif.
--cache DIR keeps each article's analysis in DIR, keyed by its text and the engine's code, so that a second run
on unchanged articles reads instead of analysing (a corrupt or outdated cache is rebuilt).
Exit code 2: a path was missing or unreadable.
crosscheck --version prints the version.`;

const COMMANDS = new Set(['annotate', 'entities', 'check', 'report']);
const FORMATS = new Set(['text', 'json', 'sarif']);
const FAIL_ON = new Set(['error', 'warning', 'information', 'hint']);

interface Options {
  command: string;
  paths: string[];
  format: 'text' | 'json' | 'sarif' | ReportFormat;
  /** report: every story, not only those with a disputed fact. */
  all: boolean;
  maxBytes: number;
  failOn: Severity;
  config: string | null;
  stories: StoryMode;
  cache: string | null;
}

function parseArgs(argv: string[]): Options | string {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') return USAGE;
  if (command === '--version' || command === '-v' || command === '-V') return VERSION;
  const options: Options = { command, paths: [], format: 'text', maxBytes: DEFAULT_MAX_BYTES, failOn: 'error', config: null, stories: 'auto', cache: null, all: false };
  if (command === 'report') options.format = 'md';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (/^--(?:format|fail-on|config|max-size|stories|cache)=/.test(arg)) {
      const [flag, value] = [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)];
      return parseArgs([command, ...rest.slice(0, i), flag, value, ...rest.slice(i + 1)]);
    } else if (arg === '--all' && command === 'report') {
      options.all = true;
    } else if (arg === '--format' && command === 'report') {
      const value = rest[++i];
      if (!(REPORT_FORMATS as readonly string[]).includes(value)) return `crosscheck: --format takes ${REPORT_FORMATS.join(', ')} for report, not ${value ?? 'nothing'}`;
      options.format = value as ReportFormat;
    } else if (arg === '--format') {
      const value = rest[++i];
      if (!FORMATS.has(value) || (value === 'sarif' && command !== 'check')) {
        return `crosscheck: --format takes ${command === 'check' ? 'text, json or sarif' : 'text or json'}, not ${value ?? 'nothing'}`;
      }
      options.format = value as Options['format'];
    } else if (arg === '--fail-on') {
      const value = rest[++i];
      if (!FAIL_ON.has(value)) return `crosscheck: --fail-on takes error, warning, information or hint, not ${value ?? 'nothing'}`;
      options.failOn = value as Severity;
    } else if (arg === '--config') {
      const value = rest[++i];
      if (!value) return 'crosscheck: --config needs a file';
      options.config = value;
    } else if (arg === '--cache') {
      const value = rest[++i];
      if (!value) return 'crosscheck: --cache needs a folder';
      options.cache = path.resolve(value);
    } else if (arg === '--stories') {
      const value = rest[++i];
      if (!(STORY_MODES as readonly string[]).includes(value)) return `crosscheck: --stories takes ${STORY_MODES.join(', ')}, not ${value ?? 'nothing'}`;
      options.stories = value as StoryMode;
    } else if (arg === '--max-size') {
      const value = Number(rest[++i]);
      if (!Number.isFinite(value) || value <= 0) return 'crosscheck: --max-size takes a positive number of bytes';
      options.maxBytes = value;
    } else if (arg.startsWith('-')) {
      return `crosscheck: unknown option ${arg}\n${USAGE}`;
    } else options.paths.push(arg);
  }
  if (options.paths.length === 0) return `crosscheck: ${command} needs at least one file or folder\n${USAGE}`;
  return options;
}

/** Reads crosscheck.json (given, or in the current folder); problems go to stderr with their line, defaults kept. */
async function loadConfig(file: string | null, err: (s: string) => void): Promise<{ config: EngineConfig; base: string }> {
  const candidate = file ?? 'crosscheck.json';
  let text: string;
  try {
    text = await fs.readFile(candidate, 'utf8');
  } catch {
    if (file) err(`crosscheck: ${file}: cannot read the configuration; using the defaults`);
    return { config: defaultConfig(), base: process.cwd() };
  }
  const { config, problems } = parseConfig(text);
  for (const problem of problems) err(`crosscheck: ${candidate}:${problem.line}: ${problem.message}`);
  return { config, base: path.dirname(path.resolve(candidate)) };
}

// Below this many files, starting worker threads (each loads the engine) costs more than it saves.
const FILES_FOR_WORKERS = 64;

/**
 * Reads and analyses files, handing each result to `take` with its index as soon as it is ready (in any order), so
 * that nothing but what the caller keeps stays in memory: in worker threads, one per core, when there are enough
 * files and the worker script is beside the CLI (the bundle), else on this thread. `withText` asks for the texts too.
 */
async function analyzeFiles(
  files: string[],
  options: { maxBytes: number; cacheFolder: string | null; withText: boolean },
  err: (s: string) => void,
  take: (index: number, result: FileAnalysis) => void,
): Promise<void> {
  const log = (message: string) => err(`crosscheck: ${message}`);
  const { maxBytes, cacheFolder, withText } = options;
  // Opened here first, so that entries of another engine version are removed once and said so, whoever analyses.
  if (cacheFolder) diskCacheAt(cacheFolder, log);
  const pool = files.length >= FILES_FOR_WORKERS ? new AnalysisPool(() => undefined, { size: cpus().length }) : null;
  const request = { withText, ...(cacheFolder ? { cacheFolder } : {}) };
  try {
    if (pool) {
      await Promise.all(files.map((file, i) => pool.analyze(file, maxBytes, request).then((result) => take(i, result))));
      return;
    }
    for (let i = 0; i < files.length; i++) take(i, await analyzeFile({ path: files[i], maxBytes, ...request }, log));
  } finally {
    await pool?.dispose();
  }
}

/** Runs the CLI and returns its exit code: 0 on success, 2 when a path was missing or unreadable. */
export async function runCli(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    const answer = options === USAGE || options === VERSION;
    (answer ? out : err)(options);
    return answer ? 0 : 2;
  }
  if (!COMMANDS.has(options.command)) {
    err(`crosscheck: unknown command ${options.command}\n${USAGE}`);
    return 2;
  }
  const collected = await collectFiles(options.paths);
  let failed = collected.errors.length > 0;
  for (const error of collected.errors) err(`crosscheck: ${error.path}: ${error.reason}`);
  const annotating = options.command === 'annotate';
  const reporting = options.command === 'report';
  // Only `annotate` and `report` keep the texts (they print them and quote them); the others need the analyses alone.
  const texts = new Map<string, string>();
  const annotated: Array<AnnotatedFile | undefined> = [];
  const analyses: Array<ArticleAnalysis | undefined> = [];
  const displayName = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/') || file;
  const problems: string[] = [];
  // Each analysis is made compact as it arrives (Corpus.compact), so that a large corpus never holds its full
  // analyses together; they enter the corpus in file order afterwards.
  const corpus = new Corpus();
  corpus.storyMode = options.stories;
  await analyzeFiles(collected.files, { maxBytes: options.maxBytes, cacheFolder: options.cache, withText: annotating || reporting }, err, (i, result) => {
    const display = displayName(collected.files[i]);
    if (!result.ok || (annotating && result.text === undefined)) {
      problems[i] = `crosscheck: ${display}: ${result.ok ? 'not read' : result.reason}`;
      failed = true;
      return;
    }
    if (result.warning) problems[i] = `crosscheck: ${display}: ${result.warning}`;
    if (annotating) annotated[i] = { file: display, text: result.text ?? '', analysis: result.analysis };
    else analyses[i] = corpus.compact(result.analysis);
    if (reporting && result.text !== undefined) texts.set(display, result.text);
  });
  // Filed in file order, whatever order the workers finished in, so that the output does not depend on timing.
  const checked = new Map<string, CheckedFile>();
  collected.files.forEach((file, i) => {
    const analysis = analyses[i];
    if (!analysis) return;
    const display = displayName(file);
    corpus.set(display, analysis);
    checked.set(display, { file: display, lineStarts: analysis.lineStarts });
    analyses[i] = undefined;
  });
  // Problems are said in file order too.
  for (const problem of problems) if (problem) err(problem);
  const articleCount = annotating ? annotated.filter(Boolean).length : corpus.size;
  if (collected.files.length === 0 && collected.errors.length === 0) {
    const extensions = [...ARTICLE_EXTENSIONS].join(', ');
    err(`crosscheck: no articles in ${options.paths.join(', ')} (folders are searched for ${extensions} files)`);
  }
  if (annotating) {
    const files = annotated.filter((a): a is AnnotatedFile => a !== undefined);
    out(options.format === 'json' ? annotateJson(files) : annotateText(files));
    return failed ? 2 : 0;
  }
  if (options.command === 'entities') {
    out(options.format === 'json' ? entitiesJson(corpus.entities()) : entitiesText(corpus.entities()));
    return failed ? 2 : 0;
  }
  const { config, base } = await loadConfig(options.config, err);
  const relativePath = (file: string) => path.relative(base, path.resolve(file)).split(path.sep).join('/');
  const { findings } = runRules(corpus, config, relativePath);
  findings.sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start);
  if (reporting) {
    const stories = reportStories(corpus, findings, (article) => texts.get(article) ?? null, options.all);
    out(options.format === 'html' ? reportHtml(stories, corpus.size) : options.format === 'csv' ? reportCsv(stories) : reportMarkdown(stories, corpus.size));
    return failed ? 2 : 0;
  }
  // SARIF names files relative to the folder the CLI ran in, given as the base URI SRCROOT.
  const srcRoot = pathToFileURL(process.cwd() + path.sep).href;
  if (options.format === 'json') out(checkJson(findings, checked));
  else if (options.format === 'sarif') out(checkSarif(findings, checked, VERSION, srcRoot));
  else if (findings.length > 0) out(checkText(findings, checked));
  // The summary follows the findings; machine-readable output keeps stdout to itself, so it goes to stderr there.
  if (articleCount > 0) (options.format === 'text' ? out : err)(checkSummary(findings, articleCount));
  if (failed) return 2;
  return findings.some((f) => SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER[options.failOn]) ? 1 : 0;
}

if (require.main === module) {
  runCli(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n')).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`crosscheck: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
