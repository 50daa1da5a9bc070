import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensDelta, type SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../engine/types';
import { spanToLineRanges } from '../lsp/positions';
import { provisionalTokens } from './provisionalTokens';
import { TOKEN_MODIFIERS, TOKEN_TYPES, type TokenSpan } from './tokenSpans';

export { CORROBORATED, DISPUTED, tokenSpans, type ModifierLookup, type TokenLookups } from './tokenSpans';

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/**
 * Semantic tokens per document, with the previous result kept so that VS Code can ask for a delta, and the tokens
 * of the last fully analysed text kept so that the tokens after an edit can be patched from them at once
 * (provisionalTokens.ts). Provisional and full results go through the same builder, so a delta is always computed
 * against what the client was last sent, whichever kind it was.
 */
export class SemanticTokensProvider {
  private readonly builders = new Map<string, SemanticTokensBuilder>();
  private readonly bases = new Map<string, { text: string; tokens: readonly TokenSpan[] }>();

  full(document: TextDocument, tokens: readonly TokenSpan[], range?: Span): SemanticTokens {
    const builder = this.builderFor(document.uri, range === undefined);
    builder.previousResult(''); // A full result starts from nothing; no id matches ''.
    this.fill(builder, document, tokens, range);
    return builder.build();
  }

  delta(document: TextDocument, tokens: readonly TokenSpan[], previousResultId: string): SemanticTokens | SemanticTokensDelta {
    const builder = this.builderFor(document.uri, true);
    builder.previousResult(previousResultId);
    this.fill(builder, document, tokens);
    return builder.canBuildEdits() ? builder.buildEdits() : builder.build();
  }

  /** Keeps the tokens of a fully analysed text of the document, the base that later edits are patched from. */
  remember(uri: string, text: string, tokens: readonly TokenSpan[]): void {
    this.bases.set(uri, { text, tokens });
  }

  /**
   * The tokens of the document's current text patched from the last fully analysed one, or null when there is none
   * or the edited window is too long to read on this thread.
   */
  provisional(document: TextDocument): TokenSpan[] | null {
    const base = this.bases.get(document.uri);
    return base ? provisionalTokens(base, document.getText())?.tokens ?? null : null;
  }

  forget(uri: string): void {
    this.builders.delete(uri);
    this.bases.delete(uri);
  }

  private builderFor(uri: string, keep: boolean): SemanticTokensBuilder {
    if (!keep) return new SemanticTokensBuilder();
    let builder = this.builders.get(uri);
    if (!builder) {
      builder = new SemanticTokensBuilder();
      this.builders.set(uri, builder);
    }
    return builder;
  }

  private fill(builder: SemanticTokensBuilder, document: TextDocument, tokens: readonly TokenSpan[], range?: Span): void {
    for (const token of tokens) {
      if (range && (token.end <= range.start || token.start >= range.end)) continue;
      for (const piece of spanToLineRanges(document, token)) builder.push(piece.line, piece.character, piece.length, token.type, token.modifiers);
    }
  }
}
