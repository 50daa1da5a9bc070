/**
 * Abusive crosscheck.json files, written one after another into a workspace the server watches: random JSON of any
 * shape, nesting thousands deep, byte order marks, huge strings and numbers, every field of the wrong type, truncated
 * and commented JSON, binary bytes. Properties: the server stays up and answers a hover after each; it publishes the
 * file's problems each time, at least one whenever the file is not JSON (comments and trailing commas allowed), each within the file's own lines.
 * Used by `npm run fuzz` (scripts/fuzzProtocol.ts).
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseTree, type ParseError } from 'jsonc-parser';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { random } from '../../bench/perturb';
import { waitFor, type TestServer } from '../helpers/lspClient';

const RULE_IDS = ['figure-conflict', 'date-conflict', 'single-source', 'name-variant', 'role-conflict', 'no-such-rule'];

export function configText(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const int = (max: number) => Math.floor(next() * max);
  const value = (depth: number): unknown => {
    const roll = next();
    if (depth > 5 || roll < 0.3) return pick([null, true, false, 0, -1, 1e308, -0, 3.5, '', 'off', 'on', 'error', 'hint', 'x'.repeat(int(50)), '\ud800', '\u0000']);
    if (roll < 0.6) return Array.from({ length: int(5) }, () => value(depth + 1));
    return Object.fromEntries(Array.from({ length: int(5) }, () => [pick(['rules', 'ignore', 'preferredSpellings', '$schema', 'file', 'rule', 'text', ...RULE_IDS, '__proto__', 'constructor']), value(depth + 1)]));
  };
  const shapes: Array<() => string> = [
    () => JSON.stringify(value(0)),
    () => JSON.stringify({ rules: Object.fromEntries(RULE_IDS.map((id) => [id, value(3)])), ignore: [value(3), value(3)] }, null, 2),
    () => '['.repeat(1 + int(20_000)) + ']'.repeat(int(20_000)),
    () => '{"rules":'.repeat(1 + int(5000)) + '{}' + '}'.repeat(int(5000)),
    () => `\ufeff${JSON.stringify({ rules: { 'figure-conflict': 'warning' } })}`,
    () => JSON.stringify({ preferredSpellings: { ['x'.repeat(200_000)]: 'y' } }),
    () => JSON.stringify({ ignore: Array.from({ length: 2000 }, (_, i) => ({ rule: pick(RULE_IDS), file: `a${i}.article`, text: value(4) })) }),
    () => JSON.stringify({ rules: 5, ignore: 'everything', preferredSpellings: [1, 2] }),
    () => JSON.stringify(value(0)).slice(0, int(40)),
    () => `// comment\n{ "rules": { "figure-conflict": "off", }, }`,
    () => String.fromCharCode(...Array.from({ length: 200 }, () => int(256))),
    () => '',
    () => `{"rules": {"figure-conflict": ${'9'.repeat(400)}}}`,
  ];
  return pick(shapes)();
}

/** True when brackets outside strings nest deeper than 64. */
function tooDeep(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (++depth > 64) return true;
    } else if (c === ']' || c === '}') depth--;
  }
  return false;
}

export interface ConfigFuzzReport {
  configs: number;
  failures: string[];
  seconds: number;
}

/** Writes `count` abusive configurations into `folder` (open in `server`, with `articleUri` open), checking each. */
export async function fuzzConfig(server: TestServer, folder: string, articleUri: string, count: number, seed: number): Promise<ConfigFuzzReport> {
  const began = Date.now();
  const next = random(seed);
  const file = path.join(folder, 'crosscheck.json');
  const uri = pathToFileURL(file).href;
  const failures: string[] = [];
  for (let i = 0; i < count && server.process.exitCode === null; i++) {
    const text = configText(next);
    const published = server.published.filter((u) => u === uri).length;
    writeFileSync(file, text);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Changed }] });
    const what = `config #${i} (${text.length} characters: ${JSON.stringify(text.slice(0, 60))})`;
    try {
      await waitFor(() => (server.published.filter((u) => u === uri).length > published ? true : undefined), 20_000, 'its problems to be published');
      const hover = await Promise.race([server.hover(articleUri, 1, 8), new Promise((resolve) => setTimeout(() => resolve('timeout'), 10_000))]);
      if (hover === 'timeout') failures.push(`${what}: a hover was not answered in 10 s`);
    } catch (error) {
      failures.push(`${what}: ${String(error)}`);
      continue;
    }
    const problems = server.diagnostics.get(uri) ?? [];
    // The file is read as JSON with comments and trailing commas (jsonc-parser), as VS Code reads its settings. The
    // parser recurses per level, so a file nested deeper than the server accepts (64) is not parsed here either.
    const errors: ParseError[] = [];
    if (!tooDeep(text)) parseTree(text.replace(/^\ufeff/, ''), errors, { allowTrailingComma: true });
    if ((errors.length > 0 || tooDeep(text) || text.trim() === '') && problems.length === 0) failures.push(`${what}: not JSON, but no problem was reported`);
    const document = TextDocument.create(uri, 'json', 1, text);
    for (const problem of problems) {
      const { start, end } = problem.range;
      const lineEnd = document.offsetAt({ line: end.line + 1, character: 0 }) - document.offsetAt({ line: end.line, character: 0 });
      if (end.line >= document.lineCount || start.line > end.line || end.character > Math.max(lineEnd, 1)) {
        failures.push(`${what}: problem "${problem.message}" at ${JSON.stringify(problem.range)} is outside the file`);
      }
    }
  }
  if (server.process.exitCode !== null) failures.push(`the server exited (${server.process.exitCode})`);
  return { configs: count, failures, seconds: (Date.now() - began) / 1000 };
}
