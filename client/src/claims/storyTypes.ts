/**
 * The result of the server's `crosscheck/story` request as the claims view receives it: a story's sources (columns),
 * its slots (rows) and each source's value in each slot, with LSP ranges. Plain JSON; shared by the extension host
 * and the webview.
 */
export interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface WireSource {
  uri: string;
  outlet: string | null;
  headline: string | null;
  published: string | null;
  /** A wire service credited ("AP", "Reuters"), when the article carries one. */
  credit: string | null;
  /** Articles that copy one another, or carry the same wire copy, share a group: one independent source. */
  group: number;
}

export interface WireCell {
  uri: string;
  /** The value as written ("third", "14"). */
  text: string;
  /** The phrase around it ("their third face-to-face encounter"). */
  phrase: string;
  /** Who the article says gave the value ("police said"), or null. */
  attribution: string | null;
  range: WireRange;
  /** For a date, what it resolves to (ISO: "2026-03-02", "2026-03"). */
  resolved?: string;
}

export type RowStatus = 'agreed' | 'disputed' | 'updated' | 'single-source';

/** How crosscheck.json names a finding: rule, file relative to its folder, flagged text. */
export interface FindingKey {
  rule: string;
  file: string;
  text: string;
}

export interface WireFinding {
  rule: string;
  severity: string;
  uri: string;
  message: string;
  range: WireRange;
  /** What crosscheck.json calls this finding, for recording a decision on it. */
  key: FindingKey;
  decision?: { kind: 'confirmed' | 'noted'; note?: string };
}

export interface WireRow {
  id: string;
  /** What the slot is about: "death toll", "meeting count", "name of the mine". */
  label: string;
  kind: 'figure' | 'ordinal' | 'date' | 'name' | 'role';
  status: RowStatus;
  cells: WireCell[];
  independentSources: number;
  findings: WireFinding[];
}

export interface WireStoryView {
  story: string;
  /** The article the view was asked for. */
  uri: string;
  sources: WireSource[];
  rows: WireRow[];
  summary: { articles: number; outlets: number; independentSources: number; disputed: number; updated: number; agreed: number; singleSource: number };
  /** The summary as one sentence: "2 disputed facts in 5 articles from 4 outlets, 3 independent sources". */
  summaryText: string;
}

/** Messages from the webview to the extension host. */
export type ViewMessage =
  | { type: 'ready' }
  | { type: 'open'; uri: string; range: WireRange }
  /** A decision on a finding: recorded at once when given, else the user is asked for one and a note. */
  | { type: 'decide'; key: FindingKey; decision?: 'confirmed' | 'dismissed' };

/** Messages from the extension host to the webview. */
export type HostMessage =
  | { type: 'story'; view: WireStoryView }
  | { type: 'empty'; reason: string };
