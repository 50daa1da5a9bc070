import * as vscode from 'vscode';

/** Polls `probe` until it returns something other than undefined; fails with `what` after the deadline. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function findSeed(prefix: string): Promise<vscode.Uri> {
  const files = await vscode.workspace.findFiles(`seeds/${prefix}*.txt`);
  if (files.length !== 1) throw new Error(`expected one seed ${prefix}, found ${files.length}`);
  return files[0];
}

/** Semantic tokens of a document as (text, type) pairs, decoded with the provider's legend. */
export async function semanticTokenPairs(document: vscode.TextDocument): Promise<Array<[string, string]>> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
  if (!legend || !tokens) return [];
  const pairs: Array<[string, string]> = [];
  let line = 0;
  let character = 0;
  const data = tokens.data;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const range = new vscode.Range(line, character, line, character + data[i + 2]);
    pairs.push([document.getText(range), legend.tokenTypes[data[i + 3]]]);
  }
  return pairs;
}

export function positionOf(document: vscode.TextDocument, needle: string, within = 1): vscode.Position {
  const index = document.getText().indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" not in ${document.uri.path}`);
  return document.positionAt(index + within);
}

export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return (hovers ?? [])
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n')
    .replace(/\\/g, '');
}

/** Names compared with plain spaces and hyphens: the seeds write some with U+202F and U+2011. */
export const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u2010\u2011]/g, '-');
