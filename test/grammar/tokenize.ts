import { readFileSync } from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = path.resolve(__dirname, '../../..');
let registry: textmate.Registry | null = null;

async function loadRegistry(): Promise<textmate.Registry> {
  if (registry) return registry;
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== 'text.article') return null;
      const file = path.join(root, 'syntaxes/article.tmLanguage.json');
      return textmate.parseRawGrammar(readFileSync(file, 'utf8'), file);
    },
  });
  return registry;
}

export interface ScopedText {
  line: number;
  text: string;
  scopes: string[];
}

/** Tokenises a document with the real TextMate engine VS Code uses and returns each token with its scopes. */
export async function tokenizeArticle(text: string): Promise<ScopedText[]> {
  const grammar = await (await loadRegistry()).loadGrammar('text.article');
  if (!grammar) throw new Error('grammar text.article not found');
  const out: ScopedText[] = [];
  let state = textmate.INITIAL;
  text.split(/\r?\n/).forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      out.push({ line: index, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    state = result.ruleStack;
  });
  return out;
}

/** The most specific scope of the token that contains `needle` (first occurrence), for readable expectations. */
export function scopeOf(tokens: ScopedText[], needle: string): string | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text.includes(needle)) return tokens[i].scopes[tokens[i].scopes.length - 1];
  }
  return null;
}
