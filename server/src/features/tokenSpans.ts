import type { ArticleAnalysis, EntityKind } from '../engine/types';
import { allMentions, type AnyMention } from './mentions';

/** Token types and modifiers, in the order declared in package.json (`semanticTokenTypes`). */
export const TOKEN_TYPES = ['person', 'organization', 'place', 'otherName', 'date', 'figure'] as const;
export const TOKEN_MODIFIERS = ['disputed', 'corroborated'] as const;
export const DISPUTED = 1 << TOKEN_MODIFIERS.indexOf('disputed');
export const CORROBORATED = 1 << TOKEN_MODIFIERS.indexOf('corroborated');

/** Modifier bits for the figure or date that starts at an offset: disputed or corroborated by other articles. */
export type ModifierLookup = (start: number) => number;
/** The corpus-wide kind of the entity whose mention starts at an offset, so colours agree with hover cards. */
export type KindLookup = (start: number) => EntityKind | undefined;

export interface TokenLookups {
  modifiers: ModifierLookup;
  kindOf: KindLookup;
}

/** A token as offsets into the document's text (end exclusive), before it is split at line ends and encoded. */
export interface TokenSpan {
  start: number;
  end: number;
  /** Index into TOKEN_TYPES. */
  type: number;
  modifiers: number;
}

/** True for the token types of names (person, organisation, place, other name), as opposed to dates and figures. */
export function isNameType(type: number): boolean {
  return type < TOKEN_TYPES.indexOf('date');
}

export function entityTokenType(kind: EntityKind): number {
  return TOKEN_TYPES.indexOf(kind === 'other' ? 'otherName' : kind);
}

function tokenType(mention: AnyMention, kindOf: KindLookup): number {
  if (mention.type === 'entity') return entityTokenType(kindOf(mention.mention.start) ?? mention.mention.kind);
  return TOKEN_TYPES.indexOf(mention.type);
}

/**
 * The tokens of an analysis in text order. Overlapping annotations are not allowed by the protocol: the earlier one
 * wins. Names carry no modifier; figures and dates carry what the lookups say other articles make of them.
 */
export function tokenSpans(analysis: ArticleAnalysis, lookups: TokenLookups): TokenSpan[] {
  const tokens: TokenSpan[] = [];
  let lastEnd = -1;
  for (const mention of allMentions(analysis)) {
    const { start, end } = mention.mention;
    if (start < lastEnd) continue;
    lastEnd = end;
    tokens.push({ start, end, type: tokenType(mention, lookups.kindOf), modifiers: mention.type === 'entity' ? 0 : lookups.modifiers(start) });
  }
  return tokens;
}

/** Two token lists are the same highlighting: same spans, types and modifiers in the same order. */
export function sameTokens(a: readonly TokenSpan[], b: readonly TokenSpan[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.start !== y.start || x.end !== y.end || x.type !== y.type || x.modifiers !== y.modifiers) return false;
  }
  return true;
}
