import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensDelta, type SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, EntityKind, Span } from '../engine/types';
import { spanToLineRanges } from '../lsp/positions';
import { allMentions, type AnyMention } from './mentions';

/** Token types and modifiers, in the order declared in package.json (`semanticTokenTypes`). */
export const TOKEN_TYPES = ['person', 'organization', 'place', 'otherName', 'date', 'figure'] as const;
export const TOKEN_MODIFIERS = ['disputed', 'corroborated'] as const;
/** Modifier bits for the figure or date that starts at an offset: disputed or corroborated by other articles. */
export type ModifierLookup = (start: number) => number;
/** The corpus-wide kind of the entity whose mention starts at an offset, so colours agree with hover cards. */
export type KindLookup = (start: number) => EntityKind | undefined;

export interface TokenLookups {
  modifiers: ModifierLookup;
  kindOf: KindLookup;
}
export const DISPUTED = 1 << TOKEN_MODIFIERS.indexOf('disputed');
export const CORROBORATED = 1 << TOKEN_MODIFIERS.indexOf('corroborated');

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

function tokenType(mention: AnyMention, kindOf: KindLookup): number {
  if (mention.type === 'entity') {
    const kind = kindOf(mention.mention.start) ?? mention.mention.kind;
    return TOKEN_TYPES.indexOf(kind === 'other' ? 'otherName' : kind);
  }
  return TOKEN_TYPES.indexOf(mention.type);
}

/**
 * Semantic tokens per document, with the previous result kept so that VS Code can ask for a delta. Overlapping
 * annotations are not allowed by the protocol: the earlier one wins.
 */
export class SemanticTokensProvider {
  private readonly builders = new Map<string, SemanticTokensBuilder>();

  full(document: TextDocument, analysis: ArticleAnalysis, lookups: TokenLookups, range?: Span): SemanticTokens {
    const builder = this.builderFor(document.uri, range === undefined);
    builder.previousResult(''); // A full result starts from nothing; no id matches ''.
    this.fill(builder, document, analysis, lookups, range);
    return builder.build();
  }

  delta(document: TextDocument, analysis: ArticleAnalysis, lookups: TokenLookups, previousResultId: string): SemanticTokens | SemanticTokensDelta {
    const builder = this.builderFor(document.uri, true);
    builder.previousResult(previousResultId);
    this.fill(builder, document, analysis, lookups);
    return builder.canBuildEdits() ? builder.buildEdits() : builder.build();
  }

  forget(uri: string): void {
    this.builders.delete(uri);
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

  private fill(builder: SemanticTokensBuilder, document: TextDocument, analysis: ArticleAnalysis, lookups: TokenLookups, range?: Span): void {
    let lastEnd = -1;
    for (const mention of allMentions(analysis)) {
      const { start, end } = mention.mention;
      if (start < lastEnd) continue;
      if (range && (end <= range.start || start >= range.end)) continue;
      lastEnd = end;
      for (const piece of spanToLineRanges(document, mention.mention)) {
        builder.push(piece.line, piece.character, piece.length, tokenType(mention, lookups.kindOf), mention.type === 'entity' ? 0 : lookups.modifiers(mention.mention.start));
      }
    }
  }
}
