import { fileURLToPath } from 'url';
import { escapeMarkdown } from './markdown';

/**
 * How a hover card is written for the client at hand. VS Code renders Markdown and follows `#L` line fragments in
 * links; other Markdown clients (Neovim, Eglot with markdown-mode) show links but would take `#L3` as part of a file
 * name; plain-text clients show the raw characters, so they get words, not markup.
 */
export interface CardFormat {
  kind: 'markdown' | 'plaintext';
  /** Text shown as written (escaped for Markdown). */
  text(s: string): string;
  bold(s: string): string;
  italic(s: string): string;
  /** A reference to a line (0-based) of another article, labelled. */
  link(label: string, uri: string, zeroBasedLine: number): string;
  /** A small table: a header row and rows of cells, already formatted. */
  table(header: string[], rows: string[][]): string;
}

/** A file's path for people to read (and for `gF` in Vim): the path of a file URI, else the URI itself. */
export function readablePath(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Markdown whose links carry a `#L` line fragment (VS Code opens the file at that line). */
export const MARKDOWN_WITH_LINE_ANCHORS: CardFormat = {
  kind: 'markdown',
  text: escapeMarkdown,
  bold: (s) => `**${s}**`,
  italic: (s) => `_${s}_`,
  link: (label, uri, line) => `[${escapeMarkdown(label)}](${uri}#L${line + 1})`,
  table: markdownTable,
};

/** Markdown with plain `file://` links; the line is written next to the link. */
export const MARKDOWN: CardFormat = {
  ...MARKDOWN_WITH_LINE_ANCHORS,
  link: (label, uri, line) => `[${escapeMarkdown(label)}](${uri}) (line ${line + 1})`,
};

/** Plain text: no markup; a reference is the label and `path:line`, which terminal editors can jump to. */
export const PLAIN_TEXT: CardFormat = {
  kind: 'plaintext',
  text: (s) => s,
  bold: (s) => s,
  italic: (s) => s,
  link: (label, uri, line) => `${label} (${readablePath(uri)}:${line + 1})`,
  table: (header, rows) => rows.map((cells) => `- ${cells.map((cell, i) => `${header[i]}: ${cell}`).join('; ')}`).join('\n'),
};

/** Client names whose editors follow `#L` fragments in hover links (VS Code and its builds). */
const LINE_ANCHOR_CLIENTS = /^(?:Visual Studio Code|VS ?Code|VSCodium|code-server|Code - OSS|Cursor|Windsurf)\b/i;

/**
 * The format for a client: Markdown only when the client lists it among its hover content formats (a client that
 * lists none is sent plain text, the one format every client shows); line anchors only for clients known to follow
 * them, or when the client says so with `initializationOptions.lineAnchors`.
 */
export function cardFormatFor(contentFormat: readonly string[] | undefined, clientName: string | undefined, lineAnchors: unknown): CardFormat {
  if (!contentFormat?.includes('markdown')) return PLAIN_TEXT;
  const anchors = typeof lineAnchors === 'boolean' ? lineAnchors : LINE_ANCHOR_CLIENTS.test(clientName ?? '');
  return anchors ? MARKDOWN_WITH_LINE_ANCHORS : MARKDOWN;
}
