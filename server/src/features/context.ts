import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Corpus } from '../engine/corpus/corpus';
import type { Finding } from '../engine/rules/types';
import type { ArticleAnalysis } from '../engine/types';
import type { CardFormat } from './cardFormat';

/** What a feature may read: the corpus, and the text of any article (open document or file on disk). */
export interface FeatureContext {
  corpus: Corpus;
  /** The current text of an article, or null when it cannot be read. */
  textOf(uri: string): Promise<string | null>;
  settings: { codeLens: boolean };
  /** How hover cards are written for this client (Markdown with or without line anchors, or plain text). */
  cardFormat: CardFormat;
  /**
   * True when the client itself implements `crosscheck.showReferences` (the VS Code extension says so in
   * initializationOptions.clientCommands); other clients get a lens whose command the server executes.
   */
  clientShowsReferences: boolean;
  /** True when the client implements `crosscheck.openClaimsView` (the VS Code extension's claims view). */
  clientOpensClaims?: boolean;
  /** The current findings of the corpus, when the server computes them. */
  findings?: () => Finding[];
}

export interface CurrentArticle {
  document: TextDocument;
  analysis: ArticleAnalysis;
}

/** A label for an article in lists: its headline, else its file name. */
export function articleLabel(corpus: Corpus, uri: string): string {
  const headline = corpus.summary(uri).headline;
  if (headline) return headline.length > 90 ? `${headline.slice(0, 87)}…` : headline;
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** "story: 9 articles" — the size of an article's story, from the last grouping (never waits for a new one). */
export function storyLine(corpus: Corpus, uri: string): string {
  const size = corpus.peekStoryMembers(uri).length;
  return `story: ${size} article${size === 1 ? '' : 's'}`;
}
