import * as path from 'path';
import { analyzeArticle } from '../engine/analyze';
import { Corpus } from '../engine/corpus/corpus';
import { DEFAULT_MAX_BYTES, readArticleFile } from '../io/readArticleFile';
import { annotateJson, annotateText, type AnnotatedFile } from './annotateFormats';
import { collectFiles } from './collectFiles';
import { entitiesJson, entitiesText } from './entitiesFormats';

const USAGE = `usage: crosscheck COMMAND PATH... [--format text|json] [--max-size BYTES]

commands:
  annotate   list the people, organisations, places, dates and figures of each article
  entities   list the canonical entities of all the articles together, with every mention

Folders are searched for .txt, .article and .news files.`;

const COMMANDS = new Set(['annotate', 'entities']);

interface Options {
  command: string;
  paths: string[];
  format: 'text' | 'json';
  maxBytes: number;
}

function parseArgs(argv: string[]): Options | string {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') return USAGE;
  const options: Options = { command, paths: [], format: 'text', maxBytes: DEFAULT_MAX_BYTES };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--format') {
      const value = rest[++i];
      if (value !== 'text' && value !== 'json') return `crosscheck: --format takes text or json, not ${value ?? 'nothing'}`;
      options.format = value;
    } else if (arg.startsWith('--format=')) {
      return parseArgs([command, ...rest.slice(0, i), '--format', arg.slice(9), ...rest.slice(i + 1)]);
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

/** Runs the CLI and returns its exit code: 0 on success, 2 when a path was missing or unreadable. */
export async function runCli(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    (options === USAGE ? out : err)(options);
    return options === USAGE ? 0 : 2;
  }
  if (!COMMANDS.has(options.command)) {
    err(`crosscheck: unknown command ${options.command}\n${USAGE}`);
    return 2;
  }
  const collected = await collectFiles(options.paths);
  let failed = collected.errors.length > 0;
  for (const error of collected.errors) err(`crosscheck: ${error.path}: ${error.reason}`);
  const annotated: AnnotatedFile[] = [];
  for (const file of collected.files) {
    const read = await readArticleFile(file, options.maxBytes);
    const display = path.relative(process.cwd(), file).split(path.sep).join('/') || file;
    if (!read.ok) {
      err(`crosscheck: ${display}: ${read.reason}`);
      failed = true;
      continue;
    }
    if (read.warning) err(`crosscheck: ${display}: ${read.warning}`);
    annotated.push({ file: display, text: read.text, analysis: analyzeArticle(read.text) });
  }
  if (options.command === 'entities') {
    const corpus = new Corpus();
    for (const { file, analysis } of annotated) corpus.set(file, analysis);
    out(options.format === 'json' ? entitiesJson(corpus.entities()) : entitiesText(corpus.entities()));
  } else out(options.format === 'json' ? annotateJson(annotated) : annotateText(annotated));
  return failed ? 2 : 0;
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
