import * as path from 'path';
import * as vscode from 'vscode';

/** Whether an article belongs to the corpus, and if not, the pattern that would add it. */
export type CorpusState =
  | { kind: 'in' }
  | { kind: 'out'; folder: vscode.WorkspaceFolder; pattern: string }
  | { kind: 'no-folder' };

/**
 * The corpus pattern that takes in a file's top folder, with the file's extension: `articles/2024/a.txt` →
 * `articles/**\/*.txt`; a file at the root of the folder → `*.txt`.
 */
export function suggestedPattern(relativePath: string): string {
  const parts = relativePath.split('/');
  const files = `*${path.posix.extname(relativePath)}`;
  return parts.length > 1 ? `${parts[0]}/**/${files}` : files;
}

/**
 * Where an article stands against `crosscheck.corpus` of its workspace folder: VS Code matches the same globs the
 * server does (relative to the folder), so the answer needs no round trip to the server.
 */
export function corpusState(document: vscode.TextDocument): CorpusState {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!folder || document.uri.scheme !== 'file') return { kind: 'no-folder' };
  const patterns = vscode.workspace.getConfiguration('crosscheck', folder).get<string[]>('corpus') ?? [];
  if (patterns.some((pattern) => vscode.languages.match({ pattern: new vscode.RelativePattern(folder, pattern) }, document) > 0)) return { kind: 'in' };
  const relative = path.posix.relative(folder.uri.path, document.uri.path);
  return { kind: 'out', folder, pattern: suggestedPattern(relative) };
}

/**
 * Adds the pattern to `crosscheck.corpus` of the article's folder (its .vscode/settings.json, also in a multi-root
 * workspace, where each folder has its own corpus), where the server reads it; the server then indexes the files
 * it adds.
 */
export async function addToCorpus(state: Extract<CorpusState, { kind: 'out' }>): Promise<void> {
  const config = vscode.workspace.getConfiguration('crosscheck', state.folder);
  const current = config.get<string[]>('corpus') ?? [];
  if (current.includes(state.pattern)) return;
  await config.update('corpus', [...current, state.pattern], vscode.ConfigurationTarget.WorkspaceFolder);
}
